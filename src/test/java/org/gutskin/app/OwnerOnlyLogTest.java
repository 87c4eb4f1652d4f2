package org.gutskin.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log stays owner-only, makes no lock or numbered files, and two processes share one file. */
class OwnerOnlyLogTest {
    @TempDir
    Path folder;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void theWindowAndACommandBesideItWriteOneOwnerOnlyFile() throws IOException {
        Path current = folder.resolve("gutskin0.log");
        OwnerOnlyLog window = new OwnerOnlyLog(current, folder.resolve("gutskin1.log"), 1_000_000);
        OwnerOnlyLog command = new OwnerOnlyLog(current, folder.resolve("gutskin1.log"), 1_000_000);
        window.publish(new LogRecord(Level.INFO, "window opened"));
        command.publish(new LogRecord(Level.INFO, "export finished"));
        window.publish(new LogRecord(Level.INFO, "window closed"));
        assertEquals(List.of("gutskin0.log"), names());
        assertEquals("rw-------", permissions(current));
        String log = Files.readString(current);
        assertTrue(log.indexOf("window opened") < log.indexOf("export finished")
                && log.indexOf("export finished") < log.indexOf("window closed"), log);
    }

    @Test
    void aFullLogIsMovedAsideAndTheNewOneIsOwnerOnlyToo() throws IOException {
        OwnerOnlyLog log = new OwnerOnlyLog(folder.resolve("gutskin0.log"), folder.resolve("gutskin1.log"), 400);
        for (int i = 0; i < 12; i++) {
            log.publish(new LogRecord(Level.INFO, "record " + i));
        }
        assertEquals(List.of("gutskin0.log", "gutskin1.log"), names());
        for (String name : names()) {
            assertEquals("rw-------", permissions(folder.resolve(name)), name);
            assertTrue(Files.size(folder.resolve(name)) <= 400, name);
        }
        assertTrue(Files.readString(folder.resolve("gutskin0.log")).contains("record 11"));
    }
}
