package org.gutskin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.gutskin.app.App;
import org.gutskin.app.Autostart;
import org.gutskin.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

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

    @Option(names = Autostart.MINIMIZED, description = "Open the window minimised (the start-at-login entry does).")
    private boolean minimized;

    @Spec
    private CommandSpec spec;

    private final Consumer<WindowRequest> openWindow;
    private final Clock clock;

    GutskinCommand(Consumer<WindowRequest> openWindow, Clock clock) {
        this.openWindow = openWindow;
        this.clock = clock;
    }

    @Override
    public void run() {
        openWindow.accept(new WindowRequest(dataDirectory(), minimized));
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

    /** Opens the journal for a subcommand that writes; the caller closes it. */
    App openJournal() {
        return told(App.open(dataDirectory(), clock()));
    }

    /** Opens the journal for a subcommand that only reads, even while the window has it; the caller closes it. */
    App openForReading() {
        return told(App.openForReading(dataDirectory(), clock()));
    }

    /** What the person must know about how the journal was found goes to the error stream, one line each. */
    private App told(App app) {
        PrintWriter err = spec.commandLine().getErr();
        app.warnings().forEach(warning -> err.println("gutskin: warning: " + warning));
        err.flush();
        return app;
    }

    /** What "today" is for the commands. */
    Clock clock() {
        return clock;
    }
}
