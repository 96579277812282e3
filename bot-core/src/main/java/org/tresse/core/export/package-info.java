/** One export API ({@code tresse export}) and the writers every export shares: CSV, Markdown, JSON. */
package org.tresse.core.export;
