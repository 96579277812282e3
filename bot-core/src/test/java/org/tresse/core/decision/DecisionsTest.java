package org.tresse.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tresse.core.engine.UserError;
import org.tresse.core.message.Identity;
import org.tresse.core.people.People;
import org.tresse.core.store.Database;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.core.store.CoreDatabase;
import org.tresse.testkit.store.FreshDatabase;
import org.tresse.testkit.store.StoreTest;
import org.junit.jupiter.api.BeforeEach;

@StoreTest
class DecisionsTest {
    @RegisterExtension
    final FreshDatabase<Database> db = CoreDatabase.perTest();
    private Database database;
    private final Clock clock = Clock.fixed(Instant.parse("2024-03-02T09:00:00Z"), ZoneOffset.UTC);
    private final People people = new People(clock, null, List::of);
    private final Decisions decisions = new Decisions(clock);

    @BeforeEach
    void open() {
        database = db.database();
    }

    @Test
    void a_decision_is_revised_and_cancelled_with_its_history_kept() {
        long ana = database.inTransaction(handle -> people.resolve(handle, new Identity("console", "ana"), "Ana").id());
        Decision recorded = database.inTransaction(handle -> decisions.record(handle,
                new NewDecision("Horaires du café", "Ouvert le dimanche de 10 h à 13 h", Optional.of("cafe"), LocalDate.of(2024, 3, 1), ana)));
        Decision revised = database.inTransaction(handle -> decisions.revise(handle, recorded.id(), Optional.empty(),
                Optional.of("Ouvert le dimanche de 9 h à 13 h"), ana));
        assertThat(revised.currentBody()).isEqualTo("Ouvert le dimanche de 9 h à 13 h");
        assertThat(revised.body()).isEqualTo("Ouvert le dimanche de 10 h à 13 h");
        assertThat(revised.currentTitle()).isEqualTo("Horaires du café");
        Decision cancelled = database.inTransaction(handle -> decisions.cancel(handle, recorded.id(), "Remplacée par la décision 7", ana));
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.history()).hasSize(2);
        assertThatThrownBy(() -> database.useTransaction(handle -> decisions.cancel(handle, recorded.id(), "encore", ana)))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("decision.annulee.deja");
    }

    @Test
    void search_is_newest_first_paged_and_ignores_accents() {
        long ana = database.inTransaction(handle -> people.resolve(handle, new Identity("console", "ana"), "Ana").id());
        database.useTransaction(handle -> {
            for (int day = 1; day <= 12; day++) {
                decisions.record(handle, new NewDecision("Décision " + day, day % 2 == 0 ? "Le café ouvre" : "La ressourcerie trie",
                        Optional.of(day % 2 == 0 ? "cafe" : "ressourcerie"), LocalDate.of(2024, 2, day), ana));
            }
        });
        DecisionPage page = database.inTransaction(handle -> decisions.search(handle,
                new DecisionQuery(List.of("CAFE"), Optional.empty(), Optional.empty(), 1, 4)));
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.pages()).isEqualTo(2);
        assertThat(page.decisions()).extracting(Decision::title).containsExactly("Décision 12", "Décision 10", "Décision 8", "Décision 6");
        DecisionPage since = database.inTransaction(handle -> decisions.search(handle,
                new DecisionQuery(List.of(), Optional.of("ressourcerie"), Optional.of(LocalDate.of(2024, 2, 8)), 1, 10)));
        assertThat(since.decisions()).extracting(Decision::title).containsExactly("Décision 11", "Décision 9");
        DecisionPage percent = database.inTransaction(handle -> decisions.search(handle,
                new DecisionQuery(List.of("100%"), Optional.empty(), Optional.empty(), 1, 10)));
        assertThat(percent.total()).isZero();
    }
}
