/** Tresse's small Markdown subset, parsed once and rendered per channel (plain text, HTML). */
package org.tresse.core.markup;
