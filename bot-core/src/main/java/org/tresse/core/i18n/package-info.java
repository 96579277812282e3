/** Every user-facing text from resource bundles, French first, English beside. */
package org.tresse.core.i18n;
