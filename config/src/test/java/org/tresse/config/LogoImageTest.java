package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule for the association's logo, on pages and paper alike: an image of its kind, under 1 MB, or left out. */
class LogoImageTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path folder;

    @Test
    void an_image_of_the_kind_its_name_says_is_read_with_its_type() throws Exception {
        Path png = Files.write(folder.resolve("logo.PNG"), PNG);
        Path svg = Files.writeString(folder.resolve("logo.svg"), "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Path jpeg = Files.write(folder.resolve("logo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0});

        LogoImage read = LogoImage.read(png.toString()).orElseThrow();
        assertThat(read.file()).isEqualTo(png);
        assertThat(read.mediaType()).isEqualTo("image/png");
        assertThat(read.bytes()).isEqualTo(PNG);
        assertThat(LogoImage.read(svg.toString())).hasValueSatisfying(logo -> assertThat(logo.mediaType()).isEqualTo("image/svg+xml"));
        assertThat(LogoImage.read(jpeg.toString())).hasValueSatisfying(logo -> assertThat(logo.mediaType()).isEqualTo("image/jpeg"));
    }

    @Test
    void a_text_named_as_an_image_is_left_out() throws Exception {
        Path fake = Files.writeString(folder.resolve("logo.png"), "ceci n'est pas une image", StandardCharsets.UTF_8);
        Path jpegAsPng = Files.write(folder.resolve("photo.png"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0});

        assertThat(LogoImage.read(fake.toString())).isEmpty();
        assertThat(LogoImage.read(jpegAsPng.toString())).isEmpty();
    }

    @Test
    void a_missing_file_a_folder_and_a_photo_over_1_mb_are_left_out() throws Exception {
        byte[] large = new byte[LogoImage.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        Path photo = Files.write(folder.resolve("photo.png"), large);
        Path justUnder = Files.write(folder.resolve("juste.png"), java.util.Arrays.copyOf(large, LogoImage.MAX_BYTES));

        assertThat(LogoImage.read(folder.resolve("absent.png").toString())).isEmpty();
        assertThat(LogoImage.read(folder.toString())).isEmpty();
        assertThat(LogoImage.read(photo.toString())).isEmpty();
        assertThat(LogoImage.read(justUnder.toString())).isPresent();
    }
}
