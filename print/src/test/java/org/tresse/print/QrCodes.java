package org.tresse.print;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/** Reads QR codes back from a rendered page, with ZXing, as a phone would from the printed sheet. */
public final class QrCodes {
    private QrCodes() {}

    /** The texts of every QR code found in the image, in no particular order. */
    public static List<String> decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        List<String> texts = new ArrayList<>();
        try {
            for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap, hints)) {
                texts.add(result.getText());
            }
        } catch (NotFoundException e) {
            return List.of();
        }
        return texts;
    }

    /** The codes in a part of the image (one poster of a sheet). */
    public static List<String> decode(BufferedImage image, double left, double top, double width, double height) {
        int x = (int) Math.round(left * image.getWidth());
        int y = (int) Math.round(top * image.getHeight());
        int w = Math.min(image.getWidth() - x, (int) Math.round(width * image.getWidth()));
        int h = Math.min(image.getHeight() - y, (int) Math.round(height * image.getHeight()));
        return decode(image.getSubimage(x, y, w, h));
    }
}
