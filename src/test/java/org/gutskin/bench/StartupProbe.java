package org.gutskin.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.application.Preloader;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Watches a real start of the app from outside, for the benchmark: started as JavaFX's preloader
 * ({@code -Djavafx.preloader=org.gutskin.bench.StartupProbe}), it prints when the window was
 * shown, when the shell replaced the first frame, and when Today's day was on screen; then it
 * visits Trends and Insights, prints peak heap and resident memory, and quits. The app itself
 * knows nothing of it.
 */
public final class StartupProbe extends Preloader {
    private boolean shell;
    private boolean ready;

    @Override
    public void start(Stage preloaderStage) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> watch(window));
                }
            }
        });
    }

    private void watch(Window window) {
        report("shown");
        Scene scene = window.getScene();
        scene.addPostLayoutPulseListener(() -> {
            if (!shell && scene.lookup("#nav-today") != null) {
                shell = true;
                report("shell");
            }
            if (!ready && scene.lookup("#day-title") instanceof Label title && !title.getText().isEmpty()) {
                ready = true;
                report("ready");
                Platform.runLater(() -> visitAndMeasure(scene));
            }
        });
    }

    /**
     * Milliseconds since the process the person started began: this JVM's, or — when the window
     * runs in a child JVM with a class-data archive (app/ClassDataSharing) — its parent's.
     */
    private static void report(String event) {
        long since = Boolean.getBoolean("gutskin.cds.child")
                ? ProcessHandle.current().parent().flatMap(parent -> parent.info().startInstant())
                        .map(start -> Instant.now().toEpochMilli() - start.toEpochMilli())
                        .orElseThrow(() -> new IllegalStateException("the starting process is gone"))
                : ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println("probe " + event + " " + since);
        System.out.flush();
    }

    private static void visitAndMeasure(Scene scene) {
        select(scene, "#nav-trends");
        PauseTransition insights = new PauseTransition(Duration.seconds(3));
        insights.setOnFinished(event -> {
            select(scene, "#nav-insights");
            PauseTransition done = new PauseTransition(Duration.seconds(3));
            done.setOnFinished(finished -> {
                long heapPeak = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        heapPeak += pool.getPeakUsage().getUsed();
                    }
                }
                System.out.println("probe memory heap_peak_mb=" + heapPeak / (1024 * 1024) + " rss_peak_mb="
                        + residentPeakMb());
                System.out.flush();
                Platform.exit();
            });
            done.play();
        });
        insights.play();
    }

    private static void select(Scene scene, String button) {
        ((ToggleButton) scene.lookup(button)).setSelected(true);
    }

    /** The process's peak resident set (Linux: VmHWM), or -1 where the platform does not say. */
    private static long residentPeakMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
