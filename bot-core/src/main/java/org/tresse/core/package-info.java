/** The spine's services as one record, {@link org.tresse.core.CoreServices}, built and taken apart by assemblies only. */
package org.tresse.core;
