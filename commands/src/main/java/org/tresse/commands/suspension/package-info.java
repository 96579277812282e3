/** The coordination's view of suspended addresses (bounced mail): {@code /suspensions}. */
package org.tresse.commands.suspension;
