package org.gutskin.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --from}/{@code --to} options the commands that read a range share. */
public final class DateRange {
    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD); default: the journal's first.")
    private LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD); default: the journal's last.")
    private LocalDate to;

    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }

    /** Refuses a range that ends before it starts. */
    void check() {
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserException("--to " + to + " is before --from " + from);
        }
    }
}
