package org.tresse.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tresse.config.LogoImage;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.StoreTest;

/** The association's logo on every page; one that is missing or not an image is left out, the name stays. */
@StoreTest
class LogoTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @RegisterExtension
    final TestDatabase db = new TestDatabase(WebFrontDoor.MIGRATIONS);
    @TempDir
    Path folder;
    private WebVillage village;

    @AfterEach
    void stop() {
        village.close();
    }

    private WebClient start(Path logo) {
        String config = WebVillage.CONFIG.replace("  name: La Tresse\n", "  name: La Tresse\n  logo: " + logo + "\n");
        village = WebVillage.start(db.database(), options -> options, true, config);
        return new WebClient(village.base());
    }

    @Test
    void aLogoIsReadOnceServedAndShownBesideTheName() throws Exception {
        Path logo = folder.resolve("logo.png");
        Files.write(logo, PNG);
        Logger logoLog = (Logger) LoggerFactory.getLogger(LogoImage.class);
        Level level = logoLog.getLevel();
        ListAppender<ILoggingEvent> reads = new ListAppender<>();
        reads.start();
        logoLog.addAppender(reads);
        logoLog.setLevel(Level.DEBUG);
        WebClient visitor;
        try {
            visitor = start(logo);
        } finally {
            logoLog.detachAppender(reads);
            logoLog.setLevel(level);
        }
        assertThat(reads.list).as("the file is read once, when the front door is built")
                .filteredOn(event -> event.getFormattedMessage().contains("is read")).hasSize(1);

        HttpResponse<String> image = visitor.get("/logo");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        Document home = visitor.page("/");
        assertThat(home.select(".marque img[src=/logo]").attr("alt")).isEmpty();
        assertThat(home.select(".marque").text()).isEqualTo("La Tresse");
    }

    @Test
    void aLogoThatIsNotAnImageIsLeftOut() throws Exception {
        Path logo = folder.resolve("logo.png");
        Files.writeString(logo, "ceci n'est pas une image");
        WebClient visitor = start(logo);

        assertThat(visitor.get("/logo").statusCode()).isEqualTo(404);
        assertThat(visitor.page("/").select(".marque img")).isEmpty();
        assertThat(visitor.page("/").select(".marque").text()).isEqualTo("La Tresse");
    }

    @Test
    void aMissingLogoIsLeftOut() {
        WebClient visitor = start(folder.resolve("absent.svg"));

        assertThat(visitor.page("/").select(".marque img")).isEmpty();
        assertThat(visitor.get("/").statusCode()).isEqualTo(200);
    }
}
