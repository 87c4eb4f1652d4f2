package org.gutskin.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The journal file cannot be read as a journal (damaged, truncated, empty, not SQLite). It was
 * left untouched; the newest backup that passed its integrity check is offered in its place.
 */
public final class DamagedJournalException extends StoreException {
    private final transient Backups.Backup newestGood;

    DamagedJournalException(Path file, String problem, Backups.Backup newestGood) {
        super("The journal file " + file + " " + problem + ". It was left untouched. " + (newestGood == null
                ? "There is no backup to restore; keep a copy of the file, and choose another folder with --data-dir"
                + " to start a new journal."
                : "The newest good backup is " + newestGood.file() + " (made " + newestGood.made().toLocalDate()
                + "): restore it in the app, or with: gutskin restore " + newestGood.file()));
        this.newestGood = newestGood;
    }

    /** The newest backup file that passed its integrity check, to restore in the journal's place. */
    public Optional<Path> newestGoodBackup() {
        return Optional.ofNullable(newestGood).map(Backups.Backup::file);
    }

    /** The day the newest good backup was made; null without one. */
    public LocalDate newestGoodBackupDay() {
        return newestGood == null ? null : newestGood.made().toLocalDate();
    }
}
