package org.tresse.config.internal;

import static org.tresse.config.internal.ConfigTexts.said;
import static org.tresse.config.internal.ConfigTexts.with;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Says a YAML syntax error the way a volunteer can act on. */
public final class YamlSyntaxProblems {
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    private YamlSyntaxProblems() {}

    public static Problem describe(StreamReadException error, String lastPath) {
        return describe(error, lastPath, null, "");
    }

    /**
     * @param section the section being read when the error came ({@code ""} at the top), null if unknown
     * @param text    the text parsed, to find the line a slip is on (a missing space, an unclosed quote)
     */
    public static Problem describe(StreamReadException error, String lastPath, String section, String text) {
        int line = 0;
        int column = 0;
        String problem = error.getOriginalMessage();
        Mark context = null;
        if (error.getCause() instanceof MarkedYAMLException yaml) {
            problem = yaml.getProblem() == null ? "" : yaml.getProblem();
            context = yaml.getContextMark();
            Mark mark = yaml.getProblemMark() != null ? yaml.getProblemMark() : yaml.getContextMark();
            if (mark != null) {
                line = mark.getLine() + 1;
                column = mark.getColumn() + 1;
            }
        } else if (error.getLocation() != null && error.getLocation() != JsonLocation.NA) {
            line = error.getLocation().getLineNr();
            column = error.getLocation().getColumnNr();
        }
        Matcher duplicate = DUPLICATE.matcher(problem == null ? "" : problem);
        if (duplicate.find()) {
            String key = duplicate.group(1);
            String parent = section != null ? section : LocationIndex.parentOf(lastPath);
            String field = parent == null || parent.isEmpty() ? key : parent + "." + key;
            return new Problem(field, line, column, said("config.yaml.cle.apparait.deux", key));
        }
        String[] lines = text.split("\\R", -1);
        Problem quote = unclosedQuote(lines, problem == null ? "" : problem, context, line);
        if (quote != null) {
            return quote;
        }
        Problem space = missingSpace(lines, line);
        if (space != null) {
            return space;
        }
        return new Problem(lastPath, line, column, with("config.yaml.invalide", explain(problem == null ? "" : problem), problem));
    }

    /**
     * A quote opened and never closed: YAML reads on to the next quote, maybe many lines below. The
     * line of the opening quote is the one to fix: the first line, up to the error, whose quotes do
     * not pair.
     */
    private static Problem unclosedQuote(String[] lines, String problem, Mark context, int errorLine) {
        boolean quoted = problem.contains("quoted scalar") || problem.contains("end of stream")
                || context != null && context.getLine() + 1 < errorLine;
        if (!quoted) {
            return null;
        }
        int last = Math.min(lines.length, errorLine <= 0 ? lines.length : errorLine);
        for (int index = 0; index < last; index++) {
            String content = withoutComment(lines[index]);
            for (char quote : new char[] {'"', '\''}) {
                long count = content.chars().filter(character -> character == quote).count();
                if (count % 2 == 1 && !(quote == '\'' && content.matches(".*\\p{L}'\\p{L}.*") && !content.matches("^\\s*[\\w-]+:\\s*'.*"))) {
                    int at = content.indexOf(quote) + 1;
                    return new Problem("", index + 1, at, said("config.yaml.guillemet.ouvert.referme", quote));
                }
            }
        }
        return null;
    }

    private static final Pattern KEY_WITHOUT_SPACE = Pattern.compile("^(\\s*(?:- )?)([A-Za-z][\\w-]*):([^\\s/:'\"\\[{].*)$");

    /** {@code language:fr}: YAML reads one text, not a key and its value. Looked for up to the error's line. */
    private static Problem missingSpace(String[] lines, int errorLine) {
        int last = Math.min(lines.length, errorLine <= 0 ? lines.length : errorLine);
        for (int index = 0; index < last; index++) {
            Matcher slip = KEY_WITHOUT_SPACE.matcher(withoutComment(lines[index]));
            if (slip.matches()) {
                String key = slip.group(2);
                String value = slip.group(3).strip();
                return new Problem("", index + 1, slip.group(1).length() + key.length() + 2, said("config.yaml.manque.espace.apres", key, value));
            }
        }
        return null;
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf(" #");
        String content = line.strip().startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line;
        return content;
    }

    private static Said explain(String problem) {
        if (problem.contains("TAB") || problem.contains("\t")) {
            return said("config.yaml.tabulation.sert.indentation");
        }
        if (problem.contains("mapping values are not allowed")) {
            return said("config.yaml.inattendu.valeur.contient");
        }
        if (problem.contains("could not find expected ':'")) {
            return said("config.yaml.manque.apres.cle");
        }
        if (problem.contains("expected <block end>") || problem.contains("did not find expected key")
                || problem.contains("did not find expected '-'")) {
            return said("config.yaml.indentation.coherente.quelque");
        }
        if (problem.contains("quoted scalar") || problem.contains("end of stream")) {
            return said("config.yaml.guillemet.non.referme");
        }
        if (problem.contains("cannot start any token")) {
            return said("config.yaml.valeur.commence.caractere");
        }
        if (problem.contains("alias")) {
            return said("config.yaml.debut.valeur.annonce");
        }
        return said("config.yaml.a.verifier", problem);
    }
}
