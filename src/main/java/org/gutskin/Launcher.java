package org.gutskin;

import java.util.List;
import java.util.OptionalInt;
import org.gutskin.app.ClassDataSharing;
import org.gutskin.app.Logging;
import org.gutskin.cli.CommandLineRunner;
import org.gutskin.cli.DemoCommand;
import org.gutskin.cli.ExportCommand;
import org.gutskin.cli.GenerateCommand;
import org.gutskin.cli.ImportCommand;
import org.gutskin.cli.InsightsCommand;
import org.gutskin.cli.RestoreCommand;
import org.gutskin.cli.SecondCopyCommand;
import org.gutskin.cli.SettingsCommand;
import org.gutskin.cli.TagCommand;
import org.gutskin.ui.GutskinApplication;

/**
 * The program's entry point. It does not extend {@code Application}, so the app starts from a
 * plain class path ({@code java -jar gutskin.jar}) as well as from {@code mvn javafx:run}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        ClassDataSharing.childStarted();
        if (CommandLineRunner.isPlainWindowStart(args)) {
            OptionalInt window = ClassDataSharing.runWindowInChild(args);
            if (window.isPresent()) {
                System.exit(window.getAsInt());
            }
        }
        Logging.keepOffConsole();
        int exitCode = CommandLineRunner.run(window -> GutskinApplication.launchOn(window.journal(),
                window.minimized()), List.of(new TagCommand(),
                new InsightsCommand(), new ExportCommand(),
                new ImportCommand(), new GenerateCommand(), new RestoreCommand(), new SecondCopyCommand(),
                new SettingsCommand(), new DemoCommand(GutskinApplication::launchDemo)), args);
        System.exit(exitCode);
    }
}
