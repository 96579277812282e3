package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tresse.config.ConfigLoader;

/**
 * Every whole {@code tresse.yml} section a channel's guide shows (a YAML block starting at
 * {@code channels:}) is accepted by {@code ./tresse check} as copied, and the guides name the
 * commands the bot really has (issue 13, item 11).
 */
class ConnectorGuidesTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern YAML = Pattern.compile("(?m)^```yaml\\n(.*?)^```", Pattern.DOTALL);

    @Test
    void every_channels_section_of_the_guides_loads_as_copied() throws IOException {
        List<String> checked = new ArrayList<>();
        for (String channel : List.of("telegram", "matrix", "email")) {
            Path guide = ROOT.resolve("connectors").resolve(channel).resolve("README.md");
            Matcher block = YAML.matcher(Files.readString(guide));
            while (block.find()) {
                String yaml = block.group(1);
                if (!yaml.startsWith("channels:")) {
                    continue; // a fragment of a section, shown indented where it goes
                }
                // beside the groups a tresse.yml declares (the guides attach rooms to cafe, bureau…)
                String file = "groups: [{ id: cafe }, { id: bureau }, { id: ressourcerie }, { id: coworking }]\n" + yaml;
                assertThatCode(() -> new ConfigLoader(name -> "x" + name.length()).load(file, guide.getFileName().toString()))
                        .as(channel + " guide:\n" + yaml).doesNotThrowAnyException();
                checked.add(channel);
            }
        }
        assertThat(checked).contains("matrix", "email");
        assertThat(checked.stream().filter("matrix"::equals).count()).isEqualTo(2);
    }

    @Test
    void the_email_guide_names_the_subscription_confirmation_and_the_suspensions_command() throws IOException {
        String guide = Files.readString(ROOT.resolve("connectors/email/README.md"));
        assertThat(guide).doesNotContain("/confirmer JETON", "/confirmer K7Q2", "/confirmer TOKEN", "Bounces.reinstate", "```sql")
                .contains("/confirmer-abonnement", "/suspensions lever", "`user`");
    }
}
