package org.gutskin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gutskin.app.App;
import org.gutskin.store.DataDirectory;

/**
 * An empty journal in an owner-only temporary folder, removed on close: what a command reads
 * files against when the person's folder has no journal yet, so that looking creates nothing.
 */
final class ScratchJournal implements AutoCloseable {
    private final Path folder;
    private final App app;

    private ScratchJournal(Path folder, App app) {
        this.folder = folder;
        this.app = app;
    }

    static ScratchJournal open(Clock clock) {
        Path folder;
        try {
            folder = Files.createTempDirectory("gutskin-scratch-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a temporary folder", e);
        }
        return new ScratchJournal(folder, App.open(DataDirectory.at(folder.resolve("journal")), clock));
    }

    App app() {
        return app;
    }

    @Override
    public void close() {
        app.close();
        try (Stream<Path> tree = Files.walk(folder)) {
            List<Path> paths = tree.sorted(Comparator.reverseOrder()).toList();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // an empty journal in the temporary folder: nothing of the person's is left there
        }
    }
}
