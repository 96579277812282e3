package org.tresse.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The association's logo ({@code association.logo}), read and checked by the one rule of everything
 * that shows it: the web pages serve these bytes, reports and posters embed the file. A logo that
 * is missing, larger than {@link #MAX_BYTES} or not the image its name says is left out, with a
 * warning in the log: the name is shown alone.
 *
 * @param mediaType from the file's ending ({@code .png}, {@code .svg}, {@code .webp}, else JPEG),
 *                  checked against its first bytes
 * @param bytes     the file as read; not to be changed
 */
public record LogoImage(Path file, String mediaType, byte[] bytes) {
    /** Larger than this is a photo, not a logo: every page would carry it. */
    public static final int MAX_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(LogoImage.class);

    /** The logo at {@code configured} (a path as written in the configuration), or empty, said in the log. */
    public static Optional<LogoImage> read(String configured) {
        Path path = Path.of(configured);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".png") ? "image/png" : name.endsWith(".svg") ? "image/svg+xml"
                : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
                log.warn("The logo {} is missing or larger than 1 MB; pages, reports and posters show the name alone", path.toAbsolutePath());
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            if (!looksLike(type, bytes)) {
                log.warn("The logo {} is not a {} image; pages, reports and posters show the name alone", path.toAbsolutePath(), type);
                return Optional.empty();
            }
            log.debug("The logo {} is read: {} bytes of {}", path.toAbsolutePath(), bytes.length, type);
            return Optional.of(new LogoImage(path, type, bytes));
        } catch (IOException e) {
            log.warn("The logo {} could not be read; pages, reports and posters show the name alone", path.toAbsolutePath(), e);
            return Optional.empty();
        }
    }

    private static boolean looksLike(String type, byte[] bytes) {
        if (bytes.length < 4) {
            return false;
        }
        return switch (type) {
            case "image/png" -> (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
            case "image/jpeg" -> (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
            case "image/webp" -> bytes.length > 12 && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
            default -> new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).contains("<svg");
        };
    }
}
