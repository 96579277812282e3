package org.tresse.commands.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tresse.commands.WithCommands;
import org.tresse.commands.assembly.Assembled;
import org.tresse.commands.assembly.Features;
import org.tresse.core.engine.UserError;
import org.tresse.core.feature.Feature;
import org.tresse.core.groups.Group;
import org.tresse.core.i18n.Language;
import org.tresse.core.store.Handle;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.TestDatabase;
import org.tresse.testkit.TestTresse;
import org.tresse.testkit.store.StoreTest;

/** /rapport and /affiche: coordinators only, dates as people write them, the printer's answer or refusal passed on. */
@StoreTest
class PrintCommandsTest {
    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    final List<Object> orders = new ArrayList<>();
    TestTresse tresse;
    MemoryChannel console;

    @BeforeEach
    void start() {
        Printing recorder = new Printing() {
            @Override
            public Printed report(Handle handle, ReportOrder order) {
                orders.add(order);
                if (order.group().filter("jardin"::equals).isPresent()) {
                    throw new UserError("impression.indisponible");
                }
                return new Printed(Path.of("data/impressions/rapport-x.pdf"), Optional.of("https://tresse.example.org/impressions/rapport-x.pdf"));
            }

            @Override
            public Printed minutes(Handle handle, MinutesOrder order) {
                orders.add(order);
                return new Printed(Path.of("data/impressions/compte-rendu-z.pdf"), Optional.of("https://tresse.example.org/impressions/compte-rendu-z.pdf"));
            }

            @Override
            public Printed poster(Handle handle, PosterOrder order) {
                orders.add(order);
                return new Printed(Path.of("data/impressions/affiche-y.pdf"), Optional.empty());
            }
        };
        Features.Settings settings = WithCommands.settings();
        tresse = TestTresse.on(db.database())
                .features((core, channels) -> {
                    List<Feature> all = new ArrayList<>(Features.build(core, channels, settings).all());
                    all.add(new PrintFeature(recorder, core.zone()));
                    return all;
                })
                .handler(Assembled::handler)
                .setup(core -> core.database().useTransaction(handle -> {
                    core.groups().define(handle, new Group("cafe", "Café", true));
                    core.groups().attachRoom(handle, "console", "cafe-room", "cafe");
                }))
                .build();
        console = tresse.channel("console");
        console.say("ana", "/moi");
    }

    @Test
    void a_coordinator_asks_for_a_report_and_gets_its_link() {
        console.say("ana", "/rapport --du 01/03/2024 --au \"30 juin 2024\" --groupe cafe --format md");
        assertThat(orders).containsExactly(new Printing.ReportOrder(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30), Optional.of("cafe"),
                "md", Language.FR));
        assertThat(console.lastReplyTo("ana")).isEqualTo("Le rapport est prêt : https://tresse.example.org/impressions/rapport-x.pdf");
        console.say("ana", "/rapport --du 2024-02-01");
        assertThat(orders.get(1)).isEqualTo(new Printing.ReportOrder(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 2), Optional.empty(),
                "pdf", Language.FR));
    }

    @Test
    void a_poster_without_a_public_address_says_where_the_file_is() {
        console.say("ana", "/affiche sondage 12 --format a6x4");
        assertThat(orders).containsExactly(new Printing.PosterOrder("sondage", "12", "a6x4", Language.FR));
        assertThat(console.lastReplyTo("ana")).startsWith("L’affiche affiche-y.pdf est prête sur la machine qui fait tourner Tresse : "
                + Path.of("data/impressions/affiche-y.pdf")).contains("web.public-url");
    }

    @Test
    void a_coordinator_prints_a_meeting_s_minutes_a_resident_may_not() {
        console.say("ana", "/compte-rendu 2");
        assertThat(orders).containsExactly(new Printing.MinutesOrder("2", Language.FR));
        assertThat(console.lastReplyTo("ana")).isEqualTo("Le compte rendu est prêt, à imprimer : https://tresse.example.org/impressions/compte-rendu-z.pdf");
        console.say("bob", "/compte-rendu 2");
        assertThat(console.lastReplyTo("bob")).startsWith("/compte-rendu est réservé au rôle");
        assertThat(orders).hasSize(1);
    }

    @Test
    void a_resident_a_missing_start_a_bad_date_and_a_refusal_get_clear_answers() {
        console.say("bob", "/rapport --du 2024-03-01");
        assertThat(console.lastReplyTo("bob")).startsWith("/rapport est réservé au rôle");
        console.say("ana", "/rapport");
        assertThat(console.lastReplyTo("ana")).startsWith("Dites à partir de quand : --du 2024-03-01");
        console.say("ana", "/rapport --du \"demain matin\"");
        assertThat(console.lastReplyTo("ana")).isEqualTo("Je ne comprends pas la date --du « demain matin » : écrivez 2024-03-01, "
                + "01/03/2024 ou 1 mars 2024.");
        console.say("ana", "/rapport --du 2024-03-01 --groupe jardin");
        assertThat(console.lastReplyTo("ana")).startsWith("Ce Tresse ne sait pas encore imprimer");
        assertThat(orders).hasSize(1);
    }

    @Test
    void a_group_s_coordinator_in_its_room_gets_that_group_s_report_never_the_whole_association_s_nor_its_posters_or_minutes() {
        console.say("bob", "/moi");
        console.say("ana", "/role console:bob coordination --groupe cafe");

        console.sayIn("cafe-room", "bob", "/rapport --du 2024-03-01");

        assertThat(orders).containsExactly(new Printing.ReportOrder(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), Optional.of("cafe"),
                "pdf", Language.FR));
        console.sayIn("cafe-room", "bob", "/affiche sondage 12");
        assertThat(console.lastReplyTo("cafe-room")).startsWith("/affiche est réservé à la coordination de toute l’association");
        console.sayIn("cafe-room", "bob", "/compte-rendu 2");
        assertThat(console.lastReplyTo("cafe-room")).startsWith("/compte-rendu est réservé à la coordination de toute l’association");
        assertThat(orders).hasSize(1);
        console.sayIn("cafe-room", "ana", "/rapport --du 2024-03-01");
        assertThat(orders.get(1)).isEqualTo(new Printing.ReportOrder(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2), Optional.empty(),
                "pdf", Language.FR));
    }
}
