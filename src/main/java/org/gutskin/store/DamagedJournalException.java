package org.gutskin.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The journal file cannot be read as a journal (damaged, truncated, empty, not SQLite). It was
 * left untouched; the newest backup that passed its integrity check is offered in its place.
 */
public final class DamagedJournalException extends StoreException {
    private final transient Path file;
    private final transient Backups.Backup newestGood;

    DamagedJournalException(Path file, String problem, Backups.Backup newestGood) {
        super("The journal file " + file + " " + problem + ". It was left untouched. " + (newestGood == null
                ? "There is no backup to restore; keep a copy of the file, and choose another folder with --data-dir"
                + " to start a new journal."
                : "The newest good backup is " + newestGood.file() + " (made " + newestGood.made().toLocalDate()
                + "): restore it in the app, or with: gutskin restore " + newestGood.file()));
        this.file = file;
        this.newestGood = newestGood;
    }

    public Path file() {
        return file;
    }

    public Optional<Backups.Backup> newestGood() {
        return Optional.ofNullable(newestGood);
    }
}
