package org.tresse.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;

/**
 * One Flyway history on both databases; a migration one of them cannot run has a twin of the same
 * version under {@code db/vendor/<vendor>/…}, and each database runs its own.
 */
@StoreTest
class VendorMigrationsTest {
    @RegisterExtension
    final FreshDatabase<Database> db = new FreshDatabase<>("seamtest",
            target -> Database.open(target.url(), target.user(), target.password(), List.of("classpath:db/migration/seamtest")));

    @Test
    void each_database_runs_its_own_twin_of_a_vendor_migration_in_the_one_history() {
        Database database = db.database();
        List<String> vendors = database.inTransaction(handle -> handle.list("select vendor from seam_probe", row -> row.getString(1)));
        assertThat(vendors).containsExactly(db.kind().name().toLowerCase(Locale.ROOT));
        assertThat(database.isPostgres()).isEqualTo(vendors.get(0).equals("postgresql"));
        List<String> history = database.inTransaction(handle -> handle.list(
                "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" like '900%' "
                        + "order by \"installed_rank\"", row -> row.getString(1)));
        assertThat(history).containsExactly("900.1", "900.2");
    }

    @Test
    void a_vendor_directory_is_added_only_where_it_exists() {
        List<String> locations = List.of(Migrations.CORE, "classpath:db/migration/seamtest", "classpath:db/migration/novendor");
        assertThat(Migrations.vendorLocations(locations, true))
                .containsExactly("classpath:db/vendor/postgresql/core", "classpath:db/vendor/postgresql/seamtest");
        assertThat(Migrations.vendorLocations(locations, false)).containsExactly("classpath:db/vendor/h2/core", "classpath:db/vendor/h2/seamtest");
    }
}
