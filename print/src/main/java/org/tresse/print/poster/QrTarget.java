package org.tresse.print.poster;

/**
 * One QR code of a poster.
 *
 * @param label what it opens, in words ("Sur le site")
 * @param uri   the address encoded in the code
 * @param shown the address printed under the code, for those without a camera
 */
public record QrTarget(String label, String uri, String shown) {}
