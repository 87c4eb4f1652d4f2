package org.gutskin.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.gutskin.store.DataDirectory;

/**
 * The temporary files and folders of exports under way, noted in the journal folder
 * ({@code exports-in-progress/}), so that what a killed export left behind — a hidden
 * {@code .partial} file or folder with journal text in it — is removed at the next start.
 */
public final class PendingExports {
    static final String FOLDER = "exports-in-progress";
    private static final Logger LOG = Logger.getLogger(PendingExports.class.getName());

    private final Path notes;

    public PendingExports(DataDirectory directory) {
        this.notes = directory.path().resolve(FOLDER);
    }

    /** Notes a temporary path before anything is written there; the returned note is dropped when it is gone. */
    Path note(Path temporary) {
        return note(temporary, null);
    }

    /**
     * Notes where a folder being replaced is moved for a moment: should the export be killed before
     * the new folder takes its place, the next start puts the old one back.
     */
    Path noteReplaced(Path temporary, Path target) {
        return note(temporary, target);
    }

    private Path note(Path temporary, Path restoreTo) {
        try {
            DataDirectory.createOwnerOnlyFolders(notes);
            String name = UUID.randomUUID().toString();
            // written whole under another name first: an export killed mid-note leaves no half note
            Path writing = notes.resolve(name + ".writing");
            DataDirectory.createOwnerOnlyFile(writing);
            Files.writeString(writing, temporary.toAbsolutePath() + (restoreTo == null ? ""
                    : "\n" + restoreTo.toAbsolutePath()), StandardCharsets.UTF_8);
            return Files.move(writing, notes.resolve(name + ".txt"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a journal folder that cannot be written (read-only): the export still works, unnoted
            LOG.log(Level.FINE, "Cannot note an export in progress", e);
            return null;
        }
    }

    /** The temporary path is gone (moved into place or deleted): forget it. */
    void forget(Path note) {
        if (note != null) {
            try {
                Files.deleteIfExists(note);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Cannot forget an export in progress", e);
            }
        }
    }

    /**
     * Removes what exports killed before they finished left behind — and puts back a folder an
     * export was replacing, if the new one never took its place; returns how many were found.
     * Run when the journal is opened for writing, when no export can be under way.
     */
    public int cleanUp() {
        if (!Files.isDirectory(notes)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> listed = Files.list(notes)) {
            for (Path note : listed.toList()) {
                if (!note.getFileName().toString().endsWith(".txt")) { // a note whose writing was killed
                    Files.deleteIfExists(note);
                    continue;
                }
                List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
                if (lines.isEmpty()) { // left empty by an older version killed while writing it
                    Files.deleteIfExists(note);
                    continue;
                }
                Path leftover = Path.of(lines.get(0).strip());
                Path restoreTo = lines.size() > 1 ? Path.of(lines.get(1).strip()) : null;
                if (isOurs(leftover) && Files.exists(leftover)) {
                    if (restoreTo != null && !Files.exists(restoreTo)) {
                        Files.move(leftover, restoreTo); // killed between the two moves of a swap
                    } else {
                        deleteTree(leftover);
                    }
                    removed++;
                }
                Files.deleteIfExists(note);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot remove what an unfinished export left behind", e);
        }
        return removed;
    }

    /** Only the hidden temporaries exports make are ever deleted, whatever a note says. */
    private static boolean isOurs(Path leftover) {
        String name = leftover.getFileName() == null ? "" : leftover.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".partial");
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            List<Path> paths = tree.sorted(Comparator.reverseOrder()).toList();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        }
    }
}
