package org.gutskin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Supplier;
import org.gutskin.TestClock;
import picocli.CommandLine;

/** Commands run in this JVM on the tests' day, each run's output and errors kept for the test to read. */
final class CommandRun {
    private final List<Supplier<Object>> commands;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** @param commands makes each command afresh for every run, as a new process would (picocli keeps options) */
    @SafeVarargs
    CommandRun(Supplier<Object>... commands) {
        this.commands = List.of(commands);
    }

    /** Runs {@code gutskin ARGS}; returns the exit code. */
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = CommandLineRunner.build(window -> { },
                commands.stream().map(Supplier::get).toList(), TestClock.FIXED);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** What the last run printed. */
    String out() {
        return out.toString();
    }

    /** What the last run said on the error stream. */
    String err() {
        return err.toString();
    }
}
