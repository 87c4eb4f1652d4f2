package org.gutskin.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gutskin.exchange.ExchangeException;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.StoreException;
import picocli.CommandLine;

/**
 * Builds the {@code gutskin} command line and runs it. Exit codes: 0 ok, 1 a user error
 * (one line on stderr, never a stack trace), 2 a usage error.
 */
public final class CommandLineRunner {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    private static final Logger LOG = Logger.getLogger(CommandLineRunner.class.getName());

    private CommandLineRunner() {
    }

    public static CommandLine build(Consumer<DataDirectory> openWindow, List<Object> subcommands) {
        CommandLine commandLine = new CommandLine(new GutskinCommand(openWindow));
        subcommands.forEach(commandLine::addSubcommand);
        commandLine.setExecutionExceptionHandler(CommandLineRunner::reportUserError);
        return commandLine;
    }

    public static int run(Consumer<DataDirectory> openWindow, List<Object> subcommands, String... args) {
        return build(openWindow, subcommands).execute(args);
    }

    private static int reportUserError(Exception error, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (error instanceof UserException || error instanceof StoreException
                || error instanceof InvalidEntryException || error instanceof ExchangeException) {
            err.println("gutskin: " + error.getMessage());
        } else if (String.valueOf(error.getMessage()).contains("DISPLAY")) {
            err.println("gutskin: cannot open the window: no graphical display was found."
                    + " Start it from a desktop session, or use a command (gutskin --help).");
        } else {
            LOG.log(Level.SEVERE, "Command failed", error);
            err.println("gutskin: something went wrong (" + error.getClass().getSimpleName()
                    + "); the details are in the log file in the journal folder.");
        }
        err.flush();
        return USER_ERROR;
    }
}
