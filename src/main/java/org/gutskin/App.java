package org.gutskin;

import org.gutskin.store.DataDirectory;
import org.gutskin.store.Database;
import org.gutskin.store.JournalRepository;

/**
 * The composition root: opens the journal once and builds the services that both front doors,
 * the window and the command line, work through.
 */
public final class App implements AutoCloseable {
    private final DataDirectory dataDirectory;
    private final Database database;
    private final JournalRepository journal;

    private App(DataDirectory dataDirectory, Database database) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.journal = new JournalRepository(database);
    }

    /** Opens the journal in {@code dataDirectory}; slow (file I/O, migrations), so never on the FX thread. */
    public static App open(DataDirectory dataDirectory) {
        Logging.toFileIn(dataDirectory.ensureExists().path());
        return new App(dataDirectory, Database.open(dataDirectory));
    }

    public DataDirectory dataDirectory() {
        return dataDirectory;
    }

    public Database database() {
        return database;
    }

    public JournalRepository journal() {
        return journal;
    }

    @Override
    public void close() {
        database.close();
    }
}
