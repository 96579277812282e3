package org.tresse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.config.TresseConfig;
import org.tresse.core.store.Database;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.store.JdbcTarget;
import org.tresse.testkit.store.StoreTest;

/**
 * The one Flyway history of every module, run on the store under test: on PostgreSQL this is
 * where a migration written for H2 only (or the reverse) fails, whoever merged it.
 */
@StoreTest
class MigrationHistoryTest {
    private static final List<String> LOCATIONS = ConnectorWiring.migrations(TresseConfig.defaults());

    @RegisterExtension
    final TestDatabase db = new TestDatabase(LOCATIONS.toArray(String[]::new));

    @Test
    void every_migration_of_every_module_runs_on_this_database_in_one_line() {
        JdbcTarget target = db.target();
        MigrationInfo[] migrations = Flyway.configure()
                .dataSource(target.url(), target.user(), target.password())
                .locations(Database.locations(LOCATIONS, db.database().isPostgres()).toArray(String[]::new))
                .load().info().all();
        assertThat(migrations).hasSizeGreaterThanOrEqualTo(14)
                .allSatisfy(migration -> assertThat(migration.getState()).as(migration.getScript()).isEqualTo(MigrationState.SUCCESS));
        List<String> scripts = Arrays.stream(migrations).map(MigrationInfo::getScript).toList();
        assertThat(scripts).contains("V1_0__core.sql", "V5_1__telegram.sql", "V6_1__matrix.sql", "V7_1__email.sql");
    }
}
