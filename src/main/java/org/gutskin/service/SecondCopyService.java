package org.gutskin.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gutskin.crypt.PassphraseKey;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.Database;
import org.gutskin.store.SecondCopies;
import org.gutskin.store.SecondCopySettings;
import org.gutskin.store.StoreException;

/**
 * The encrypted second copy of the journal in a folder the person chose: made after the day's
 * first change (on a thread of its own, so no save waits) and when the journal closes after a
 * change; set up, turned off, listed and opened again for a restore.
 */
public final class SecondCopyService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SecondCopyService.class.getName());

    private final DataDirectory directory;
    private final Database database;
    private final SecondCopySettings settings;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gutskin-second-copy");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean changedSinceCopy = new AtomicBoolean();
    private final AtomicBoolean copyQueued = new AtomicBoolean();
    private volatile Optional<SecondCopySettings.Place> place;
    private volatile Consumer<Status> listener = status -> { };

    /**
     * Where copies go and how the last one went.
     *
     * @param problem  why the last copy could not be made, until one is
     * @param sameDisk the folder is on the journal's own disk: a dead disk would take both
     */
    public record Status(Optional<Path> folder, Optional<LocalDateTime> lastCopy, Optional<String> problem,
                         boolean sameDisk) {
        public boolean isSetUp() {
            return folder.isPresent();
        }
    }

    /** A copy in a second-copy folder: when it was made, and how large it is. */
    public record Copy(Path file, LocalDateTime made, long bytes) {
        static Copy of(SecondCopies.Copy copy) {
            return new Copy(copy.file(), copy.made(), copy.bytes());
        }
    }

    public SecondCopyService(DataDirectory directory, Database database, Clock clock) {
        this.directory = directory;
        this.database = database;
        this.settings = new SecondCopySettings(database);
        this.clock = clock;
        this.place = settings.place();
        database.onChange(this::journalChanged);
    }

    /** Tells {@code listener} (on the copying thread) each time the status changes. */
    public void onStatus(Consumer<Status> listener) {
        this.listener = Objects.requireNonNull(listener);
    }

    /** Where copies go, the last copy, and what is wrong now: a folder not there, or the last try's failure. */
    public Status status() {
        Optional<SecondCopySettings.Place> now = place;
        Optional<String> problem = now.flatMap(chosen -> Files.isDirectory(chosen.folder())
                ? chosen.lastProblem()
                : Optional.of("The folder " + chosen.folder() + " is not there now; is its drive connected?"));
        return new Status(now.map(SecondCopySettings.Place::folder),
                now.flatMap(SecondCopySettings.Place::lastCopy), problem,
                now.map(chosen -> sameDisk(chosen.folder())).orElse(false));
    }

    /**
     * Sends copies to {@code folder}, encrypted with {@code passphrase} (kept only as the key it
     * gives), and makes the first copy now. The folder must be away from the journal; it is made
     * (owner-only) when it does not exist yet.
     */
    public synchronized Status setUp(Path folder, char[] passphrase) {
        String weak = PassphraseKey.problemWith(passphrase);
        if (weak != null) {
            throw new StoreException(weak + ".");
        }
        Path chosen = folder.toAbsolutePath().normalize();
        if (directory.holds(chosen)) {
            throw new StoreException("Choose a folder away from the journal for the second copy: " + chosen
                    + " is inside the journal folder " + directory.path() + ".");
        }
        SecondCopies.prepareFolder(chosen);
        place = Optional.of(settings.choose(chosen, PassphraseKey.derive(passphrase)));
        copyNow();
        return status();
    }

    /** No more copies; those made stay in the folder. */
    public synchronized void turnOff() {
        settings.turnOff();
        place = Optional.empty();
        listener.accept(status());
    }

    /**
     * Makes a copy now, on the caller's thread, with the place and key chosen at this moment (set-up
     * and turning off wait for it, and it for them); the status says how it went.
     */
    public synchronized Copy copyNow() {
        SecondCopySettings.Place chosen = place.orElseThrow(() -> new StoreException("No second copy is set up."));
        changedSinceCopy.set(false);
        try {
            SecondCopies.Copy made = new SecondCopies(chosen.folder()).make(database, directory, chosen, clock);
            settings.madeCopy(made.made());
            return Copy.of(made);
        } catch (StoreException e) {
            changedSinceCopy.set(true); // the next change or the close tries again
            settings.failed(e.getMessage());
            throw e;
        } finally {
            place = settings.place();
            listener.accept(status());
        }
    }

    /** The copies in {@code folder}, newest first. */
    public static List<Copy> copies(Path folder) {
        return new SecondCopies(folder).list().stream().map(Copy::of).toList();
    }

    /** Decrypts and checks a copy for a restore into the journal folder {@code directory}; {@link #forget} it after. */
    public static Path open(DataDirectory directory, Path copy, char[] passphrase) {
        return SecondCopies.open(directory, copy, passphrase);
    }

    /** Decrypts and checks a copy for a restore of this journal. */
    public Path open(Path copy, char[] passphrase) {
        return open(directory, copy, passphrase);
    }

    public static void forget(Path opened) {
        SecondCopies.forget(opened);
    }

    /** After a transaction changed the journal, with its lock held: notes it, and queues the day's first copy. */
    private void journalChanged() {
        changedSinceCopy.set(true);
        Optional<SecondCopySettings.Place> chosen = place;
        LocalDate today = LocalDate.now(clock);
        boolean copiedToday = chosen.flatMap(SecondCopySettings.Place::lastCopy)
                .map(last -> !last.toLocalDate().isBefore(today)).orElse(false);
        if (chosen.isPresent() && !copiedToday && copyQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                copyQueued.set(false);
                copyAndLog();
            });
        }
    }

    private void copyAndLog() {
        try {
            copyNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The second copy was not made", e);
        }
    }

    /** Waits for a copy under way, and makes one more when the journal changed since the last. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.warning("A second copy was still being made when the journal closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (place.isPresent() && changedSinceCopy.get()) {
            copyAndLog();
        }
    }

    private boolean sameDisk(Path folder) {
        try {
            return Files.getFileStore(folder).equals(Files.getFileStore(directory.path()));
        } catch (IOException e) {
            return false; // not connected now: not known to be the same
        }
    }
}
