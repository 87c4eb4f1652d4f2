package org.gutskin.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.gutskin.App;
import org.gutskin.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code gutskin} command: without a subcommand it opens the journal window. */
@Command(name = "gutskin",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Gutskin Journal: a private journal of food, sleep, stress and skin.%n"
                + "Without a command, opens the journal window.",
        subcommandsRepeatable = false,
        usageHelpAutoWidth = true)
public final class GutskinCommand implements Runnable {
    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of the journal (default: $GUTSKIN_DATA_DIR, else the platform's data folder).")
    private Path dataDir;

    private final Consumer<DataDirectory> openWindow;

    public GutskinCommand(Consumer<DataDirectory> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public void run() {
        openWindow.accept(dataDirectory());
    }

    /** The journal folder this invocation works on. */
    public DataDirectory dataDirectory() {
        return dataDirectory(dataDir);
    }

    /** The folder given with --data-dir (null: none), else the default one. */
    static DataDirectory dataDirectory(Path explicit) {
        return DataDirectory.resolve(explicit, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    /** Opens the journal for a subcommand; the caller closes it. */
    public App openJournal() {
        return App.open(dataDirectory());
    }
}
