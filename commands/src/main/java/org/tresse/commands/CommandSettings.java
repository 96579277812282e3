package org.tresse.commands;

import java.nio.file.Path;
import org.tresse.commands.announcement.AnnouncementSettings;
import org.tresse.commands.voice.VoiceSettings;

/**
 * What the app tells the commands from its configuration.
 *
 * @param dataDirectory where the secret-ballot key lives, beside the embedded database
 */
public record CommandSettings(Path dataDirectory, VoiceSettings voices, AnnouncementSettings announcements) {
    public static CommandSettings defaults() {
        return new CommandSettings(Path.of("data"), VoiceSettings.defaults(), AnnouncementSettings.defaults());
    }
}
