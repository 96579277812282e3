/** Shared text rules: folding words the way people type them, truncating with an ellipsis. */
package org.tresse.core.text;
