package org.gutskin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.gutskin.TestClock;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SampleDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads beside a writer: on read-only connections, each a whole snapshot, never half of a save. */
class ReaderConnectionsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    @TempDir
    Path folder;

    private static DayEntry day(String food, int meals) {
        List<Meal> list = new ArrayList<>();
        for (int i = 0; i < meals; i++) {
            list.add(new Meal(LocalTime.of(8 + i, 0), MealKind.SNACK, food + " " + i,
                    List.of(new FoodItem(food, food, i + 1, "serving"))));
        }
        return SampleDays.from(SampleDays.on(DAY).withMeals(list).build()).withSkin(Optional.of(SampleDays.skin(meals)))
                .withNote(Optional.of(food)).build();
    }

    @Test
    void aReadBesideSavesSeesOneSaveWholeNeverHalfOfIt() throws Exception {
        DayEntry kimchi = day("kimchi", 3);
        DayEntry kefir = day("kefir", 5);
        try (Database database = Database.open(DataDirectory.at(folder), TestClock.FIXED)) {
            JournalRepository journal = new JournalRepository(database);
            journal.save(kimchi);
            AtomicBoolean reading = new AtomicBoolean(true);
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; reading.get(); i++) {
                        journal.save(i % 2 == 0 ? kefir : kimchi);
                    }
                } catch (RuntimeException e) {
                    failed.set(e);
                }
            }, "saving");
            writer.start();
            int kefirSeen = 0;
            for (int i = 0; i < 1500; i++) {
                DayEntry seen = journal.load(DAY); // on a read-only connection of this thread
                assertTrue(seen.equals(kimchi) || seen.equals(kefir), "read half of a save: " + seen);
                kefirSeen += seen.equals(kefir) ? 1 : 0;
            }
            reading.set(false);
            writer.join();
            assertEquals(null, failed.get());
            assertTrue(kefirSeen > 0, "the reads ran beside the saves");
        }
    }

    @Test
    void aClosedJournalIsNotReadAndSaysSo() {
        Database database = Database.open(DataDirectory.at(folder), TestClock.FIXED);
        JournalRepository journal = new JournalRepository(database);
        database.close();
        assertThrows(StoreException.class, () -> journal.load(DAY));
    }
}
