package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;
import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * One of the association's project groups (café, ressourcerie, coworking...).
 *
 * @param id   short name used in commands and in this file: {@code [a-z0-9-]{1,40}}
 * @param name the name people read; defaults to the id
 * @param open whether anyone may join with /rejoindre; YAML default true
 * @param publicPages whether its decisions and polls appear on the public web pages; YAML
 *                    {@code public}, default true ({@code public: false} for a bureau)
 */
public record GroupSettings(String id, String name, boolean open, boolean publicPages) {
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,40}");

    public GroupSettings {
        id = Checks.required(id, "id", "id: cafe");
        if (!ID.matcher(id).matches()) {
            throw new InvalidField("id", said("config.group.convient.comme.identifiant", id));
        }
        name = Checks.trimToNull(name);
        name = name == null ? id : name;
    }

    /** A group shown on the public pages. */
    public GroupSettings(String id, String name, boolean open) {
        this(id, name, open, true);
    }

    /** How the YAML file builds a group: {@code open} left out means open. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static GroupSettings fromYaml(@JsonProperty("id") String id, @JsonProperty("name") String name,
            @JsonProperty("open") Boolean open, @JsonProperty("public") Boolean publicPages) {
        return new GroupSettings(id, name, open == null || open, publicPages == null || publicPages);
    }
}
