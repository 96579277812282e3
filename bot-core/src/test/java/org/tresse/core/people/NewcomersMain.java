package org.tresse.core.people;

import java.time.Clock;
import java.util.List;
import org.tresse.core.message.Identity;
import org.tresse.core.store.Database;

/**
 * Creates newcomers one transaction each on the H2 file named by its argument and prints each
 * number once committed, until it is killed ({@link PersonNumbersKillTest}).
 */
public final class NewcomersMain {
    private NewcomersMain() {
    }

    public static void main(String[] args) {
        Database database = Database.open("jdbc:h2:file:" + args[0], "", "", List.of());
        People people = new People(Clock.systemUTC(), null, List::of);
        for (long n = 0; ; n++) {
            String who = args[1] + "-" + n;
            long id = database.inTransaction(handle -> people.resolve(handle, new Identity("telegram", who), who).id());
            System.out.println("committed " + id);
        }
    }
}
