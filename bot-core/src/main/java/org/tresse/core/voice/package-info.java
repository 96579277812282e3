/** Residents' voices (feedback), their triage and answers, anonymity, consultation answers as voices, the voices' export. Owns the tables voice, voice_tag, voice_answer. */
package org.tresse.core.voice;
