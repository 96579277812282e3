package org.tresse.print.poster;

import static org.tresse.print.internal.Xml.escape;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as SVG: black squares on white with the four-module quiet zone the standard asks for,
 * at error correction level H (30 % of the code can be lost: a photocopy, a fold, a stain).
 */
final class QrSvg {
    private static final int QUIET_ZONE = 4;

    private QrSvg() {}

    /** @param label what the code leads to, said in words (the SVG's title and alt) */
    static String of(String text, String label) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.HIGH);
        int side = code.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder(code.size * code.size * 4);
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"qr\" viewBox=\"0 0 " + side + " " + side
                + "\" alt=\"" + escape(label) + "\" shape-rendering=\"crispEdges\"><title>" + escape(label) + "</title>"
                + "<rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}
