package org.gutskin.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.gutskin.store.DataDirectory;

/**
 * Sends the app's log to {@code gutskin.log} in the data folder (rotated, two files of 1 MB).
 * Log lines describe what the app did, never what the user wrote in the journal.
 */
public final class Logging {
    private static final int LOG_FILES = 2;
    private static final Logger ROOT = Logger.getLogger("org.gutskin");
    private static Path configuredFolder;

    private Logging() {
    }

    /** Keeps log records off the terminal: a person sees one-line messages, the log file has the rest. */
    public static void keepOffConsole() {
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
    }

    static synchronized void toFileIn(Path folder) {
        if (folder.equals(configuredFolder)) {
            return;
        }
        try {
            for (int generation = 0; generation < LOG_FILES; generation++) {
                DataDirectory.createOwnerOnlyFile(folder.resolve("gutskin" + generation + ".log"));
            }
            FileHandler handler = new FileHandler(folder.resolve("gutskin%g.log").toString(), 1_000_000, LOG_FILES,
                    true);
            handler.setFormatter(new SimpleFormatter());
            for (var old : ROOT.getHandlers()) {
                ROOT.removeHandler(old);
                old.close();
            }
            ROOT.addHandler(handler);
            ROOT.setUseParentHandlers(false);
            ROOT.setLevel(Level.INFO);
            configuredFolder = folder;
        } catch (IOException e) {
            // Without a log file the app still works; its messages are then not kept anywhere.
            ROOT.log(Level.WARNING, "Cannot write the log file in " + folder, e);
        }
    }
}
