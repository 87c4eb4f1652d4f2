package org.gutskin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gutskin.app.App;
import org.gutskin.sample.JournalGenerator;
import org.gutskin.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gutskin demo}: the window on a fresh 120-day demo journal in a temporary folder, so that
 * every view is alive at first sight. The user's own journal is never opened or touched.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Opens the app on a made-up 120-day journal in a temporary folder (deleted when you close"
                + " it). Your own journal is not touched.")
public final class DemoCommand implements Runnable {
    public static final int DAYS = 120;
    public static final long SEED = 42;

    private final Consumer<DataDirectory> openDemoWindow;
    @ParentCommand
    private GutskinCommand parent;
    @Spec
    private CommandSpec spec;

    public DemoCommand(Consumer<DataDirectory> openDemoWindow) {
        this.openDemoWindow = openDemoWindow;
    }

    @Override
    public void run() {
        Path folder;
        try {
            folder = Files.createTempDirectory("gutskin-demo-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UserException("Cannot make a temporary folder for the demo journal: " + e.getMessage());
        }
        DataDirectory demo = DataDirectory.at(folder);
        try {
            try (App app = App.open(demo, parent.clock())) {
                app.days().saveAll(new JournalGenerator(app.foods().tagger()).generate(DAYS, SEED,
                        LocalDate.now(parent.clock())));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Demo journal in " + folder + " (deleted when you close the window)");
            out.flush();
            openDemoWindow.accept(demo);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a demo file left in the temporary folder is harmless; the system cleans it up
        }
    }
}
