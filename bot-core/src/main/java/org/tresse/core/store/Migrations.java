package org.tresse.core.store;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The schema migrations: one linear Flyway history across modules. The core's migrations live under
 * {@code db/migration/core}, each connector's under {@code db/migration/<channel>}, and every new
 * migration, whatever its module, takes the next free version (V1_0 … V7_1 were numbered by
 * feature before; V8 and later follow one another). Flyway refuses a migration older than the
 * newest applied one.
 */
final class Migrations {
    static final String CORE = "classpath:db/migration/core";
    private static final String MIGRATION_ROOT = "classpath:db/migration/";
    private static final String VENDOR_ROOT = "classpath:db/vendor/";

    private Migrations() {
    }

    static void migrate(DataSource dataSource, List<String> locations, boolean postgres) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations(locations, postgres).toArray(String[]::new))
                .loggers("slf4j")
                .load()
                .migrate();
    }

    /** Every Flyway location applied with {@code locations}: the core's, those, and their vendor twins. */
    static List<String> locations(List<String> locations, boolean postgres) {
        List<String> all = new ArrayList<>();
        all.add(CORE);
        locations.stream().filter(location -> !all.contains(location)).forEach(all::add);
        all.addAll(vendorLocations(all, postgres));
        return List.copyOf(all);
    }

    /**
     * The seam for the rare migration one database cannot run: beside each location
     * {@code classpath:db/migration/X}, the vendor's {@code classpath:db/vendor/h2/X} or
     * {@code classpath:db/vendor/postgresql/X} (outside {@code db/migration}, which Flyway scans
     * recursively). A migration H2 databases have already run keeps its bytes (its checksum) and
     * moves to the H2 directory; its PostgreSQL twin, with the same version, goes beside. A vendor
     * directory that does not exist is ignored.
     */
    static List<String> vendorLocations(List<String> locations, boolean postgres) {
        String vendor = postgres ? "postgresql" : "h2";
        return locations.stream().filter(location -> location.startsWith(MIGRATION_ROOT))
                .map(location -> VENDOR_ROOT + vendor + "/" + location.substring(MIGRATION_ROOT.length()))
                .filter(Migrations::exists).toList();
    }

    /** Whether a classpath location holds anything (Flyway warns at each start about one that does not). */
    private static boolean exists(String location) {
        String path = location.substring("classpath:".length());
        return Migrations.class.getClassLoader().getResource(path) != null;
    }
}
