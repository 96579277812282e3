package org.tresse.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The examples of a README, as a reader sees them: its code blocks in order, and the code written
 * inline in its prose. A block is a console session when it starts with {@code $ ./tresse …} (its
 * lines {@code ana> …} are what is typed, the others what Tresse prints), shell commands when its
 * lines are {@code ./tresse …} ({@code # …} comments aside), else something else (a YAML file, a
 * command's output shown as text), which is not run.
 */
final class Readme {
    /** Where a shown output line stands for any number of lines (or a part of a line for anything). */
    static final String ELIDED = "…";
    private static final Pattern FENCE = Pattern.compile("(?m)^```([a-z]*)\\n(.*?)^```\\s*$", Pattern.DOTALL);
    private static final Pattern INLINE = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern SPEAKER = Pattern.compile("^([\\p{L}\\p{N}._-]{1,40})> (.*)$");

    /** A code block: its info string ({@code yaml}…, empty for none), its lines and where it starts. */
    record Block(String info, List<String> lines, int line) {
        boolean isSession() {
            return info.isEmpty() && !lines.isEmpty() && lines.get(0).startsWith("$ ");
        }

        boolean isShell() {
            return info.isEmpty() && !lines.isEmpty() && lines.stream().allMatch(Readme::isShellLine);
        }
    }

    /** One line typed in a console session, by {@code speaker}. */
    record Typed(String speaker, String text) {}

    /** A console session: the command that starts it, then what is typed and what Tresse says, in order. */
    record Session(String command, List<Object> lines) {
        List<Typed> typed() {
            return lines.stream().filter(Typed.class::isInstance).map(Typed.class::cast).toList();
        }

        /** What Tresse prints, in order: shown lines and elisions, nothing typed. */
        List<String> printed() {
            return lines.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
    }

    private final String text;

    Readme(String text) {
        this.text = text;
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            int line = (int) text.substring(0, fence.start()).chars().filter(c -> c == '\n').count() + 1;
            String body = fence.group(2);
            blocks.add(new Block(fence.group(1), List.of(body.substring(0, body.length() - 1).split("\n", -1)), line));
        }
        return blocks;
    }

    /** The code written inline in the prose (outside blocks). */
    List<String> inlineCode() {
        String prose = FENCE.matcher(text).replaceAll("");
        List<String> spans = new ArrayList<>();
        Matcher inline = INLINE.matcher(prose);
        while (inline.find()) {
            spans.add(inline.group(1));
        }
        return spans;
    }

    /**
     * Reads a session block: who speaks first comes from {@code --as}, {@code :as bob} switches; a
     * line {@code NAME> …} whose name is not the current speaker is a mistake of the README.
     */
    static Session session(Block block) {
        String command = block.lines().get(0).substring(2).strip();
        Matcher as = Pattern.compile("--as (\\S+)").matcher(command);
        String speaker = as.find() ? as.group(1) : null;
        List<Object> lines = new ArrayList<>();
        for (String line : block.lines().subList(1, block.lines().size())) {
            Matcher typed = SPEAKER.matcher(line);
            if (typed.matches() && !line.startsWith(" ")) {
                if (!typed.group(1).equals(speaker)) {
                    throw new AssertionError("README line " + block.line() + ": \"" + line + "\" is typed by " + typed.group(1)
                            + " but the console speaks as " + speaker);
                }
                lines.add(new Typed(speaker, typed.group(2)));
                Matcher switched = Pattern.compile("^:(?:as|en) (\\S+)$").matcher(typed.group(2).strip());
                if (switched.matches()) {
                    speaker = switched.group(1);
                }
            } else {
                lines.add(line);
            }
        }
        return new Session(command, lines);
    }

    /** A shell line without its comment: {@code ./tresse init      # écrit…} is {@code ./tresse init}. */
    static String command(String line) {
        int comment = line.indexOf(" #");
        return (comment < 0 ? line : line.substring(0, comment)).strip();
    }

    static boolean isShellLine(String line) {
        String command = command(line);
        return command.matches("([A-Z_]+=\\S+ )*(echo .* \\| )?\\./tresse( .*)?") || command.startsWith("mvn ");
    }

    /**
     * Whether {@code printed} (what Tresse wrote, line by line) is exactly what the README shows: each
     * shown line in turn, where a line {@code …} stands for any number of lines and a {@code …}
     * inside a line for any text.
     */
    static boolean matches(List<String> shown, List<String> printed) {
        return matches(shown, 0, printed, 0);
    }

    private static boolean matches(List<String> shown, int from, List<String> printed, int at) {
        if (from == shown.size()) {
            return at == printed.size();
        }
        String expected = shown.get(from);
        if (expected.strip().equals(ELIDED)) {
            for (int skip = at; skip <= printed.size(); skip++) {
                if (matches(shown, from + 1, printed, skip)) {
                    return true;
                }
            }
            return false;
        }
        return at < printed.size() && line(expected).matcher(printed.get(at)).matches() && matches(shown, from + 1, printed, at + 1);
    }

    private static Pattern line(String shown) {
        String[] parts = shown.split(ELIDED, -1);
        StringBuilder regex = new StringBuilder();
        for (int index = 0; index < parts.length; index++) {
            if (index > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(parts[index]));
        }
        return Pattern.compile(regex.toString());
    }
}
