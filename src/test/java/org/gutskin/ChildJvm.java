package org.gutskin;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs test main classes in a child JVM with this JVM's class path and headless settings. */
public final class ChildJvm {
    /** This JVM's settings a child needs too: the headless JavaFX platform for UI children. */
    private static final List<String> FORWARDED_PROPERTY_PREFIXES = List.of("testfx.", "glass.", "monocle.",
            "prism.", "java.awt.headless");

    /** The last save acknowledged before the kill (-1: none), and every other line the child printed. */
    public record Outcome(int lastAcknowledged, List<String> otherLines) {
    }

    private ChildJvm() {
    }

    /** The java launcher of this JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command that runs {@code mainClass} with {@code args} in a child JVM. */
    public static List<String> command(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> FORWARDED_PROPERTY_PREFIXES.stream().anyMatch(name::startsWith)).sorted()
                .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs a main class that prints "ack N" after each acknowledged save, and kills it with
     * SIGKILL at a random moment after its first acknowledgement: no shutdown hooks, no flush, no
     * close, as when the power goes.
     */
    public static Outcome runAndKill(Class<?> mainClass, Random random, int maxMillisAfterFirstAck, String... args)
            throws Exception {
        Process child = new ProcessBuilder(command(mainClass, args)).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        AtomicInteger lastAck = new AtomicInteger(-1);
        List<String> otherLines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ack ")) {
                        lastAck.set(Integer.parseInt(line.substring(4)));
                    } else {
                        otherLines.add(line);
                    }
                }
            } catch (Exception ignored) {
                // the pipe breaks when the child is killed
            }
        });
        reader.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (lastAck.get() < 0 && child.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(random.nextInt(maxMillisAfterFirstAck));
        child.destroyForcibly(); // SIGKILL on Linux
        child.waitFor();
        reader.join(5_000);
        return new Outcome(lastAck.get(), List.copyOf(otherLines));
    }
}
