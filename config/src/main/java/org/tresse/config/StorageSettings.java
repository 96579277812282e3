package org.tresse.config;

import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * Where Tresse keeps its data: a JDBC address (H2 by default, PostgreSQL in production).
 *
 * @param url      default {@code jdbc:h2:file:./data/tresse}
 * @param user     optional
 * @param password optional; never shown by {@link #toString()}
 */
public record StorageSettings(String url, String user, String password) {
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/tresse";

    public StorageSettings {
        url = Checks.trimToNull(url);
        url = url == null ? DEFAULT_URL : url;
        if (!url.startsWith("jdbc:")) {
            throw new InvalidField("url",
                    "l'adresse de la base doit commencer par « jdbc: », par exemple url: " + DEFAULT_URL
                            + " ou url: jdbc:postgresql://localhost:5432/tresse",
                    "the database address must start with \"jdbc:\", for example url: " + DEFAULT_URL
                            + " or url: jdbc:postgresql://localhost:5432/tresse");
        }
        user = Checks.trimToNull(user);
        password = password == null || password.isEmpty() ? null : password;
    }

    public static StorageSettings defaults() {
        return new StorageSettings(null, null, null);
    }

    @Override
    public String toString() {
        return "StorageSettings[url=" + url + ", user=" + user + ", password=" + Checks.mask(password) + "]";
    }
}
