package org.tresse.config;

import static org.tresse.config.internal.ConfigTexts.said;

import org.tresse.config.internal.Checks;
import org.tresse.config.internal.InvalidField;

/**
 * Where Tresse keeps its data: a JDBC address (H2 by default, PostgreSQL in production).
 *
 * @param url      default {@code jdbc:h2:file:./data/tresse}
 * @param user     optional
 * @param password optional; never shown by {@link #toString()}
 * @param poolSize how many connections this instance keeps open at most; 1 to 100, default 8
 * @param shared   several instances on one PostgreSQL database; null for one instance
 */
public record StorageSettings(String url, String user, String password, Integer poolSize, SharedSettings shared) {
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/tresse";
    public static final int DEFAULT_POOL_SIZE = 8;

    public StorageSettings {
        url = Checks.trimToNull(url);
        url = url == null ? DEFAULT_URL : url;
        if (!url.startsWith("jdbc:")) {
            throw new InvalidField("url", said("config.storage.adresse.base.doit", DEFAULT_URL));
        }
        user = Checks.trimToNull(user);
        password = password == null || password.isEmpty() ? null : password;
        poolSize = poolSize == null ? DEFAULT_POOL_SIZE : poolSize;
        if (poolSize < 1 || poolSize > 100) {
            throw new InvalidField("pool-size", said("config.storage.instance.garde.connexions"));
        }
        if (shared != null && !url.startsWith("jdbc:postgresql:")) {
            throw new InvalidField("shared", said("config.storage.plusieurs.instances.partagent"));
        }
    }

    /** A database at {@code url}, alone, with the default pool. */
    public StorageSettings(String url, String user, String password) {
        this(url, user, password, null, null);
    }

    public static StorageSettings defaults() {
        return new StorageSettings(null, null, null);
    }

    @Override
    public String toString() {
        return "StorageSettings[url=" + url + ", user=" + user + ", password=" + Checks.mask(password) + ", poolSize=" + poolSize
                + ", shared=" + shared + "]";
    }
}
