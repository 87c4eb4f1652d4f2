package org.gutskin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gutskin.app.App;
import org.gutskin.exchange.ConflictRule;
import org.gutskin.exchange.EncryptedFiles;
import org.gutskin.exchange.ImportPlan;
import org.gutskin.exchange.ImportProblem;
import org.gutskin.exchange.JournalImporter;
import org.gutskin.service.ExchangeService;
import org.gutskin.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutskin import PATH…}: the interchange format, or Daylio, Cronometer and Loop exports. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports CSV files: a journal export (folder, .zip or single files; encrypted .gpg ones ask for"
                + " their passphrase), a Daylio export,"
                + " Cronometer servings or Loop Habit Tracker checkmarks. Prints a preview, then imports"
                + " everything in one transaction — or nothing, when a file has a problem.")
public final class ImportCommand implements Runnable {
    @ParentCommand
    private GutskinCommand parent;
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Folders, .zip or .csv files.")
    private List<Path> paths;
    @Option(names = "--on-conflict", defaultValue = "skip", paramLabel = "RULE",
            description = "For days already in the journal: skip (default), replace or merge.")
    private String onConflict;
    @Option(names = "--dry-run", description = "Only show the preview; write nothing.")
    private boolean dryRun;
    @Option(names = "--valid-rows-only", description = "Import the rows that are fine and leave out the others.")
    private boolean validRowsOnly;
    @Option(names = "--as-food", paramLabel = "ACTIVITY", description = "A Daylio activity to read as food.")
    private Set<String> asFood = Set.of();
    @Option(names = "--as-habit", paramLabel = "ACTIVITY", description = "A Daylio activity to read as a habit.")
    private Set<String> asHabit = Set.of();

    @Override
    public void run() {
        ConflictRule rule = switch (onConflict.toLowerCase(Locale.ROOT)) {
            case "skip" -> ConflictRule.SKIP;
            case "replace" -> ConflictRule.REPLACE;
            case "merge" -> ConflictRule.MERGE;
            default -> throw new UserException("--on-conflict must be skip, replace or merge, got " + onConflict);
        };
        PrintWriter out = spec.commandLine().getOut();
        char[] passphrase = paths.stream().anyMatch(EncryptedFiles::isEncrypted)
                ? Passphrases.ask("Passphrase for the encrypted files: ") : null;
        if (parent.dataDirectory().holdsJournal()) {
            try (App app = parent.openJournal()) {
                ImportPlan plan = read(app, passphrase, rule);
                if (!dryRun) {
                    apply(app, plan, rule, out);
                }
            }
            return;
        }
        // no journal yet: the files are read against an empty one made aside, so that a dry run or a
        // refused import leaves the folder as it was
        ImportPlan plan;
        try (ScratchJournal scratch = ScratchJournal.open(parent.clock())) {
            plan = read(scratch.app(), passphrase, rule);
        }
        if (dryRun) {
            return;
        }
        try (App app = parent.openJournal()) {
            apply(app, plan, rule, out);
        }
    }

    /** Reads the files, prints the preview and the problems; refuses when a problem is not to be passed over. */
    private ImportPlan read(App app, char[] passphrase, ConflictRule rule) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExchangeService imports = app.exchange();
        ImportPlan plan = imports.read(paths, new JournalImporter.Options(asFood, asHabit), passphrase);
        if (!plan.isEmpty()) {
            imports.preview(plan, rule).describe().forEach(line -> out.println("  " + line));
            out.flush();
        }
        if (plan.hasProblems()) {
            for (ImportProblem problem : plan.problems()) {
                err.println(problem);
            }
            if (plan.problemCount() > plan.problems().size()) {
                err.println(Messages.text("cli.import.moreProblems", plan.problemCount() - plan.problems().size()));
            }
            err.flush();
            if (plan.isEmpty()) {
                throw new UserException(Messages.text("cli.import.nothingRead", plan.problemCount()));
            }
            if (!validRowsOnly) {
                throw new UserException(Messages.text("cli.import.refused", plan.problemCount()));
            }
        }
        if (dryRun) {
            out.println("Dry run: nothing was written.");
        }
        return plan;
    }

    private void apply(App app, ImportPlan plan, ConflictRule rule, PrintWriter out) {
        ExchangeService.Result result = app.exchange().apply(plan, rule, validRowsOnly);
        out.println(result.daysSkipped() > 0
                ? Messages.text("cli.import.doneSkipped", result.daysWritten(), result.daysSkipped())
                : Messages.text("cli.import.done", result.daysWritten()));
        result.settingsSentence().ifPresent(out::println);
        out.flush();
    }
}
