package org.gutskin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.gutskin.app.App;
import org.gutskin.service.SecondCopyService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutskin second-copy [--folder FOLDER | --now | --off]}: the encrypted copy kept away from the journal. */
@Command(name = "second-copy", mixinStandardHelpOptions = true,
        description = "Without options, says where the encrypted second copy goes and when the last one was made.%n"
                + "--folder sets it up: a passphrase is asked for (twice; in a script, the first line of standard"
                + " input), and a copy is then made after each day's first change and when the journal closes."
                + " Only the key the passphrase gives is kept: if the passphrase is lost, no one can open the copies."
                + " Restore one with: gutskin restore --from FOLDER NAME.")
public final class SecondCopyCommand implements Runnable {
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    private GutskinCommand parent;
    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true)
    private Action action;

    /** One thing to do at a time. */
    static final class Action {
        @Option(names = "--folder", paramLabel = "FOLDER",
                description = "Keep encrypted copies in FOLDER (an external drive, a folder a cloud client syncs).")
        private Path folder;
        @Option(names = "--now", description = "Make a copy now.")
        private boolean now;
        @Option(names = "--off", description = "Make no more copies; those made stay in their folder.")
        private boolean off;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (App app = parent.openJournal()) {
            SecondCopyService copies = app.secondCopy();
            if (action != null && action.folder != null) {
                out.println("The copies are encrypted with a passphrase that is never stored: if it is lost, no one"
                        + " can open them, not you and not us. Write it down and keep it somewhere safe.");
                out.flush();
                char[] passphrase = Passphrases.askNew("Passphrase for the copies in " + action.folder + ": ");
                try {
                    copies.setUp(action.folder, passphrase);
                } finally {
                    Arrays.fill(passphrase, '\0');
                }
            } else if (action != null && action.now) {
                SecondCopyService.Copy made = copies.copyNow();
                out.println("Copied to " + made.file());
            } else if (action != null && action.off) {
                copies.turnOff();
            }
            describe(copies.status(), out);
        }
        out.flush();
    }

    private static void describe(SecondCopyService.Status status, PrintWriter out) {
        if (!status.isSetUp()) {
            out.println("No second copy is set up. Set one up with: gutskin second-copy --folder FOLDER");
            return;
        }
        out.println("Encrypted copies go to " + status.folder().get());
        out.println(status.lastCopy().map(last -> "The last copy was made " + last.format(MADE))
                .orElse("No copy has been made yet."));
        status.problem().ifPresent(problem -> out.println("The last try failed: " + problem));
        if (status.sameDisk()) {
            out.println("The folder is on the journal's own disk: it guards against mistakes, but a dead disk would"
                    + " take both (unless a cloud service syncs the folder away).");
        }
    }
}
