package org.gutskin.app;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the app's log to {@code gutskin0.log} in the data folder (moved to {@code gutskin1.log}
 * at 1 MB), owner-only. Log lines describe what the app did, never what the user wrote in the
 * journal.
 */
public final class Logging {
    private static final long LOG_LIMIT = 1_000_000;
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

    /** Sends the log to the data folder {@code folder}, which exists; again for the same folder does nothing. */
    public static synchronized void toFileIn(Path folder) {
        if (folder.equals(configuredFolder)) {
            return;
        }
        for (var old : ROOT.getHandlers()) {
            ROOT.removeHandler(old);
            old.close();
        }
        ROOT.addHandler(new OwnerOnlyLog(folder.resolve("gutskin0.log"), folder.resolve("gutskin1.log"), LOG_LIMIT));
        ROOT.setUseParentHandlers(false);
        ROOT.setLevel(Level.INFO);
        configuredFolder = folder;
    }
}
