package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tresse.commands.Command;
import org.tresse.commands.CommandRouter;
import org.tresse.commands.suspension.SuspensionFeature;
import org.tresse.commands.web.LinkFeature;
import org.tresse.config.TresseConfig;
import org.tresse.core.announcement.AnnouncementStatus;
import org.tresse.core.channel.DeliveryFailure;
import org.tresse.core.decision.Decision;
import org.tresse.core.event.Recurrence;
import org.tresse.core.event.Rsvp;
import org.tresse.core.feature.Installation;
import org.tresse.core.i18n.I18n;
import org.tresse.core.i18n.Language;
import org.tresse.core.people.PersonalLinks;
import org.tresse.core.people.Role;
import org.tresse.core.poll.Availability;
import org.tresse.core.poll.Grade;
import org.tresse.core.poll.PollKind;
import org.tresse.core.store.Database;
import org.tresse.core.voice.VoiceStatus;

/**
 * Every text and every word Tresse parses lives in the bundles the features contribute, French
 * base and English beside with the same keys; every key the code names exists.
 */
class TextsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** A key named in a text lookup: {@code t("key")}, {@code reply("key", …)}, {@code fail("key")}, {@code means("key", …)}… */
    private static final Pattern USED = Pattern.compile(
            "(?:\\b[a-z]*[Tt]exts(?:\\(\\))?\\.get|\\btheirs\\.get|\\bt|\\breply|\\breplyPrivately|\\bfail|\\bUserError|\\bmeans|\\bwords|\\bwritten|\\bboth|\\bbothEach|\\binline|\\bfrench"
                    + "|\\bsaid|\\bwith|\\bin\\(\\s*\\w+,|\\bdescriptionKey\\s*=)"
                    + "[(\\s]*\"([a-z][a-z0-9]*(?:\\.[a-zA-Z0-9_-]+)+)\"\\s*[,)]");

    private static List<String> bundles;
    private static List<Command> commands;

    @BeforeAll
    static void installEverything() {
        try (Database database = Database.inMemory("texts-" + UUID.randomUUID(), ConnectorWiring.migrations(TresseConfig.defaults()))) {
            Assembly assembly = Assembly.of(TresseConfig.defaults(), database, Clock.systemUTC(), null, () -> {});
            List<String> all = new ArrayList<>(List.of(I18n.CORE_BUNDLE));
            all.addAll(assembly.core().installation().bundles());
            all.addAll(bundlesOnDisk());
            // installed with the email channel only, which the defaults have not
            all.add(SuspensionFeature.BUNDLE);
            bundles = List.copyOf(new LinkedHashSet<>(all));
            List<Command> installed = new ArrayList<>(CommandRouter.of(assembly.core().installation()).commands());
            // installed with the email channel only, and with the web pages
            installed.addAll(new Installation().install(List.of(new SuspensionFeature(null),
                    new LinkFeature(new PersonalLinks(Clock.systemUTC()), null, "http://localhost"))).all(CommandRouter.COMMANDS));
            commands = List.copyOf(installed);
        }
    }

    @Test
    void french_and_english_have_the_same_keys_in_every_bundle() throws IOException {
        assertThat(bundles).hasSizeGreaterThan(8);
        List<String> differences = new ArrayList<>();
        for (String bundle : bundles) {
            Set<String> french = keys(bundle, "");
            Set<String> english = keys(bundle, "_en");
            assertThat(french).as(bundle).isNotEmpty();
            Set<String> onlyFrench = new TreeSet<>(french);
            onlyFrench.removeAll(english);
            Set<String> onlyEnglish = new TreeSet<>(english);
            onlyEnglish.removeAll(french);
            if (!onlyFrench.isEmpty()) {
                differences.add(bundle + ": not in English " + onlyFrench);
            }
            if (!onlyEnglish.isEmpty()) {
                differences.add(bundle + ": not in French " + onlyEnglish);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void every_key_the_code_names_exists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : bundles) {
            known.addAll(keys(bundle, ""));
        }
        Set<String> used = new TreeSet<>(dynamicKeys());
        Matcher matcher = USED.matcher(mainSources());
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(used).hasSizeGreaterThan(200);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(known);
        assertThat(missing).as("keys named in the code that no bundle has").isEmpty();
    }

    @Test
    void every_command_has_its_names_options_and_help_in_french_and_english() throws IOException {
        Set<String> french = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        for (String bundle : bundles) {
            french.addAll(keys(bundle, ""));
            english.addAll(keys(bundle, "_en"));
        }
        assertThat(commands).extracting(Command::name).containsAll(namedInTheCode());
        List<String> missing = new ArrayList<>();
        for (Command command : commands) {
            for (String key : command.keys()) {
                if (!french.contains(key)) {
                    missing.add(key + " (French)");
                }
                if (!english.contains(key)) {
                    missing.add(key + " (English)");
                }
            }
        }
        assertThat(missing).as("the words and help of the chat commands").isEmpty();
    }

    /** Every command the code builds, {@code Command.named("avis", …)}: none escapes the test above. */
    private static Set<String> namedInTheCode() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher named = Pattern.compile("Command\\.named\\(\"([^\"]+)\"").matcher(mainSources());
        while (named.find()) {
            names.add(named.group(1));
        }
        assertThat(names).hasSizeGreaterThan(30);
        return names;
    }

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> paths = Files.walk(ROOT)) {
            for (Path source : paths.filter(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/")
                    && !path.toString().contains("/target/")).toList()) {
                all.append(Files.readString(source)).append('\n');
            }
        }
        return all.toString();
    }

    /** Keys the code builds from a prefix and a constant's name. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new TreeSet<>();
        // each command's help, names and options' words: commande.NAME.resume, .usage, .noms, .option.OPTION
        commands.forEach(command -> keys.addAll(command.keys()));
        for (Role role : Role.values()) {
            keys.add("role." + role.name());
            keys.add("mots.role." + role.name());
        }
        for (Grade grade : Grade.values()) {
            keys.add("mention." + grade.name());
            keys.add("mots.mention." + grade.name());
        }
        for (PollKind kind : PollKind.values()) {
            keys.add("sondage.type." + kind.name());
            keys.add("mots.sorte." + kind.name());
        }
        for (VoiceStatus status : VoiceStatus.values()) {
            keys.add("statut." + status.name());
            keys.add("avis.statut." + status.name());
            keys.add("mots.statut." + status.name());
        }
        for (Decision.Outcome outcome : Decision.Outcome.values()) {
            keys.add("decision.issue." + outcome.name());
            keys.add("cr.issue." + outcome.name());
        }
        for (Rsvp answer : Rsvp.values()) {
            keys.add("rsvp." + answer.name());
            keys.add("rsvp.bouton." + answer.name());
            keys.add("mots.rsvp." + answer.name());
        }
        for (Availability availability : Availability.values()) {
            keys.add("dispo." + availability.name());
            keys.add("mots.dispo." + availability.name());
        }
        for (Recurrence.Frequency frequency : Recurrence.Frequency.values()) {
            keys.add("mots.periode." + frequency.name());
        }
        for (String rank : List.of("1", "2", "3", "4", "5", "-1")) {
            keys.add("rang." + rank);
        }
        for (int rank = 1; rank <= 5; rank++) {
            keys.add("mots.rang." + rank);
        }
        for (int number = 1; number <= 4; number++) {
            keys.add("mots.nombre." + number);
        }
        for (AnnouncementStatus status : AnnouncementStatus.values()) {
            if (status != AnnouncementStatus.PREVIEW) {
                keys.add("annonce.confirmer.deja." + status.name());
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            keys.add("mots.jour." + day.name());
        }
        for (int month = 1; month <= 12; month++) {
            keys.add("mots.mois." + month);
        }
        for (String unit : List.of("MINUTES", "HOURS", "DAYS", "WEEKS")) {
            keys.add("mots.duree." + unit);
        }
        for (Language language : Language.values()) {
            keys.add("mots.langue." + language.name());
        }
        for (DeliveryFailure.Reason reason : DeliveryFailure.Reason.values()) {
            keys.add(reason.key());
        }
        // picocli reads each command's description by its qualified name (bundle org.tresse.app.cli.texts)
        Main.commandLine(Language.FR).getSubcommands().values().stream().distinct()
                .forEach(command -> keys.add("tresse." + command.getCommandName() + ".usage.description"));
        keys.add("tresse.usage.description");
        for (String word : List.of("aujourdhui", "demain", "apres.demain", "hier", "avant.hier", "midi", "liaison")) {
            keys.add("mots." + word);
        }
        return keys;
    }

    /** Bundles the modules carry without a feature to install them (a connector's own words). */
    private static List<String> bundlesOnDisk() {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(path -> path.getFileName().toString().equals("texts.properties") && !path.toString().contains("/target/"))
                    .map(path -> path.toString().replace('\\', '/'))
                    .filter(path -> path.contains("/src/main/resources/"))
                    .map(path -> path.substring(path.indexOf("/src/main/resources/") + "/src/main/resources/".length(),
                            path.length() - ".properties".length()).replace('/', '.'))
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Set<String> keys(String bundle, String suffix) throws IOException {
        String resource = bundle.replace('.', '/') + suffix + ".properties";
        try (InputStream in = TextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
