package org.gutskin.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.gutskin.store.DataDirectory;

/**
 * Appends log records to a file readable by its owner only, moving it aside to a second file when
 * it passes a size. Unlike {@link java.util.logging.FileHandler} it needs no lock file and makes
 * no numbered siblings when a command runs beside the window: each record is one append to the
 * same file, opened for it and closed after (records are few), so both processes share it.
 */
final class OwnerOnlyLog extends Handler {
    private final Path current;
    private final Path previous;
    private final long limit;

    OwnerOnlyLog(Path current, Path previous, long limit) {
        this.current = current;
        this.previous = previous;
        this.limit = limit;
        setFormatter(new SimpleFormatter());
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        byte[] text = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.exists(current) && Files.size(current) + text.length > limit) {
                moveAside();
            }
            createOwnerOnly();
            try (OutputStream out = Files.newOutputStream(current, StandardOpenOption.APPEND)) {
                out.write(text);
            }
        } catch (IOException e) {
            // the app works without its log (a read-only folder); this record is then not kept
        }
    }

    private void moveAside() throws IOException {
        try {
            Files.move(current, previous, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            // the other process moved it a moment ago
        }
    }

    private void createOwnerOnly() throws IOException {
        try {
            DataDirectory.createOwnerOnlyFile(current);
        } catch (FileAlreadyExistsException e) {
            // the other process made it between the check and the creation
        }
    }

    @Override
    public void flush() {
        // every record is written and closed as it comes
    }

    @Override
    public void close() {
        // nothing is held open
    }
}
