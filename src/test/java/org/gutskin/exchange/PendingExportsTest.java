package org.gutskin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingExportsTest {
    @TempDir
    Path folder;

    @Test
    void aBrokenNoteDoesNotStopTheCleanUpOfTheOthers() throws IOException {
        DataDirectory journal = DataDirectory.at(folder.resolve("journal"));
        PendingExports pending = new PendingExports(journal);
        Path partial = Files.createDirectories(folder.resolve(".export.1234.partial"));
        Files.writeString(partial.resolve("meals.csv"), "date\n");
        Path noted = pending.note(partial);
        Path notes = noted.getParent();
        Files.writeString(notes.resolve("00000000-empty.txt"), ""); // an older version killed mid-note
        Files.writeString(notes.resolve("00000000-half.writing"), "/tmp/.x.par"); // killed before its move

        assertEquals(1, pending.cleanUp());
        assertFalse(Files.exists(partial), "the noted leftover is gone");
        try (var left = Files.list(notes)) {
            assertEquals(0, left.count(), "every note is gone, broken ones too");
        }
    }
}
