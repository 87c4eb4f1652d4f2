package org.gutskin;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gutskin.exchange.ImportService;
import org.gutskin.exchange.JournalExporter;
import org.gutskin.exchange.JournalImporter;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.FoodLibrary;
import org.gutskin.food.UserFoodRepository;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.Database;
import org.gutskin.store.JournalInUseException;
import org.gutskin.store.JournalRepository;
import org.gutskin.store.Migrations;
import org.gutskin.store.ReadOnlyFolderException;
import org.gutskin.store.StoreException;

/**
 * The composition root: opens the journal once and builds the services that both front doors,
 * the window and the command line, work through.
 */
public final class App implements AutoCloseable {
    private final DataDirectory dataDirectory;
    private final Database database;
    private final JournalRepository journal;
    private final FoodLibrary foods;
    private final UserFoodRepository userFoods;

    private App(DataDirectory dataDirectory, Database database, boolean readOnly, List<Food> shippedFoods) {
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.journal = new JournalRepository(database);
        this.userFoods = new UserFoodRepository(database);
        this.foods = readOnly ? FoodLibrary.readOnly(shippedFoods, userFoods, journal)
                : FoodLibrary.open(shippedFoods, userFoods, journal);
    }

    /**
     * Starts reading the shipped foods on another thread, so that it runs while SQLite opens the
     * journal (in a fresh JVM each takes a tenth of a second or more).
     */
    private static CompletableFuture<List<Food>> loadShippedFoods() {
        return CompletableFuture.supplyAsync(FoodKnowledge::loadShipped);
    }

    private static List<Food> shippedFoods(CompletableFuture<List<Food>> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Opens the journal in {@code dataDirectory}; slow (file I/O, migrations), so never on the FX thread. */
    public static App open(DataDirectory dataDirectory) {
        Logging.toFileIn(dataDirectory.ensureExists().path());
        CompletableFuture<List<Food>> shippedFoods = loadShippedFoods();
        Database database = Database.open(dataDirectory);
        try {
            return new App(dataDirectory, database, false, shippedFoods(shippedFoods));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Opens the journal for the window: for writing, or — when its folder cannot be written — for
     * reading, with every save first trying to open it for writing again.
     */
    public static App openForWindow(DataDirectory dataDirectory) {
        try {
            return open(dataDirectory);
        } catch (ReadOnlyFolderException readOnly) {
            return openReadOnly(dataDirectory, Database::openInReadOnlyFolder, readOnly);
        }
    }

    /**
     * Opens the journal for commands that only read: normally, or read-only when a window has it
     * open (SQLite's WAL lets one writer and readers work at once) or its folder cannot be written.
     */
    public static App openForReading(DataDirectory dataDirectory) {
        try {
            return open(dataDirectory);
        } catch (JournalInUseException inUse) {
            return openReadOnly(dataDirectory, Database::openReadOnly, inUse);
        } catch (ReadOnlyFolderException readOnly) {
            return openReadOnly(dataDirectory, Database::openInReadOnlyFolder, readOnly);
        }
    }

    /** An older file is only ever read after the app that can write it has upgraded it: else, why not. */
    private static App openReadOnly(DataDirectory dataDirectory, Function<DataDirectory, Database> opener,
            StoreException whyNotForWriting) {
        CompletableFuture<List<Food>> shippedFoods = loadShippedFoods();
        Database database = opener.apply(dataDirectory);
        try {
            if (database.schemaVersion() < Migrations.shipped().latestVersion()) {
                throw whyNotForWriting;
            }
            return new App(dataDirectory, database, true, shippedFoods(shippedFoods));
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

    public ImportService imports() {
        return new ImportService(journal, userFoods, foods, () -> database.backup(dataDirectory, "before-import"));
    }

    /** What the importer tags meals with: the shipped foods and the user's own. */
    public JournalImporter.Knowledge importKnowledge() {
        return new JournalImporter.Knowledge(FoodKnowledge.loadShipped(), userFoods.foods(), userFoods.aliases());
    }

    /** Everything an export of the days from {@code from} to {@code to} needs (null: the whole journal). */
    public JournalExporter.Source exportSource(LocalDate from, LocalDate to) {
        LocalDate first = from == null ? LocalDate.of(1, 1, 1) : from;
        LocalDate last = to == null ? LocalDate.of(9999, 12, 31) : to;
        return new JournalExporter.Source(new Memo<>(() -> journal.loadRange(first, last)), journal.habits(),
                userFoods.foods(), userFoods.aliases(), foods.knowledge(),
                visitor -> journal.forEachFoodEaten(first, last, visitor));
    }

    /** Reads once, when first asked. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> read;
        private T value;

        Memo(Supplier<T> read) {
            this.read = read;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = read.get();
            }
            return value;
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
