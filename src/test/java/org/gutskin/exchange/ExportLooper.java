package org.gutskin.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.SampleDays;
import org.gutskin.store.DataDirectory;

/**
 * Run in a child JVM by {@link ExportKillTest}: before each export it logs one more day (its note
 * and skin say which export it was for), exports the journal as a folder over the last one, and
 * prints "ack N" when export N is in place — until it is killed.
 */
public final class ExportLooper {
    static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    private ExportLooper() {
    }

    public static void main(String[] args) {
        Path journal = Path.of(args[0]);
        Path target = Path.of(args[1]);
        int start = Integer.parseInt(args[2]);
        try (App app = App.open(DataDirectory.at(journal), TestClock.FIXED)) {
            for (int n = start; ; n++) {
                app.days().save(SampleDays.on(FIRST.plusDays(n)).withNote(Optional.of("export " + n))
                        .withSkin(Optional.of(SampleDays.skin(n % 11))).build());
                app.exchange().export(new JournalExporter.Request(ExportFormat.JOURNAL, target, null, null, false,
                        true), progress -> { });
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }
}
