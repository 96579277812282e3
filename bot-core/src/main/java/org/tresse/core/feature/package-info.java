/** The feature shape: what a feature contributes (texts, commands, job kinds, merge steps, exports, other extensions) and the installation that collects it once. */
package org.tresse.core.feature;
