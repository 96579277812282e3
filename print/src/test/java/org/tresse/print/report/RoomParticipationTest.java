package org.tresse.print.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tresse.core.i18n.Language;
import org.tresse.core.poll.tally.Turnout;
import org.tresse.core.store.Database;
import org.tresse.print.Pdfs;
import org.tresse.print.PrintFormat;
import org.tresse.print.ScriptedPeriod;
import org.tresse.testkit.MemoryChannel;
import org.tresse.testkit.store.FreshStore;
import org.tresse.testkit.store.JdbcTarget;
import org.tresse.testkit.store.StoreTest;
import org.w3c.dom.Element;

/**
 * The hands counted in the room at the March 2024 meeting, in the report's participation: "En salle"
 * beside the online channels, in the turnout and the quorum as the result counts them, for a secret
 * poll too (its room count is public, its online channels stay unrecorded); a poll without a room
 * count as before; a group poll whose room held more than its members never above 100 %.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@StoreTest
class RoomParticipationTest {
    @TempDir
    static Path temp;
    FreshStore store;
    Database database;
    ScriptedPeriod march;

    @BeforeAll
    void play() {
        store = FreshStore.create("march-room", "", target -> open(target).close());
        database = open(store.target());
        march = ScriptedPeriod.empty(database, temp);
        MemoryChannel console = march.console;
        MemoryChannel telegram = march.telegram;
        MemoryChannel email = march.email;
        console.say("ana", "/moi");
        for (String member : List.of("bob", "chloe", "dan", "m1", "m2", "m3")) {
            console.say(member, "/moi");
            console.say("ana", "/role console:" + member + " membre");
        }
        for (String member : List.of("t1", "t2")) {
            telegram.say(member, "/moi");
            console.say("ana", "/role telegram:" + member + " membre");
            telegram.say(member, "/rejoindre cafe");
        }
        email.say("e1@village.fr", "/moi");
        console.say("ana", "/role email:e1@village.fr membre");
        console.say("ana", "/role console:ana membre");
        console.say("ana", "/evenement \"Réunion mensuelle\" --repete chaque premier mardi du mois à 20h --lieu \"La Vayssade\"");
        march.advance(Duration.between(march.core.clock().instant(), Instant.parse("2024-03-05T18:45:00Z")));
        // 10 members: a quorum of 50 % is 5; three vote online on Telegram and by email, the room brings 5
        console.say("ana", "/sondage \"Acheter un four à pain ?\" --quorum 50% --jusqua 3h");
        telegram.say("t1", "/vote 1 pour");
        telegram.say("t2", "/vote 1 contre");
        email.say("e1@village.fr", "/vote 1 pour");
        console.say("ana", "/sondage \"Quelle couleur pour la façade ?\" ocre bleu --secret --jusqua 3h");
        telegram.say("t1", "/vote 2 ocre");
        email.say("e1@village.fr", "/vote 2 bleu");
        console.say("ana", "/sondage \"Repeindre le banc ?\" --jusqua 3h");
        console.say("bob", "/vote 3 pour");
        telegram.say("t1", "/vote 3 pour");
        // the café's two members; four more hands in the room, persons Tresse does not know
        console.say("ana", "/sondage \"Un concert au café ?\" --groupe cafe --jusqua 3h");
        telegram.say("t2", "/vote 4 pour");
        console.say("ana", "/reunion ouvrir 1");
        console.say("ana", "/reunion presents 6 --en-ligne 2");
        console.say("ana", "/salle 1 pour=4 contre=1 abstention=0");
        console.say("ana", "/salle 2 1=3 2=2");
        console.say("ana", "/salle 4 pour=3 contre=1 abstention=0");
        // counted in the room, then cancelled: its votes are discarded, the room's too
        console.say("ana", "/sondage \"Vendre la camionnette ?\" --jusqua 3h");
        console.say("ana", "/salle 5 pour=2 contre=2 abstention=0");
        console.say("ana", "/sondage 5 annuler \"Posée par erreur\"");
        for (int poll = 1; poll <= 4; poll++) {
            console.say("ana", "/clore " + poll);
        }
        console.say("ana", "/reunion clore");
        assertThat(console.lastReplyTo("ana")).contains("Réunion n°1 close");
        march.advance(Duration.ofDays(20));
    }

    @AfterAll
    void close() {
        database.close();
        store.close();
    }

    private static Database open(JdbcTarget target) {
        return Database.open(target.url(), target.user(), target.password(), List.of());
    }

    @Test
    void the_pdf_counts_the_room_beside_the_online_channels_in_the_turnout_and_the_quorum() throws Exception {
        Path pdf = write(PrintFormat.PDF, Language.FR, "salle.pdf");
        String text = Pdfs.squashed(pdf);
        assertThat(march.count("select count(*) from poll_room_count where poll_id <> 5")).isEqualTo(3);
        assertThat(march.count("select count(*) from poll_room_count where poll_id = 5")).as("cancelled: discarded with its votes").isZero();
        assertThat(march.count("select count(*) from ballot_channel where poll_id = 2")).isZero();
        long room1 = march.count("select voters from poll_room_count where poll_id = 1");
        long online1 = march.count("select count(*) from ballot where poll_id = 1");
        long eligible1 = march.count("select eligible_count from poll where id = 1");
        assertThat(room1 + online1).isEqualTo(8);
        assertThat(text).contains("Acheterunfouràpain?(proposition)closle5mars" + (room1 + online1) + "sur" + eligible1 + "(80%)atteint(5)")
                .contains("Telegram:2,E\u2011mail:1,Ensalle:" + room1);
        long room2 = march.count("select voters from poll_room_count where poll_id = 2");
        assertThat(text).contains("Quellecouleurpourlafaçade?(choixunique)closle5mars" + (room2 + 2) + "sur10(70%)")
                .contains("enligne:2(canalnonenregistré,votesecret),Ensalle:" + room2);
        assertThat(text).contains("Repeindrelebanc?(proposition)closle5mars2sur10(20%)sansquorum").contains("Console:1,Telegram:1");
        long cafe = march.count("select count(*) from group_member where group_slug = 'cafe'");
        assertThat(cafe).isEqualTo(2);
        assertThat(text).contains("Unconcertaucafé?(proposition)closle5mars5sur5(100%)").contains("Telegram:1,Ensalle:4")
                .doesNotContain("250%");
        assertThat(text).contains("Vendrelacamionnette?(proposition)closle5mars—sansquorumannulé—");
        // the headline figures and the chart of votes by channel: 22 votes, 14 in the room; the month's mean (80+70+20+100)/4
        assertThat(text).contains("5sondagesetconsultations", "22votesetréponses", "14votescomptésensalle", "68%participationmoyenne")
                .contains("Votesetréponsesparcanal").contains("Ensalle14").contains("Canalnonenregistré2")
                .contains("mars202468%").doesNotContain("bob", "chloe");
        Pdfs.render(pdf, 110, "rapport-salle");
    }

    @Test
    void each_poll_s_turnout_is_its_result_s() {
        Block.Table table = participation(read(Language.FR));
        for (long id = 1; id <= 4; id++) {
            long poll = id;
            Turnout turnout = database.inTransaction(handle -> march.polls.result(handle, march.polls.find(handle, poll).orElseThrow()).turnout());
            String cell = table.rows().get((int) poll - 1).get(3).text();
            assertThat(cell).as("poll " + poll).isEqualTo(turnout.voters() + " sur " + turnout.eligible().getAsInt() + " ("
                    + turnout.percent().getAsInt() + "\u00a0%)");
            assertThat(turnout.percent().getAsInt()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void the_html_has_the_room_in_its_table_and_its_chart_with_text_alternatives() throws Exception {
        org.w3c.dom.Document page = Xhtml.parse(Files.readString(write(PrintFormat.HTML, Language.FR, "salle.html")));
        List<Element> rows = Xhtml.all(page, "//h:section[@id='participation']/h:table/h:tbody/h:tr");
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(row -> Xhtml.all(row, "h:td").get(6).getTextContent()).containsExactly(
                "Telegram\u00a0: 2, E\u2011mail\u00a0: 1, En salle\u00a0: 5", "en ligne\u00a0: 2 (canal non enregistré, vote secret), En salle\u00a0: 5",
                "Console\u00a0: 1, Telegram\u00a0: 1", "Telegram\u00a0: 1, En salle\u00a0: 4", "—");
        List<Element> charts = Xhtml.all(page, "//h:section[@id='participation']//s:svg");
        assertThat(charts).hasSize(2);
        for (Element svg : charts) {
            Xhtml.svgHasItsTextAlternative(svg);
        }
        Element byChannel = charts.get(0);
        assertThat(Xhtml.all(byChannel, "s:desc").get(0).getTextContent()).contains("En salle\u00a0: 14", "Canal non enregistré\u00a0: 2");
        Element figure = (Element) byChannel.getParentNode();
        assertThat(Xhtml.all(figure, "h:table/h:tbody/h:tr")).extracting(RoomParticipationTest::cells)
                .containsExactly("Telegram | 4", "E\u2011mail | 1", "En salle | 14", "Console | 1", "Canal non enregistré | 2");
    }

    @Test
    void in_english_the_room_is_in_the_room() throws Exception {
        String markdown = Files.readString(write(PrintFormat.MARKDOWN, Language.EN, "room.md"));
        assertThat(markdown).contains("Telegram: 2, Email: 1, In the room: 5", "online: 2 (channel not recorded, secret ballot), In the room: 5",
                "votes counted in the room", "Votes and answers by channel").doesNotContain("En salle");
    }

    private static String cells(Element row) {
        try {
            return String.join(" | ", Xhtml.all(row, "*").stream().map(cell -> cell.getTextContent().strip()).toList());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Block.Table participation(Report report) {
        Section section = report.sections().stream().filter(found -> found.anchor().equals("participation")).findFirst().orElseThrow();
        return section.blocks().stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).findFirst().orElseThrow();
    }

    private Report read(Language language) {
        return database.inTransaction(handle -> march.reports.read(handle, request(PrintFormat.HTML, language)));
    }

    private Path write(PrintFormat format, Language language, String name) {
        return database.inTransaction(handle -> march.reports.write(handle, request(format, language), temp.resolve(name)));
    }

    private static ReportRequest request(PrintFormat format, Language language) {
        return new ReportRequest(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), Optional.empty(), format, language);
    }
}
