package org.tresse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tresse.config.Failures.assertPlace;
import static org.tresse.config.Failures.error;

import org.junit.jupiter.api.Test;

/** The web section and the association's identity for pages: good values and the messages for bad ones. */
class WebConfigTest {
    private static TresseConfig load(String yaml) {
        return new ConfigLoader(ConfigLoaderTest.ENV::get).load(yaml, "tresse.yml");
    }

    @Test
    void withNoWebSectionThePagesAreOnTheDefaultAddress() {
        TresseConfig config = load("association:\n  name: La Tresse\n");

        assertThat(config.web().enabled()).isTrue();
        assertThat(config.web().host()).isEqualTo("127.0.0.1");
        assertThat(config.web().port()).isEqualTo(8080);
        assertThat(config.web().baseUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(config.web().oneClickUnsubscribe()).isFalse();
    }

    @Test
    void aFullWebSectionAndIdentity() {
        TresseConfig config = load("""
                association:
                  name: La Tresse
                  description: Le tiers-lieu du village.
                  logo: ./logo.svg
                  colors: { primary: "#2F5D50", accent: "#a34a12" }
                  legal: { publisher: Pierre, address: Lalbenque, email: contact@la-tresse.org, registration: RNA W46 }
                groups:
                  - id: cafe
                  - id: bureau
                    public: false
                web:
                  listen: 0.0.0.0:8181
                  public-url: https://tresse.la-tresse.org/
                  behind-proxy: true
                  embed-from: https://la-tresse.org
                """);

        assertThat(config.web().host()).isEqualTo("0.0.0.0");
        assertThat(config.web().port()).isEqualTo(8181);
        assertThat(config.web().baseUrl()).isEqualTo("https://tresse.la-tresse.org");
        assertThat(config.web().oneClickUnsubscribe()).isTrue();
        assertThat(config.web().behindProxy()).isTrue();
        assertThat(config.association().colors().primary()).isEqualTo("#2f5d50");
        assertThat(config.association().legal().email()).isEqualTo("contact@la-tresse.org");
        assertThat(config.privateGroups()).containsExactly("bureau");
        assertThat(config.group("cafe").orElseThrow().publicPages()).isTrue();
    }

    @Test
    void theWebCanBeSwitchedOff() {
        assertThat(load("web:\n  enabled: false\n").web().enabled()).isFalse();
        assertThat(load("web:\n  listen: 9090\n").web().port()).isEqualTo(9090);
    }

    @Test
    void aListeningAddressWithoutPort() {
        ConfigException e = error("web:\n  listen: 127.0.0.1\n");

        assertPlace(e, 2, "web.listen");
        assertThat(e.getMessage()).contains("« 127.0.0.1 » n'est pas une adresse d'écoute").contains("listen: 127.0.0.1:8080");
        assertThat(e.englishMessage()).contains("is not a listening address");
    }

    @Test
    void aPublicAddressThatIsNoWebAddress() {
        ConfigException e = error("web:\n  public-url: tresse.la-tresse.org\n");

        assertPlace(e, 2, "web.public-url");
        assertThat(e.getMessage()).contains("n'est pas une adresse web").contains("https://tresse.example.org");
    }

    @Test
    void aColourTooLightToReadOnIsRefusedWithItsContrast() {
        ConfigException e = error("association:\n  name: X\n  colors:\n    primary: \"#f3d250\"\n");

        assertPlace(e, 4, "association.colors.primary");
        assertThat(e.getMessage()).contains("la couleur #f3d250 est trop claire").contains("il faut au moins 4,5:1")
                .contains("#24584a");
        assertThat(e.englishMessage()).contains("at least 4.5:1");
    }

    @Test
    void aColourThatIsNoColour() {
        ConfigException e = error("association:\n  name: X\n  colors: { accent: vert }\n");

        assertPlace(e, 3, "association.colors.accent");
        assertThat(e.getMessage()).contains("« vert » n'est pas une couleur");
    }

    @Test
    void aLogoThatIsNoImage() {
        ConfigException e = error("association:\n  name: X\n  logo: ./logo.pdf\n");

        assertPlace(e, 3, "association.logo");
        assertThat(e.getMessage()).contains("ne semble pas être une image").contains(".png");
    }

    @Test
    void aLegalEmailThatIsNoAddress() {
        ConfigException e = error("association:\n  name: X\n  legal: { email: contact-at-tresse }\n");

        assertPlace(e, 3, "association.legal.email");
        assertThat(e.getMessage()).contains("n'est pas une adresse e-mail");
    }

    @Test
    void theExamplesIdentityLoadsOnceUncommented() {
        String uncommented = ConfigTemplate.text().replaceAll("(?m)^# (  (description|logo|colors|legal):|    (primary|accent|publisher|address|email|registration|host):)", "$1");

        TresseConfig config = load(uncommented);

        assertThat(config.association().logo()).isEqualTo("./logo.png");
        assertThat(config.association().colors().primary()).isEqualTo("#24584a");
        assertThat(config.association().legal().registration()).isEqualTo("RNA W462000000");
        assertThat(config.web().port()).isEqualTo(8080);
    }
}
