package org.tresse.commands.announcement.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of {@code /annonce}: one "quoted" argument as is; otherwise the raw message without
 * its command word and options, so that lines typed without quotes keep their breaks.
 */
public final class AnnouncementText {
    private static final Pattern COMMAND = Pattern.compile("^/\\S+");
    private static final Pattern OPTION = Pattern.compile(
            "(?iu)(^|\\s)(?:--|—|–)(?:groupes|groups|groupe|group|canaux|channels|canal|channel|le|at)(?:=|\\s+)"
                    + "(?:\"[^\"]*\"|“[^”]*”|«[^»]*»|\\S+)");
    private static final Pattern FLAG = Pattern.compile("(?iu)(^|\\s)(?:--|—|–)(?:tous|all)(?=\\s|$)");

    private AnnouncementText() {}

    public static String of(String message, List<String> arguments) {
        if (arguments.size() == 1) {
            return arguments.get(0).strip();
        }
        String text = COMMAND.matcher(message.strip()).replaceFirst("");
        text = OPTION.matcher(text).replaceAll("$1");
        text = FLAG.matcher(text).replaceAll("$1");
        return text.strip();
    }
}
