package org.tresse.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.announcement.AnnouncementFeature;
import org.tresse.commands.confirmation.ConfirmationFeature;
import org.tresse.commands.decision.DecisionFeature;
import org.tresse.commands.groups.GroupFeature;
import org.tresse.commands.people.PeopleFeature;
import org.tresse.commands.poll.PollFeature;
import org.tresse.commands.print.PrintFeature;
import org.tresse.commands.voice.VoiceFeature;
import org.tresse.core.i18n.I18n;
import org.tresse.core.people.Role;
import org.tresse.core.poll.Polls;
import org.tresse.core.voice.VoiceStatus;

/** The print texts: French and English say the same keys, every key the code asks for exists, none hides another bundle's. */
class TextsTest {
    /** The bundles of the commands and of the core's domain words, beside which the print texts are installed. */
    private static final List<String> COMMAND_BUNDLES = List.of(CommandRouter.BUNDLE, PeopleFeature.BUNDLE, GroupFeature.BUNDLE,
            VoiceFeature.BUNDLE, AnnouncementFeature.BUNDLE, PollFeature.BUNDLE, DecisionFeature.BUNDLE, ConfirmationFeature.BUNDLE,
            PrintFeature.BUNDLE, Polls.BUNDLE, Role.BUNDLE, VoiceStatus.BUNDLE, I18n.CORE_BUNDLE);
    static final Pattern USED = Pattern.compile("(?:get|t|UserError)\\(\"((?:rapport|impression|affiche)\\.[a-zA-Z0-9._]+[a-zA-Z0-9])\"");

    @Test
    void french_and_english_have_the_same_keys() throws IOException {
        assertThat(keys("texts_en.properties")).isEqualTo(keys("texts.properties"));
    }

    @Test
    void every_key_written_in_the_code_and_the_templates_exists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/jte")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = USED.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(keys("texts.properties")).containsAll(used);
    }

    @Test
    void no_print_key_is_also_a_key_of_the_commands_bundles() throws IOException {
        Set<String> commands = new HashSet<>();
        for (String bundle : COMMAND_BUNDLES) {
            commands.addAll(keys("/" + bundle.replace('.', '/') + ".properties", TextsTest.class));
        }
        Set<String> clash = new TreeSet<>(keys("texts.properties"));
        clash.retainAll(commands);
        assertThat(clash).isEmpty();
    }

    private static Set<String> keys(String file) throws IOException {
        return keys(file, PrintTexts.class);
    }

    private static Set<String> keys(String file, Class<?> anchor) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
