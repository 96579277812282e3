/** The voices feature: /avis, /avis-liste, /repondre, free text in private, the batches that tell coordinators. */
package org.tresse.commands.voice;
