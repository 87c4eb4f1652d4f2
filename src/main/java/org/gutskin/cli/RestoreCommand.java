package org.gutskin.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gutskin.service.BackupService;
import org.gutskin.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutskin restore [BACKUP]}: lists the backups, or puts one in place of the journal. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Without BACKUP, lists the backups (newest first). With it, restores that backup:"
                + " the current journal file is first set aside (renamed, never deleted). Close the app first.")
public final class RestoreCommand implements Runnable {
    @ParentCommand
    private GutskinCommand parent;
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "BACKUP",
            description = "A backup file from the list: its path, or just its name for one in the backups folder.")
    private Path backup;

    @Override
    public void run() {
        DataDirectory directory = parent.dataDirectory();
        PrintWriter out = spec.commandLine().getOut();
        if (backup == null) {
            List<BackupService.Copy> backups = BackupService.list(directory);
            if (backups.isEmpty()) {
                out.println("No backups yet in " + BackupService.folder(directory));
            }
            for (BackupService.Copy each : backups) {
                out.printf("%s  %s  %s%n", each.made(), each.reason(), each.file());
            }
            out.flush();
            return;
        }
        Path chosen = backup.getParent() == null && !Files.exists(backup)
                ? BackupService.folder(directory).resolve(backup) : backup;
        Path setAside = BackupService.restore(directory, chosen, parent.clock());
        out.println("Restored " + chosen + "; the previous journal file was set aside as " + setAside);
        out.flush();
    }
}
