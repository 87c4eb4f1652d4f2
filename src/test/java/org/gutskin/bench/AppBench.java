package org.gutskin.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.gutskin.ChildJvm;
import org.gutskin.TestClock;
import org.gutskin.analysis.Insights;
import org.gutskin.app.App;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.SampleDays;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.common.Tasks;

/** Start-up against a minimal window, saving a day, and memory with ten years open. */
final class AppBench {
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true");

    /** Both windows start with the probe as their preloader, so that its own cost is the same for both. */
    private static final String PRELOADER = "-Djavafx.preloader=" + StartupProbe.class.getName();

    private AppBench() {
    }

    /** Median and 99th percentile of saving a full day into the journal. */
    static void save(Report report, int years, Path journal) {
        try (App app = App.open(DataDirectory.at(journal), TestClock.FIXED)) {
            DayEntry template = app.days().all().lastEntry().getValue();
            int saves = 400;
            double[] millis = new double[saves];
            for (int i = 0; i < saves + 50; i++) {
                DayEntry day = SampleDays.from(template).withNote(Optional.of("benchmark " + i)).build();
                long start = System.nanoTime();
                app.days().save(day);
                if (i >= 50) {
                    millis[i - 50] = (System.nanoTime() - start) / 1e6;
                }
            }
            app.days().save(template);
            Arrays.sort(millis);
            report.add(years + " years: save a full day (synchronous=FULL), median", millis[saves / 2], "ms", "");
            report.add(years + " years: save a full day, p99", millis[(int) (saves * 0.99)], "ms",
                    years == 10 ? "<= 10 ms" : "");
        }
    }

    /**
     * Saves of a day through the window's task runner while Insights is worked out again and
     * again on the analysis pool: how long from asking for a save until it is committed. With one
     * thread for both, a save waited behind the analysis of the whole journal.
     */
    static void saveWhileAnalysing(Report report, Path tenYears) throws Exception {
        saveWhileAnalysing(report, tenYears, false);
        saveWhileAnalysing(report, tenYears, true);
    }

    /** @param oneThread analyse on the journal thread too, as the app did before it had an analysis pool */
    private static void saveWhileAnalysing(Report report, Path tenYears, boolean oneThread) throws Exception {
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (App app = App.open(DataDirectory.at(tenYears), TestClock.FIXED);
             Tasks tasks = new Tasks(failure -> failures.add(failure.error()))) {
            DayEntry template = app.days().all().lastEntry().getValue();
            AtomicBoolean analysing = new AtomicBoolean(true);
            AtomicInteger analyses = new AtomicInteger();
            CompletableFuture<Void> warm = new CompletableFuture<>();
            Runnable[] again = new Runnable[1];
            Callable<Insights> analyse = () -> app.analysis().insights(null, null);
            again[0] = () -> (oneThread ? tasks.onJournal(analyse) : tasks.onAnalysis(analyse)).onSuccess(insights -> {
                if (analyses.incrementAndGet() == 2) {
                    warm.complete(null);
                }
                if (analysing.get()) {
                    again[0].run();
                }
            }).run();
            Platform.runLater(again[0]);
            warm.get();
            int saves = oneThread ? 100 : 300; // with one thread each save waits for an analysis
            double[] millis = new double[saves];
            int during = analyses.get();
            for (int i = 0; i < saves; i++) {
                DayEntry day = SampleDays.from(template).withNote(Optional.of("benchmark " + i)).build();
                CompletableFuture<Double> saved = new CompletableFuture<>();
                long start = System.nanoTime();
                tasks.onJournal(() -> {
                    app.days().save(day);
                    saved.complete((System.nanoTime() - start) / 1e6);
                    return null;
                }).run();
                millis[i] = saved.get();
                Thread.sleep(7); // saves spread over the analyses' whole course
            }
            analysing.set(false);
            during = analyses.get() - during;
            tasks.onJournal(() -> {
                app.days().save(template);
                return null;
            }).run().get();
            if (!failures.isEmpty()) {
                throw new IllegalStateException("a task failed", failures.get(0));
            }
            Arrays.sort(millis);
            String how = oneThread ? " (one thread for both, as before)" : "";
            report.add("10 years: save while Insights recomputes in a loop" + how + " (" + during
                    + " analyses), median", millis[saves / 2], "ms", "");
            report.add("10 years: save while Insights recomputes in a loop" + how + ", p99",
                    millis[(int) (saves * 0.99)], "ms", oneThread ? "" : "<= 10 ms");
        }
    }

    /**
     * Cold starts of the app and of a minimal window, in fresh JVMs started the same way, taken in
     * turn; medians of nine, as start-up times on a shared machine vary by ±20%.
     */
    static void startup(Report report, Path tenYears) throws IOException, InterruptedException {
        List<Double> minimal = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        List<Double> shell = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        String memory = "";
        for (int run = 0; run < 9; run++) {
            minimal.add(probe(List.of(PRELOADER, MinimalWindow.Main.class.getName())).get("shown"));
            Map<String, String> app = probeRaw(List.of(PRELOADER, "org.gutskin.Launcher",
                    "--data-dir", tenYears.toString()));
            shown.add(Double.parseDouble(app.get("shown")));
            shell.add(Double.parseDouble(app.get("shell")));
            ready.add(Double.parseDouble(app.get("ready")));
            memory = app.getOrDefault("memory", memory);
        }
        double minimalMs = Report.median(minimal);
        double shownMs = Report.median(shown);
        double shellMs = Report.median(shell);
        report.add("start-up: minimal JavaFX window shown", minimalMs, "ms", "");
        report.add("start-up: Gutskin window shown, first frame (10-year journal)", shownMs, "ms", "");
        report.add("start-up: Gutskin / minimal window", shownMs / minimalMs, "×", "<= 1.2×");
        report.add("start-up: shell with its navigation laid out", shellMs, "ms", "");
        report.add("start-up: shell / minimal window", shellMs / minimalMs, "×", "");
        report.add("start-up: journal open and Today filled (10 years)", Report.median(ready), "ms", "");
        for (String part : memory.split(" ")) {
            if (part.startsWith("heap_peak_mb=")) {
                report.add("10 years open (Today, Trends, Insights): peak heap", Double.parseDouble(part.substring(13)),
                        "MB", "");
            } else if (part.startsWith("rss_peak_mb=")) {
                report.add("10 years open (Today, Trends, Insights): peak RSS", Double.parseDouble(part.substring(12)),
                        "MB", "<= 300 MB");
            }
        }
    }

    /**
     * The window started from target/gutskin.jar as a person starts it, with the class-data archive
     * the first start makes (app/ClassDataSharing) and without it ({@code GUTSKIN_CDS=off}); the
     * probe, which must be in a jar too (a JVM makes no archive for a class path with a folder), is
     * put in one. Times run from the start of the process the person started. Medians of nine,
     * taken in turn, after one start that makes the archive.
     */
    static void startupFromJar(Report report, Path tenYears, Path scratch) throws IOException,
            InterruptedException {
        Path jar = Path.of("target", "gutskin.jar");
        if (!Files.isRegularFile(jar)) {
            return; // mvn -Pbench verify builds it first; a bench run from an IDE may not have
        }
        Path probeJar = scratch.resolve("probe.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(probeJar))) {
            Path classes = Path.of(StartupProbe.class.getProtectionDomain().getCodeSource().getLocation().getPath());
            try (Stream<Path> files = Files.walk(classes.resolve("org/gutskin/bench"))) {
                for (Path file : files.filter(path -> path.getFileName().toString().startsWith("StartupProbe"))
                        .toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
        }
        String classPath = String.join(File.pathSeparator, Stream.concat(Stream.of(jar.toString(), probeJar.toString()),
                Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .filter(entry -> entry.endsWith(".jar"))).toList());
        Map<String, String> cache = Map.of("XDG_CACHE_HOME", scratch.resolve("cache").toString());
        List<String> command = List.of(PRELOADER, "-cp", classPath, "org.gutskin.Launcher", "--data-dir",
                tenYears.toString());
        probeRaw(command, cache); // makes the archive
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int run = 0; run < 9; run++) {
            with.add(Double.parseDouble(probeRaw(command, cache).get("ready")));
            Map<String, String> off = new HashMap<>(cache);
            off.put("GUTSKIN_CDS", "off");
            without.add(Double.parseDouble(probeRaw(command, off).get("ready")));
        }
        report.add("start-up from gutskin.jar: Today filled (10 years), without a class-data archive",
                Report.median(without), "ms", "");
        report.add("start-up from gutskin.jar: Today filled (10 years), with its class-data archive",
                Report.median(with), "ms", "<= 1500 ms");
    }

    private static Map<String, Double> probe(List<String> command) throws IOException, InterruptedException {
        Map<String, Double> numbers = new HashMap<>();
        probeRaw(command).forEach((key, value) -> numbers.put(key, Double.parseDouble(value)));
        return numbers;
    }

    private static Map<String, String> probeRaw(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("-cp", System.getProperty("java.class.path")));
        full.addAll(command);
        return probeRaw(full, Map.of());
    }

    private static Map<String, String> probeRaw(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of(ChildJvm.java()));
        full.addAll(HEADLESS);
        // the JVM settings the app ships with (pom.xml app.jvm.options), for the app and the baseline alike
        for (String option : System.getProperty("app.jvm.options", "-XX:+UseSerialGC -Xms64m -Xmx256m").split(" ")) {
            if (!option.isBlank()) {
                full.add(option);
            }
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Map<String, String> found = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("probe ")) {
                    String[] parts = line.split(" ", 3);
                    found.put(parts[1], parts[2]);
                }
            }
        }
        process.waitFor();
        return found;
    }


}
