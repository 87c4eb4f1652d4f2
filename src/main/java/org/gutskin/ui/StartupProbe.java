package org.gutskin.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.gutskin.ui.common.Background;
import org.gutskin.ui.shell.Section;
import org.gutskin.ui.shell.ShellController;

/**
 * For the benchmark only (system property {@code gutskin.probe=true}): prints when the window was
 * shown, when the shell replaced its first frame, and when the journal was open with Today's day
 * on screen, then visits Trends and Insights, prints peak heap and resident memory, and quits.
 * Off by default; the app never prints otherwise.
 */
final class StartupProbe {
    static final String PROPERTY = "gutskin.probe";

    private StartupProbe() {
    }

    static void report(String event) {
        System.out.println("probe " + event + " " + ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
    }

    static void afterOpen(ShellController shell, Background background) {
        // Queued behind Today's loading of the day, so it reports once that day is on screen.
        background.run(() -> null, dayShown -> visitAndMeasure(shell, background), error -> Platform.exit());
    }

    private static void visitAndMeasure(ShellController shell, Background background) {
        report("ready");
        shell.select(Section.TRENDS);
        PauseTransition insights = new PauseTransition(Duration.seconds(3));
        insights.setOnFinished(event -> {
            shell.select(Section.INSIGHTS);
            PauseTransition done = new PauseTransition(Duration.seconds(3));
            done.setOnFinished(finished -> background.run(() -> {
                long heapPeak = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        heapPeak += pool.getPeakUsage().getUsed();
                    }
                }
                return "probe memory heap_peak_mb=" + heapPeak / (1024 * 1024) + " rss_peak_mb=" + residentPeakMb();
            }, line -> {
                System.out.println(line);
                System.out.flush();
                Platform.exit();
            }, error -> Platform.exit()));
            done.play();
        });
        insights.play();
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
