package org.gutskin.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gutskin.service.BackupService;
import org.gutskin.service.SecondCopyService;
import org.gutskin.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutskin restore [--from FOLDER] [BACKUP]}: lists the backups, or puts one in place of the journal. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Without BACKUP, lists the backups (newest first). With it, restores that backup:"
                + " the current journal file is first set aside (renamed, never deleted). Close the app first.%n"
                + "With --from, the encrypted second copies in FOLDER instead; restoring one asks for its passphrase"
                + " (in a script, the first line of standard input).")
public final class RestoreCommand implements Runnable {
    @ParentCommand
    private GutskinCommand parent;
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "BACKUP",
            description = "A backup file from the list: its path, or just its name for one in the backups folder"
                    + " (or in FOLDER).")
    private Path backup;
    @Option(names = "--from", paramLabel = "FOLDER", description = "A folder of encrypted second copies.")
    private Path from;

    @Override
    public void run() {
        DataDirectory directory = parent.dataDirectory();
        PrintWriter out = spec.commandLine().getOut();
        if (from != null) {
            fromSecondCopies(directory, out);
        } else if (backup == null) {
            List<BackupService.Copy> backups = BackupService.list(directory);
            if (backups.isEmpty()) {
                out.println("No backups yet in " + BackupService.folder(directory));
            }
            for (BackupService.Copy each : backups) {
                out.printf("%s  %s  %s%n", each.made(), each.reason(), each.file());
            }
        } else {
            Path chosen = inFolder(BackupService.folder(directory));
            out.println("Restored " + chosen + setAside(BackupService.restore(directory, chosen, parent.clock())));
        }
        out.flush();
    }

    private void fromSecondCopies(DataDirectory directory, PrintWriter out) {
        if (backup == null) {
            List<SecondCopyService.Copy> copies = SecondCopyService.copies(from);
            if (copies.isEmpty()) {
                out.println("No second copies in " + from);
            }
            for (SecondCopyService.Copy each : copies) {
                out.printf(Locale.UK, "%s  %,d KB  %s%n", each.made(), (each.bytes() + 1023) / 1024, each.file());
            }
            return;
        }
        Path copy = inFolder(from);
        char[] passphrase = Passphrases.ask("Passphrase for " + copy.getFileName() + ": ");
        Path opened = SecondCopyService.open(directory, copy, passphrase);
        Arrays.fill(passphrase, '\0');
        try {
            out.println("Restored the second copy " + copy
                    + setAside(BackupService.restore(directory, opened, parent.clock())));
        } finally {
            SecondCopyService.forget(opened);
        }
    }

    private static String setAside(Optional<Path> aside) {
        return aside.map(file -> "; the previous journal file was set aside as " + file).orElse("");
    }

    /** A bare name is one in {@code folder} when there is one there; a path is taken as it is. */
    private Path inFolder(Path folder) {
        return backup.getParent() == null && Files.exists(folder.resolve(backup)) ? folder.resolve(backup) : backup;
    }
}
