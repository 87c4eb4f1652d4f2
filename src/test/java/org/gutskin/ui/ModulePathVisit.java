package org.gutskin.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.shell.Section;

/**
 * Run in a child JVM by {@link ModulePathStartTest}: starts the real window as {@code mvn
 * javafx:run} does, visits every section once the journal is open, prints "visited N" and quits.
 */
public final class ModulePathVisit {
    private ModulePathVisit() {
    }

    public static void main(String[] args) {
        Thread visitor = new Thread(() -> {
            try {
                int visited = 0;
                for (Section section : Section.values()) {
                    ToggleButton button = awaitEnabled(section);
                    onFxThread(() -> {
                        button.fire();
                        return null;
                    });
                    Thread.sleep(500); // the section's background loading runs and may log a failure
                    visited++;
                }
                System.out.println("visited " + visited);
            } catch (Exception e) {
                System.out.println("failed " + e);
            } finally {
                Platform.exit();
            }
        });
        visitor.setDaemon(true);
        visitor.start();
        GutskinApplication.launchOn(DataDirectory.at(Path.of(args[0])), false);
    }

    private static ToggleButton awaitEnabled(Section section) throws Exception {
        String id = "#nav-" + section.name().toLowerCase(Locale.ROOT);
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                Optional<ToggleButton> button = onFxThread(() -> Window.getWindows().stream()
                        .map(window -> window.getScene().lookup(id)).filter(ToggleButton.class::isInstance)
                        .map(ToggleButton.class::cast).filter(found -> !found.isDisabled()).findFirst());
                if (button.isPresent()) {
                    return button.get();
                }
            } catch (IllegalStateException toolkitNotStartedYet) {
                // the window is still starting
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(section + " never became available");
    }

    private static <T> T onFxThread(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }
}
