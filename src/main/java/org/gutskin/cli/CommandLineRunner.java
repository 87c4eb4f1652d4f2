package org.gutskin.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gutskin.exchange.ExchangeException;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Times;
import org.gutskin.store.StoreException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * Builds the {@code gutskin} command line and runs it. Exit codes: 0 ok, 1 a user error
 * (one line on stderr, never a stack trace), 2 a usage error.
 */
public final class CommandLineRunner {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    private static final String DATA_DIR = "--data-dir";
    private static final Logger LOG = Logger.getLogger(CommandLineRunner.class.getName());

    private CommandLineRunner() {
    }

    public static CommandLine build(Consumer<WindowRequest> openWindow, List<Object> subcommands, Clock clock) {
        CommandLine commandLine = new CommandLine(new GutskinCommand(openWindow, clock));
        subcommands.forEach(commandLine::addSubcommand);
        commandLine.registerConverter(LocalDate.class, CommandLineRunner::date); // after: it reaches those there
        commandLine.setExecutionExceptionHandler(CommandLineRunner::reportUserError);
        return commandLine;
    }

    /** A date option: "expected a date such as 2026-06-01 but was '2026-13-01'", never a parser's exception. */
    private static LocalDate date(String text) {
        LocalDate date = Times.parseDate(text);
        if (date == null) {
            throw new TypeConversionException("expected a date such as 2026-06-01 but was '" + text + "'");
        }
        return date;
    }

    public static int run(Consumer<WindowRequest> openWindow, List<Object> subcommands, String... args) {
        return run(openWindow, subcommands, Clock.systemDefaultZone(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
    }

    static int run(Consumer<WindowRequest> openWindow, List<Object> subcommands, Clock clock, PrintWriter out,
            PrintWriter err, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // what picocli would print, without building the model of every command first (≈ 0.15 s)
            out.println(new VersionProvider().getVersion()[0]);
            out.flush();
            return OK;
        }
        Optional<WindowStart> window = plainWindowStart(args);
        if (window.isPresent()) {
            try {
                openWindow.accept(new WindowRequest(GutskinCommand.dataDirectory(window.get().folder()), false));
                return OK;
            } catch (RuntimeException e) {
                return reportUserError(e, err);
            }
        }
        CommandLine commandLine = build(openWindow, subcommands, clock);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /**
     * A plain start — no arguments, or only {@code --data-dir} — opens the window; it is by far the
     * most common start, and building the picocli model of every command first costs about a
     * quarter of a second of start-up. Empty when picocli must read the arguments.
     */
    static Optional<WindowStart> plainWindowStart(String... args) {
        try {
            if (args.length == 0) {
                return Optional.of(new WindowStart(null));
            }
            if (args.length == 1 && args[0].startsWith(DATA_DIR + "=") && args[0].length() > DATA_DIR.length() + 1) {
                return Optional.of(new WindowStart(Path.of(args[0].substring(DATA_DIR.length() + 1))));
            }
            if (args.length == 2 && args[0].equals(DATA_DIR) && !args[1].isEmpty() && !args[1].startsWith("-")) {
                return Optional.of(new WindowStart(Path.of(args[1])));
            }
        } catch (InvalidPathException invalid) {
            // picocli explains it
        }
        return Optional.empty();
    }

    /** True for a plain start of the window, the one start that a class-data archive speeds up most. */
    public static boolean isPlainWindowStart(String... args) {
        return plainWindowStart(args).isPresent();
    }

    /** A start that opens the window on {@code folder} (null: the default folder). */
    record WindowStart(Path folder) {
    }

    private static int reportUserError(Exception error, CommandLine commandLine, CommandLine.ParseResult parsed) {
        return reportUserError(error, commandLine.getErr());
    }

    private static int reportUserError(Exception error, PrintWriter err) {
        if (error instanceof UserException || error instanceof StoreException
                || error instanceof InvalidEntryException || error instanceof ExchangeException) {
            err.println("gutskin: " + error.getMessage());
        } else if (String.valueOf(error.getMessage()).contains("DISPLAY")) {
            err.println("gutskin: cannot open the window: no graphical display was found."
                    + " Start it from a desktop session, or use a command (gutskin --help).");
        } else if (String.valueOf(error.getMessage()).contains("GTK")) {
            LOG.log(Level.SEVERE, "The window's toolkit could not start", error);
            err.println("gutskin: cannot open the window: on Linux it needs GTK 3, which this system lacks (install"
                    + " the libgtk-3-0 package, e.g. sudo apt install libgtk-3-0). The commands work without it"
                    + " (gutskin --help).");
        } else {
            LOG.log(Level.SEVERE, "Command failed", error);
            err.println("gutskin: something went wrong (" + error.getClass().getSimpleName()
                    + "); the details are in the log file in the journal folder.");
        }
        err.flush();
        return USER_ERROR;
    }
}
