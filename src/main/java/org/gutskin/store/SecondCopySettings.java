package org.gutskin.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.gutskin.crypt.PassphraseKey;

/**
 * Where the encrypted second copy goes, kept in the journal: the folder, the key the passphrase
 * gave (never the passphrase), when the last copy was made or why it failed, and the id that names
 * this journal's copies. The backups beside the journal hold it; the second copies themselves
 * never do (a copy opened with an old passphrase must not give away a new key), and it is never
 * exported. Changing it is bookkeeping, not a change to the journal: it starts no copy.
 */
public final class SecondCopySettings {
    private final Database database;

    /** A second copy that is set up. */
    public record Place(String journalId, Path folder, PassphraseKey key, Optional<LocalDateTime> lastCopy,
                        Optional<String> lastProblem) {
    }

    public SecondCopySettings(Database database) {
        this.database = database;
    }

    /** The place copies go, when the person chose one. */
    public Optional<Place> place() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT journal_id, folder, s2k_salt, s2k_count, key, last_copy, last_problem FROM second_copy"
                            + " WHERE folder IS NOT NULL");
                 ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String last = row.getString(6);
                return Optional.of(new Place(row.getString(1), Path.of(row.getString(2)),
                        new PassphraseKey(row.getBytes(3), row.getInt(4), row.getBytes(5)),
                        Optional.ofNullable(last).map(LocalDateTime::parse), Optional.ofNullable(row.getString(7))));
            }
        });
    }

    /** Sends copies to {@code folder} under {@code key} from now on; the journal keeps its id. */
    public Place choose(Path folder, PassphraseKey key) {
        database.inBookkeepingTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO second_copy (id, journal_id, folder, s2k_salt, s2k_count, key, last_copy, last_problem)
                    VALUES (1, ?, ?, ?, ?, ?, NULL, NULL)
                    ON CONFLICT (id) DO UPDATE SET folder = excluded.folder, s2k_salt = excluded.s2k_salt,
                        s2k_count = excluded.s2k_count, key = excluded.key, last_copy = NULL,
                        last_problem = NULL""")) {
                upsert.setString(1, UUID.randomUUID().toString().substring(0, 8));
                upsert.setString(2, folder.toString());
                upsert.setBytes(3, key.salt());
                upsert.setInt(4, key.encodedCount());
                upsert.setBytes(5, key.key());
                upsert.executeUpdate();
            }
            return null;
        });
        return place().orElseThrow();
    }

    /** No more copies; the ones made stay where they are. */
    public void turnOff() {
        database.inBookkeepingTransaction(connection -> {
            try (PreparedStatement clear = connection.prepareStatement("UPDATE second_copy SET folder = NULL,"
                    + " s2k_salt = NULL, s2k_count = NULL, key = NULL, last_copy = NULL, last_problem = NULL")) {
                clear.executeUpdate();
            }
            return null;
        });
    }

    /** Notes a verified copy. */
    public void madeCopy(LocalDateTime made) {
        database.inBookkeepingTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE second_copy SET last_copy = ?, last_problem = NULL")) {
                update.setString(1, made.toString());
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Notes why the last try failed, so that the next window or command says so too. */
    public void failed(String problem) {
        database.inBookkeepingTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE second_copy SET last_problem = ?")) {
                update.setString(1, problem);
                update.executeUpdate();
            }
            return null;
        });
    }
}
