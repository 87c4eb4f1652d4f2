package org.gutskin.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.gutskin.app.App;
import org.gutskin.journal.DayEntry;
import org.gutskin.sample.JournalGenerator;
import org.gutskin.store.DataDirectory;
import org.gutskin.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutskin generate --days N --seed S}: writes a realistic synthetic journal (docs/demo-and-generator.md). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a realistic synthetic journal, the same for the same seed, ending today.%n"
                + "Refuses a folder that already holds a journal unless --force.")
public final class GenerateCommand implements Runnable {
    static final int MAX_DAYS = 36_500;

    @ParentCommand
    private GutskinCommand parent;
    @Spec
    private CommandSpec spec;

    @Option(names = "--days", required = true, paramLabel = "N", description = "How many days (1 to 36500).")
    private int days;
    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default 1).")
    private long seed;
    @Option(names = "--end", paramLabel = "DATE", description = "Last day (YYYY-MM-DD); default today.")
    private LocalDate end;
    @Option(names = "--force", description = "Write into a folder that already holds a journal; generated days"
            + " replace what those days held.")
    private boolean force;

    @Override
    public void run() {
        if (days < 1 || days > MAX_DAYS) {
            throw new UserException("--days must be between 1 and " + MAX_DAYS + ", got " + days);
        }
        DataDirectory directory = parent.dataDirectory();
        if (directory.holdsJournal() && !force) {
            throw new UserException("The folder " + directory.path() + " already holds a journal. Choose an empty"
                    + " folder with --data-dir, or add --force to write into it.");
        }
        try (App app = App.open(directory, parent.clock())) {
            List<DayEntry> entries = new JournalGenerator(app.foods().tagger())
                    .generate(days, seed, end == null ? LocalDate.now(parent.clock()) : end);
            app.days().saveAll(entries);
            PrintWriter out = spec.commandLine().getOut();
            out.println(Messages.text("cli.generate.done", days, entries.size(), app.journalFile()));
            out.flush();
        }
    }
}
