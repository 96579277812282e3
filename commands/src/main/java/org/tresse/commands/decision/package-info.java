/** The register feature: /decision, /decisions. */
package org.tresse.commands.decision;
