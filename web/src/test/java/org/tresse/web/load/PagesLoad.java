package org.tresse.web.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tresse.core.decision.NewDecision;
import org.tresse.core.store.Database;
import org.tresse.web.WebFrontDoor;
import org.tresse.web.WebVillage;

/**
 * A load target, not a test: La Tresse with 5,000 decisions in an H2 file database, open polls
 * and announcements, its pages served on a free loopback port. Prints {@code READY <port> <pid>}
 * and serves until its standard input closes; drive it with wrk.
 * {@code PagesLoad <data folder> [serve|idle]}: {@code idle} builds everything but the server.
 */
public final class PagesLoad {
    private PagesLoad() {}

    public static void main(String[] arguments) throws IOException {
        Path folder = Path.of(arguments[0]);
        boolean serve = arguments.length < 2 || !"idle".equals(arguments[1]);
        Database database = Database.open("jdbc:h2:file:" + folder.resolve("tresse").toAbsolutePath(), "sa", "",
                List.of(WebFrontDoor.MIGRATIONS));
        WebVillage village = WebVillage.start(database, options -> options, serve);
        village.console().say("ana", "/moi");
        if (village.count("select count(*) from decision") == 0) {
            seed(village);
        }
        System.out.println("READY " + (serve ? village.base().substring(village.base().lastIndexOf(':') + 1) : "0") + " "
                + ProcessHandle.current().pid());
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the driver closes our input
        }
        village.close();
        database.close();
    }

    private static void seed(WebVillage village) {
        String[] groups = {"cafe", null, "bureau", null};
        String[] words = {"ressourcerie", "café", "coworking", "fête", "budget", "horaires", "jardin", "atelier"};
        var decisions = village.services().decisions();
        village.core().database().useTransaction(handle -> {
            for (int index = 1; index <= 5000; index++) {
                String word = words[index % words.length];
                decisions.record(handle, new NewDecision("Décision " + index + " sur le " + word,
                        "Après discussion, l’assemblée décide pour le " + word + " : point " + index + " de l’ordre du jour.",
                        Optional.ofNullable(groups[index % groups.length]), LocalDate.of(2022, 7, 1).plusDays(index % 900), 1));
            }
        });
        village.console().say("ana", "/sondage \"Que voudriez-vous trouver à la ressourcerie ?\" --type consultation --public");
        village.console().say("ana", "/sondage \"Ouvrir le café le dimanche ?\" --consentement --jusqua 10j");
        village.console().say("ana", "/sondage \"Quel nom pour le café ?\" \"La Tresse\" \"Le Lien\" \"Chez Nous\" --type classement");
        for (int index = 1; index <= 8; index++) {
            village.console().say("ana", "/annonce \"**Annonce " + index + "** : la ressourcerie est ouverte samedi de 10h à 17h.\" --tous");
            village.console().say("ana", "/confirmer " + index);
        }
    }
}
