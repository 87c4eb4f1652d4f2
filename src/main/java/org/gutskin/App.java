package org.gutskin;

import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.FoodLibrary;
import org.gutskin.food.UserFoodRepository;
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
    private final FoodLibrary foods;

    private App(DataDirectory dataDirectory, Database database) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.journal = new JournalRepository(database);
        this.foods = FoodLibrary.open(FoodKnowledge.loadShipped(), new UserFoodRepository(database), journal);
    }

    /** Opens the journal in {@code dataDirectory}; slow (file I/O, migrations), so never on the FX thread. */
    public static App open(DataDirectory dataDirectory) {
        Logging.toFileIn(dataDirectory.ensureExists().path());
        Database database = Database.open(dataDirectory);
        try {
            return new App(dataDirectory, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
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

    public FoodLibrary foods() {
        return foods;
    }

    @Override
    public void close() {
        database.close();
    }
}
