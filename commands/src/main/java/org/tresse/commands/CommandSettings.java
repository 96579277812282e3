package org.tresse.commands;

import java.nio.file.Path;
import org.tresse.commands.announcement.AnnouncementSettings;
import org.tresse.commands.print.Printing;
import org.tresse.commands.voice.VoiceSettings;

/**
 * What the app tells the commands from its configuration.
 *
 * @param dataDirectory where the secret-ballot key lives, beside the embedded database
 * @param printing      what writes reports and posters for {@code /rapport} and {@code /affiche}
 */
public record CommandSettings(Path dataDirectory, VoiceSettings voices, AnnouncementSettings announcements, Printing printing) {
    /** With nothing to print with: {@code /rapport} and {@code /affiche} say so. */
    public CommandSettings(Path dataDirectory, VoiceSettings voices, AnnouncementSettings announcements) {
        this(dataDirectory, voices, announcements, Printing.NONE);
    }

    public static CommandSettings defaults() {
        return new CommandSettings(Path.of("data"), VoiceSettings.defaults(), AnnouncementSettings.defaults());
    }

    public CommandSettings withPrinting(Printing newPrinting) {
        return new CommandSettings(dataDirectory, voices, announcements, newPrinting);
    }
}
