package org.gutskin.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gutskin.crypt.OpenPgp;
import org.gutskin.crypt.PassphraseKey;
import org.gutskin.crypt.WrongPassphraseException;

/**
 * The encrypted copies of the journal in a folder the person chose away from it (an external
 * drive, a folder a cloud client syncs): {@code gutskin-YYYYMMDD-HHMMSS-ID.db.gpg}, each an
 * OpenPGP message that {@code gpg --decrypt} opens with the passphrase. A copy is written under a
 * temporary name, read back and checked before it takes its name, and rotated like the backups.
 */
public final class SecondCopies {
    /** Larger than any journal (a century of days is ~200 MB); a decrypted file beyond it is refused. */
    static final long MAX_JOURNAL_BYTES = 2L * 1024 * 1024 * 1024;
    /**
     * A journal compresses to about a quarter; a copy that unpacks to more than this many times its
     * size (and more than {@link #SMALL_JOURNAL_BYTES}) is a compression bomb, stopped early.
     */
    static final int MAX_UNPACKED_RATIO = 40;
    static final long SMALL_JOURNAL_BYTES = 64L * 1024 * 1024;
    private static final Pattern NAME = Pattern.compile("gutskin-(\\d{8}-\\d{6})-([0-9a-f]{8})\\.db\\.gpg");
    private static final String OPENED_PREFIX = ".opened-";

    private final Path folder;

    /** A copy in the folder: when it was made, and which journal it is of. */
    public record Copy(Path file, LocalDateTime made, String journalId, long bytes) {
    }

    public SecondCopies(Path folder) {
        this.folder = folder;
    }

    /**
     * Makes {@code folder} (owner-only) when it is not there, and checks a file can be written in
     * it, or says in one line why not.
     */
    public static void prepareFolder(Path folder) {
        if (Files.isSymbolicLink(folder) && !Files.exists(folder)) {
            throw new StoreException(folder + " is a link to a place that is not there; choose a folder itself.");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException(folder + " is a file, not a folder; choose a folder for the copies.");
        }
        Path probe = folder.resolve(".gutskin-probe-" + UUID.randomUUID());
        try {
            DataDirectory.createOwnerOnlyFolders(folder);
            DataDirectory.createOwnerOnlyFile(probe);
        } catch (IOException e) {
            throw new StoreException("Cannot write in " + folder + " (" + DataDirectory.describe(e)
                    + "); choose a folder you can write to, on a drive that is connected.", e);
        } finally {
            deleteQuietly(probe);
        }
    }

    /** The copies in the folder, newest first, of every journal that keeps copies there. */
    public List<Copy> list() {
        if (!Files.isDirectory(folder)) {
            throw new StoreException("The second-copy folder " + folder + " is not there; is its drive connected?");
        }
        List<Copy> copies = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    copies.add(new Copy(file, LocalDateTime.parse(name.group(1), Backups.STAMP), name.group(2),
                            Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read the second-copy folder " + folder + " ("
                    + DataDirectory.describe(e) + ")", e);
        }
        copies.sort(Comparator.comparing(Copy::made).reversed());
        return copies;
    }

    /**
     * Makes a copy of the open journal: a snapshot beside the journal, encrypted into the folder
     * under a hidden name, decrypted again with the key and checked page by page, then named; the
     * oldest of this journal's copies go as {@link Rotation} says. Saves go on meanwhile.
     */
    public Copy make(Database database, DataDirectory directory, SecondCopySettings.Place place, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        Path scratch = directory.path().resolve(Backups.FOLDER);
        Path snapshot = scratch.resolve(OPENED_PREFIX + UUID.randomUUID() + ".db");
        Path check = scratch.resolve(OPENED_PREFIX + UUID.randomUUID() + ".db");
        Path target = folder.resolve("gutskin-" + now.format(Backups.STAMP) + "-" + place.journalId() + ".db.gpg");
        Path writing = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            if (!Files.isDirectory(folder)) {
                throw new IOException("the folder is not there; is its drive connected?");
            }
            if (directory.holds(folder)) {
                throw new IOException("the folder is inside the journal folder now; choose one away from it");
            }
            DataDirectory.createOwnerOnlyFolders(scratch);
            DataDirectory.createOwnerOnlyFile(snapshot);
            database.snapshotTo(snapshot);
            forgetTheSettings(snapshot);
            DataDirectory.createOwnerOnlyFile(writing);
            try (InputStream in = Files.newInputStream(snapshot);
                 OutputStream out = OpenPgp.encrypt(Files.newOutputStream(writing), place.key(), "journal.db",
                         clock.instant())) {
                in.transferTo(out);
            }
            decrypt(writing, new OpenPgp.Key(place.key()), check, Files.size(writing));
            if (!Backups.isIntact(check)) {
                throw new IOException("the copy read back from the folder failed its check");
            }
            Files.move(writing, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            rotate(target, place.journalId());
            removeStalePartials(place.journalId(), clock);
            return new Copy(target, now, place.journalId(), Files.size(target));
        } catch (IOException | SQLException e) {
            throw new StoreException("Cannot make the second copy in " + folder + ": " + describe(e), e);
        } finally {
            deleteQuietly(writing);
            deleteQuietly(snapshot);
            deleteQuietly(check);
        }
    }

    /** A copy killed while it was written leaves a hidden ".partial" in the folder; a day later it goes. */
    private void removeStalePartials(String journalId, Clock clock) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                ".gutskin-*-" + journalId + ".db.gpg.*.partial")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(clock.instant().minus(Duration.ofDays(1)))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Takes the second copy's own settings out of a snapshot, overwritten rather than only
     * unlinked: a copy opened with its passphrase must not hold a later key, nor make a journal
     * restored from it write into this journal's series of copies.
     */
    private static void forgetTheSettings(Path snapshot) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + snapshot.toUri());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA secure_delete = ON");
            statement.executeUpdate("DELETE FROM second_copy");
        }
    }

    private void rotate(Path justMade, String journalId) throws IOException {
        List<Copy> ours = list().stream().filter(copy -> copy.journalId().equals(journalId)).toList();
        Copy made = ours.stream().filter(copy -> copy.file().equals(justMade)).findFirst().orElseThrow();
        for (Copy old : Rotation.toRemove(ours, copy -> copy.made().toLocalDate(), made)) {
            Files.deleteIfExists(old.file());
        }
    }

    /**
     * Decrypts {@code copy} with the passphrase into a hidden owner-only file beside the journal's
     * backups and checks it is a whole journal; returns that file, for {@link Backups#restore}
     * (and {@link #forget} after). A wrong passphrase or a damaged copy is said in one line.
     */
    public static Path open(DataDirectory directory, Path copy, char[] passphrase) {
        Path scratch = directory.path().resolve(Backups.FOLDER);
        Path opened = scratch.resolve(OPENED_PREFIX + UUID.randomUUID() + ".db");
        try {
            if (!Files.isRegularFile(copy)) {
                throw new StoreException("The second copy " + copy + " is not there.");
            }
            directory.ensureExists();
            DataDirectory.createOwnerOnlyFolders(scratch);
            decrypt(copy, new OpenPgp.Passphrase(passphrase), opened, Files.size(copy));
            if (!Backups.isIntact(opened)) {
                throw new StoreException("The second copy " + copy + " opened, but what it holds is not a whole"
                        + " Gutskin journal that this version can read (one from a newer version?); choose another"
                        + " copy.");
            }
            return opened;
        } catch (WrongPassphraseException e) {
            deleteQuietly(opened);
            throw new StoreException("The passphrase does not open " + copy.getFileName()
                    + ". Check it (letters, spaces and case count) and try again.", e);
        } catch (IOException e) {
            deleteQuietly(opened);
            throw new StoreException("Cannot open the second copy " + copy + ": " + describe(e), e);
        } catch (RuntimeException e) {
            deleteQuietly(opened);
            throw e;
        }
    }

    /** Removes a copy {@link #open} decrypted, once it has been restored (or not). */
    public static void forget(Path opened) {
        deleteQuietly(opened);
    }

    /**
     * Removes what a copy being made or opened left beside the journal when the app was killed
     * (what it left in the second-copy folder goes when the next copy is made).
     */
    static void removeLeftovers(DataDirectory directory) {
        Path scratch = directory.path().resolve(Backups.FOLDER);
        if (!Files.isDirectory(scratch)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(scratch, OPENED_PREFIX + "*")) {
            for (Path file : files) {
                deleteQuietly(file);
            }
        } catch (IOException e) {
            // the folder cannot be listed now; the next start tries again
        }
    }

    private static void decrypt(Path encrypted, OpenPgp.Unlock unlock, Path target, long encryptedBytes)
            throws IOException {
        long limit = Math.min(MAX_JOURNAL_BYTES, Math.max(SMALL_JOURNAL_BYTES, encryptedBytes * MAX_UNPACKED_RATIO));
        DataDirectory.createOwnerOnlyFile(target);
        try (InputStream in = OpenPgp.decrypt(Files.newInputStream(encrypted), unlock);
             OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[1 << 16];
            long written = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > limit) {
                    throw new IOException("it is damaged: it unpacks to more than " + limit / (1024 * 1024)
                            + " MB, far more than a journal of its size");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static String describe(Exception e) {
        if (e instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith("it ")) {
            return io.getMessage();
        }
        return e instanceof IOException io ? DataDirectory.describe(io) : e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a hidden owner-only leftover; removeLeftovers takes it at the next start
        }
    }
}
