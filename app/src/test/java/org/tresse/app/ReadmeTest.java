package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.commands.CommandRouter;
import org.tresse.config.TresseConfig;
import org.tresse.core.store.Database;

/**
 * The README, run as a newcomer would: every example in the order shown, verbatim, in an empty
 * folder with no configuration — each console session typed line by line into {@code ./tresse run}
 * (every reply it shows must be printed, exactly, and nothing else but what it elides with
 * {@code …}; nothing on the terminal's error output), each {@code ./tresse …} command run, its files
 * written. The code written inline in the prose names real commands, and the {@code ./tresse}
 * commands it shows are among those run. {@code ./tresse} is the jar's {@link Main}, on the test's
 * class path, in a JVM of its own.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReadmeTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern OUTPUT = Pattern.compile("(?:^| )-o (\\S+)");

    private static final Pattern ANY_WEB_PORT = Pattern.compile("http://127\\.0\\.0\\.1:\\d+");

    @TempDir
    Path folder;

    @Test
    void every_example_of_the_readme_works_verbatim_in_the_order_shown() throws Exception {
        Readme readme = new Readme(Files.readString(ROOT.resolve("README.md")));
        List<String> ran = new ArrayList<>();
        int sessions = 0;
        for (Readme.Block block : readme.blocks()) {
            if (block.isSession()) {
                Readme.Session session = Readme.session(block);
                ran.add(session.command());
                String typed = String.join("", session.typed().stream().map(line -> line.text() + "\n").toList());
                Run run = run(session.command(), Optional.of(typed));
                assertThat(run.exit()).as("README line %d: %s ended with %d; it printed:%n%s%n%s", block.line(), session.command(),
                        run.exit(), run.out(), run.err()).isZero();
                assertThat(run.err()).as("README line %d: the terminal's error output must stay clean", block.line()).isEmpty();
                if (!Readme.matches(session.printed(), run.out())) {
                    throw new AssertionError("README line " + block.line() + ": the session does not print what the README shows.\n"
                            + "README shows:\n" + String.join("\n", session.printed()) + "\n\nTresse printed:\n" + String.join("\n", run.out()));
                }
                sessions++;
            } else if (block.isShell()) {
                for (String line : block.lines()) {
                    String command = Readme.command(line);
                    if (command.startsWith("mvn ")) {
                        assertThat(command).as("the tests' command, which runs this very test").isEqualTo("mvn test");
                        continue;
                    }
                    ran.add(command);
                    Run run = run(command, Optional.empty());
                    assertThat(run.exit()).as("README line %d: %s ended with %d; it printed:%n%s%n%s", block.line(), command, run.exit(),
                            run.out(), run.err()).isZero();
                    Matcher output = OUTPUT.matcher(command);
                    if (output.find()) {
                        Path written = folder.resolve(output.group(1));
                        assertThat(written).as("README line %d: %s", block.line(), command).isNotEmptyFile();
                    }
                }
            } else {
                assertThat(block.info()).as("README line %d: a block that is neither a session nor ./tresse commands is "
                        + "marked with its kind (```yaml, ```text…), and not run", block.line()).isNotEmpty();
            }
        }
        assertThat(sessions).as("the French console sessions and the English one").isGreaterThanOrEqualTo(3);
        assertThat(ran).as("every ./tresse command of the README").hasSizeGreaterThanOrEqualTo(15);
        assertThat(folder.resolve("avis-statuts.csv")).as("a spreadsheet's other tables, beside it").isNotEmptyFile();
        inlineCodeIsTrue(readme, ran);
    }

    /** The commands the prose shows are among those run; the chat commands it names exist. */
    private static void inlineCodeIsTrue(Readme readme, List<String> ran) {
        List<String> names = chatCommands();
        for (String code : readme.inlineCode()) {
            if (code.startsWith("./tresse ")) {
                assertThat(ran).as("the README shows `%s`, which no example runs", code).anyMatch(command -> command.contains(code));
            } else if (code.matches("/[a-z][a-z-]*(?: .*)?")) {
                String name = code.substring(1).split(" ", 2)[0];
                assertThat(names).as("the README names the command `%s`", code).contains(name);
            }
        }
        for (String line : readme.blocks().stream().filter(Readme.Block::isSession).flatMap(block -> Readme.session(block).typed().stream())
                .map(Readme.Typed::text).filter(text -> text.startsWith("/")).toList()) {
            assertThat(names).as("the README types %s", line).contains(line.substring(1).split("[ \"]", 2)[0]);
        }
    }

    /** Every name and alias the router knows, with the app's features installed. */
    private static List<String> chatCommands() {
        try (Database database = Database.inMemory("readme-" + UUID.randomUUID(), ConnectorWiring.migrations(TresseConfig.defaults()))) {
            Assembly assembly = Assembly.of(TresseConfig.defaults(), database, Clock.systemUTC(), null, () -> {});
            List<String> names = new ArrayList<>(List.of("suspensions")); // with the email channel only
            CommandRouter.of(assembly.core().installation()).commands().forEach(command -> names.addAll(command.allNames()));
            return names;
        }
    }

    /** What one command line of the README did. */
    private record Run(int exit, List<String> out, List<String> err) {}

    /**
     * Runs {@code NAME=value ./tresse ARGS} (or {@code echo TEXT | ./tresse ARGS}) in the folder, with
     * {@code typed} on its input (else nothing).
     */
    private Run run(String line, Optional<String> typed) throws IOException, InterruptedException {
        Map<String, String> environment = new LinkedHashMap<>();
        String rest = line;
        Matcher variable = Pattern.compile("^([A-Z_]+)=(\\S+) ").matcher(rest);
        while (variable.find()) {
            environment.put(variable.group(1), variable.group(2));
            rest = rest.substring(variable.end());
            variable = Pattern.compile("^([A-Z_]+)=(\\S+) ").matcher(rest);
        }
        String input = typed.orElse("");
        Matcher echo = Pattern.compile("^echo (.*?) \\| (.*)$").matcher(rest);
        if (echo.matches()) {
            input = echo.group(1) + "\n";
            rest = echo.group(2);
        }
        List<String> words = words(rest);
        assertThat(words.get(0)).as(line).isEqualTo("./tresse");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=logback.xml", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(words.subList(1, words.size()));
        Path in = Files.writeString(folder.resolve(".stdin"), input);
        Path out = folder.resolve(".stdout");
        Path err = folder.resolve(".stderr");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("TRESSE_"));
        // the pages on any free port (a run beside, or another build, may hold 8080); the README shows 8080
        builder.environment().put("TRESSE_WEB_LISTEN", "127.0.0.1:0");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(line + " did not end within 5 minutes; it printed:\n" + Files.readString(out));
        }
        List<String> printed = lines(out).stream().map(text -> ANY_WEB_PORT.matcher(text).replaceAll("http://127.0.0.1:8080")).toList();
        return new Run(process.exitValue(), printed, lines(err));
    }

    private static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1)).subList(0, text.endsWith("\n")
                ? text.split("\n", -1).length - 1 : text.split("\n", -1).length);
    }

    /** The words of a shell line: spaces separate them, double quotes group them. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }
}
