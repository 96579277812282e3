package org.tresse.print.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.tresse.core.engine.UserError;

/**
 * The association's logo, read and checked before anything is written, embedded in the document
 * (a {@code data:} address): a report or poster never depends on a file beside it.
 */
public final class Logo {
    /** Logos larger than this are refused: a photo, not a logo. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private Logo() {}

    /** The logo as a {@code data:} address, or a refusal saying what is wrong with the file. */
    public static Optional<String> dataUri(Optional<Path> file) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Path path = file.get();
        if (!Files.isRegularFile(path)) {
            throw new UserError("impression.logo.absent", path);
        }
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new UserError("impression.logo.gros", path, MAX_BYTES / 1024 / 1024);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UserError("impression.logo.illisible", path);
        }
        String type = isSvg(bytes) ? "image/svg+xml" : rasterType(bytes).orElseThrow(() -> new UserError("impression.logo.illisible", path));
        return Optional.of("data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
    }

    private static Optional<String> rasterType(byte[] bytes) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            return Optional.empty();
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of("image/png");
        }
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean isSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).strip().toLowerCase(Locale.ROOT);
        return (head.startsWith("<svg") || head.startsWith("<?xml")) && head.contains("<svg");
    }
}
