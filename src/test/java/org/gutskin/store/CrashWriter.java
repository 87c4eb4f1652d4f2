package org.gutskin.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gutskin.TestClock;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.SkinCheck;

/**
 * Run in a child JVM by the crash test: saves days in a loop and prints "ack N" after each save
 * returns, until it is killed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    static DayEntry day(int round, int index) {
        LocalDate date = LocalDate.of(1950, 1, 1).plusDays(round * 3_000L + index); // within the journal's range
        return SampleDays.on(date)
                .withMeals(List.of(new Meal(LocalTime.of(8, 0), MealKind.BREAKFAST, "save " + index + " of round "
                        + round, List.of())))
                .withSkin(Optional.of(SampleDays.skin(index % 11)))
                .withHabits(Map.of("alcohol_units", (double) index))
                .withNote(Optional.of("note " + "x".repeat(index % 200))).build();
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        try (Database database = Database.open(DataDirectory.at(folder), TestClock.FIXED)) {
            JournalRepository journal = new JournalRepository(database);
            for (int index = 0; ; index++) {
                journal.save(day(round, index));
                System.out.println("ack " + index);
                System.out.flush();
            }
        }
    }
}
