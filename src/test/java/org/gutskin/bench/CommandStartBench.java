package org.gutskin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.ChildJvm;

/**
 * The command line's start, whole process, as a person scripting it waits for it: each command
 * started from target/gutskin.jar with a plain {@code java -jar}, against {@code java -version} in
 * the same run (the JVM's own floor), nine rounds taken in turn, medians (the start-fast issue's
 * table; scripts/start-times.sh measures the same without Maven).
 */
final class CommandStartBench {
    private CommandStartBench() {
    }

    /** A command, and its target as a multiple of {@code java -version}. */
    private record Command(String name, List<String> args, double targetRatio) {
    }

    static void run(Report report, Path tenYears, Path scratch) throws IOException, InterruptedException {
        Path jar = Path.of("target", "gutskin.jar");
        if (!Files.isRegularFile(jar)) {
            return;
        }
        String dataDir = "--data-dir=" + tenYears;
        List<Command> commands = List.of(
                new Command("--version", List.of("--version"), 3),
                new Command("tag --json \"greek yogurt with banana and oats\"",
                        List.of(dataDir, "tag", "--json", "greek yogurt with banana and oats"), 4),
                new Command("export --format foods (10 years)", List.of(dataDir, "export", "--format", "foods",
                        "--overwrite", "--out", scratch.resolve("foods.csv").toString()), 9),
                new Command("insights --json (10 years)", List.of(dataDir, "insights", "--json"), 15));
        List<Double> floor = new ArrayList<>();
        Map<Command, List<Double>> times = new LinkedHashMap<>();
        commands.forEach(command -> times.put(command, new ArrayList<>()));
        for (int round = 0; round < 9; round++) {
            floor.add(time(List.of(ChildJvm.java(), "-version")));
            for (Command command : commands) {
                List<String> line = new ArrayList<>(List.of(ChildJvm.java(), "-jar", jar.toString()));
                line.addAll(command.args());
                times.get(command).add(time(line));
            }
        }
        double floorMs = Report.median(floor);
        report.add("commands: java -version (the JVM's own start)", floorMs, "ms", "");
        for (Map.Entry<Command, List<Double>> command : times.entrySet()) {
            double ms = Report.median(command.getValue());
            report.add("commands: " + command.getKey().name(), ms, "ms", "");
            report.add("commands: " + command.getKey().name() + " / java -version", ms / floorMs, "×",
                    "<= " + (int) command.getKey().targetRatio() + "×");
        }
    }

    /** Milliseconds from starting the process until it has exited; its output is thrown away. */
    private static double time(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
        return millis;
    }
}
