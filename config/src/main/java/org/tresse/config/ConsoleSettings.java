package org.tresse.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The terminal channel, to try everything locally.
 *
 * @param enabled YAML default true
 */
public record ConsoleSettings(boolean enabled) {
    public static final ConsoleSettings ENABLED = new ConsoleSettings(true);

    /** How the YAML file builds it: {@code enabled} left out means enabled. */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static ConsoleSettings fromYaml(@JsonProperty("enabled") Boolean enabled) {
        return new ConsoleSettings(enabled == null || enabled);
    }
}
