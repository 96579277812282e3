package org.tresse.core.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tresse's small Markdown subset, the format of announcements and replies:
 * {@code **gras**}, {@code *italique*} or {@code _italique_}, {@code [texte](https://lien)},
 * lists with lines starting {@code - } or {@code 1. }, paragraphs separated by a blank line.
 * A backslash before a marker (<code>\*</code>, <code>\[</code>, <code>\-</code>...) keeps it literal: that is
 * how {@link #literal} quotes what users wrote inside a template. Anything else — HTML included —
 * is text, and renderers escape it.
 */
public final class Markup {
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,500})\\]\\(([^)\\s]{1,2000})\\)");
    /** What a backslash may escape: the markers above, and the backslash itself. */
    private static final String ESCAPABLE = "\\*_[]-•.)";

    private Markup() {}

    /**
     * {@code text} as it was typed, to insert in a template: whatever it holds (a link, stars,
     * underscores, a line starting with "- ") renders as those very characters in every channel,
     * never as formatting. Every text that came from a user goes through here before it is put in
     * a message; only the bundles' templates and a coordinator's announcement are markup.
     */
    public static String literal(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lineStart = true;
        for (int index = 0; index < text.length(); index++) {
            char current = text.charAt(index);
            if (current == '\\' || current == '*' || current == '_' || current == '[' || current == ']'
                    || lineStart && (current == '-' || current == '•')) {
                out.append('\\');
            } else if (lineStart && Character.isDigit(current)) {
                int end = index;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                out.append(text, index, end);
                if (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')')) {
                    out.append('\\');
                }
                index = end - 1;
                lineStart = false;
                continue;
            }
            out.append(current);
            lineStart = current == '\n' || lineStart && Character.isWhitespace(current);
        }
        return out.toString();
    }

    public static Document parse(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<List<Inline>> items = new ArrayList<>();
        boolean numbered = false;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            Matcher bullet = BULLET.matcher(line);
            Matcher number = NUMBERED.matcher(line);
            boolean isBullet = bullet.matches() && !line.strip().startsWith("**");
            if (isBullet || number.matches()) {
                flushParagraph(blocks, paragraph);
                boolean thisNumbered = !isBullet;
                if (!items.isEmpty() && thisNumbered != numbered) {
                    blocks.add(new Block.ListBlock(numbered, items));
                    items = new ArrayList<>();
                }
                numbered = thisNumbered;
                items.add(inlines(isBullet ? bullet.group(1) : number.group(1)));
            } else if (line.isBlank()) {
                flushParagraph(blocks, paragraph);
                if (!items.isEmpty()) {
                    blocks.add(new Block.ListBlock(numbered, items));
                    items = new ArrayList<>();
                }
            } else {
                if (!items.isEmpty()) {
                    blocks.add(new Block.ListBlock(numbered, items));
                    items = new ArrayList<>();
                }
                paragraph.add(line);
            }
        }
        flushParagraph(blocks, paragraph);
        if (!items.isEmpty()) {
            blocks.add(new Block.ListBlock(numbered, items));
        }
        return new Document(blocks);
    }

    private static void flushParagraph(List<Block> blocks, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        List<Inline> content = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            if (index > 0) {
                content.add(new Inline.LineBreak());
            }
            content.addAll(inlines(lines.get(index)));
        }
        blocks.add(new Block.Paragraph(content));
        lines.clear();
    }

    /** Parses bold, italic and links in one line. */
    static List<Inline> inlines(String text) {
        List<Inline> result = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int index = 0;
        while (index < text.length()) {
            if (text.charAt(index) == '\\' && index + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(index + 1)) >= 0) {
                plain.append(text.charAt(index + 1));
                index += 2;
                continue;
            }
            Matcher link = LINK.matcher(text).region(index, text.length());
            if (text.charAt(index) == '[' && link.lookingAt() && isSafeUrl(link.group(2))) {
                flush(result, plain);
                result.add(new Inline.Link(link.group(1), link.group(2)));
                index = link.end();
                continue;
            }
            if (text.startsWith("**", index)) {
                int close = closingBold(text, index + 2);
                if (close > index + 2) {
                    flush(result, plain);
                    result.add(new Inline.Bold(inlines(text.substring(index + 2, close))));
                    index = close + 2;
                    continue;
                }
            }
            char current = text.charAt(index);
            if ((current == '*' || current == '_') && opensEmphasis(text, index)) {
                int close = closingEmphasis(text, index);
                if (close > 0) {
                    flush(result, plain);
                    result.add(new Inline.Italic(inlines(text.substring(index + 1, close))));
                    index = close + 1;
                    continue;
                }
            }
            plain.append(current);
            index++;
        }
        flush(result, plain);
        return result;
    }

    private static boolean opensEmphasis(String text, int index) {
        boolean before = index == 0 || !Character.isLetterOrDigit(text.charAt(index - 1));
        boolean after = index + 1 < text.length() && !Character.isWhitespace(text.charAt(index + 1));
        return before && after;
    }

    private static int closingEmphasis(String text, int open) {
        char marker = text.charAt(open);
        for (int index = open + 2; index < text.length(); index++) {
            if (text.charAt(index) == marker && !Character.isWhitespace(text.charAt(index - 1)) && !escaped(text, index)
                    && (index + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(index + 1)))) {
                return index;
            }
        }
        return -1;
    }

    private static int closingBold(String text, int from) {
        int close = text.indexOf("**", from);
        while (close >= 0 && escaped(text, close)) {
            close = text.indexOf("**", close + 1);
        }
        return close;
    }

    /** Whether the character at {@code index} follows an odd number of backslashes. */
    private static boolean escaped(String text, int index) {
        int backslashes = 0;
        for (int before = index - 1; before >= 0 && text.charAt(before) == '\\'; before--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static void flush(List<Inline> result, StringBuilder plain) {
        if (plain.length() > 0) {
            result.add(new Inline.Plain(plain.toString()));
            plain.setLength(0);
        }
    }

    /** Only web and mail links: never {@code javascript:} or {@code data:}. */
    public static boolean isSafeUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }
}
