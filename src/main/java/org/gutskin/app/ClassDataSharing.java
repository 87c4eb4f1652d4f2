package org.gutskin.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gutskin.store.DataDirectory;

/**
 * Starts the window in a JVM that maps the app's classes from a class-data sharing archive (JDK
 * 17's dynamic AppCDS), kept in the user's cache folder: the first start from a jar makes it (the
 * JVM writes it as it exits), later starts use it while the jar, the JVM and its options stay the
 * same; Today is filled about a quarter sooner (docs/benchmarks.md). The options that name an
 * archive only count when a JVM starts, so the window runs in a child JVM and this one waits for
 * it. Whatever keeps the child from starting leaves the window to this JVM; an archive the child's
 * JVM refuses (another build) it simply does not use ({@code -Xshare:auto}).
 */
public final class ClassDataSharing {
    /** Set in the child, so that it does not start another. */
    static final String CHILD = "gutskin.cds.child";
    /** A file the child makes as soon as its main method runs: without it, its JVM refused to start. */
    static final String STARTED = "gutskin.cds.started";
    /** {@code GUTSKIN_CDS=off} starts the window in this JVM, without an archive. */
    static final String SWITCH = "GUTSKIN_CDS";

    private ClassDataSharing() {
    }

    /**
     * Runs the window (started with {@code args}) in a child JVM with the archive, and returns its
     * exit code; empty when the window is to start in this JVM (it is the child, the app does not
     * run from a jar, the switch is off, or the child could not start).
     */
    public static OptionalInt runWindowInChild(String[] args) {
        Optional<Path> jar = AppJar.location();
        String classPath = System.getProperty("java.class.path");
        if (Boolean.getBoolean(CHILD) || "off".equalsIgnoreCase(System.getenv(SWITCH)) || jar.isEmpty()
                || !onlyJars(classPath)) {
            return OptionalInt.empty();
        }
        return runInChild(Path.of(System.getProperty("java.home"), "bin", "java"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), classPath, jar.get(),
                DataDirectory.platformCache(System.getenv(), System.getProperty("os.name"),
                        Path.of(System.getProperty("user.home"))), args);
    }

    /** Runs {@code java} as the child, making or using the archive for {@code jar} in {@code cache}. */
    static OptionalInt runInChild(Path java, List<String> jvmOptions, String classPath, Path jar, Path cache,
                                  String[] args) {
        Path archive = archiveFor(jar, jvmOptions, classPath, cache);
        Path refused = archive.resolveSibling(archive.getFileName() + ".refused");
        if (Files.exists(refused)) {
            return OptionalInt.empty();
        }
        boolean making = !Files.isRegularFile(archive);
        String process = archive.getFileName() + "." + ProcessHandle.current().pid();
        Path writing = archive.resolveSibling(process + ".writing");
        Path started = archive.resolveSibling(process + ".started");
        try {
            Files.createDirectories(archive.getParent());
            List<String> command = new ArrayList<>(command(java, jvmOptions, classPath, making ? writing : archive,
                    making, args));
            command.add(1, "-D" + STARTED + "=" + started);
            int exitCode = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (!Files.deleteIfExists(started)) {
                // its JVM would not start with these options (no base archive, one it cannot map):
                // never again for this archive, and the window starts here
                Files.writeString(refused, "exit code " + exitCode + "\n");
                Files.deleteIfExists(writing);
                return OptionalInt.empty();
            }
            if (making) {
                keep(writing, archive);
            }
            return OptionalInt.of(exitCode);
        } catch (IOException e) {
            // the logger only now: it costs a start that goes well a few milliseconds
            Logger.getLogger(ClassDataSharing.class.getName()).log(Level.INFO,
                    "The window starts without a class-data archive", e);
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(1);
        }
    }

    /** In the child, first thing: tells the JVM that started it that this one did start. */
    public static void childStarted() {
        String started = System.getProperty(STARTED);
        if (started != null) {
            try {
                Files.createFile(Path.of(started));
            } catch (IOException e) {
                Logger.getLogger(ClassDataSharing.class.getName()).log(Level.INFO, "Cannot say the window started", e);
            }
        }
    }

    private static void forgetOthers(Path archive) throws IOException {
        FileTime dayAgo = FileTime.from(Instant.now().minus(Duration.ofDays(1)));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean olderArchive = name.endsWith(".jsa") && !file.equals(archive);
                boolean leftBehind = (name.endsWith(".started") || name.endsWith(".writing"))
                        && Files.getLastModifiedTime(file).compareTo(dayAgo) < 0;
                if (olderArchive || leftBehind) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** A JVM refuses to make an archive for a class path with a folder in it (and would not start at all). */
    static boolean onlyJars(String classPath) {
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty() && Files.isDirectory(Path.of(entry))) {
                return false;
            }
        }
        return true;
    }

    /** The child's command: this JVM's options, the archive to make or to use, the same class path and arguments. */
    static List<String> command(Path java, List<String> jvmOptions, String classPath, Path archive, boolean making,
                                String[] args) {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        jvmOptions.stream().filter(option -> !option.startsWith("-XX:SharedArchiveFile")
                && !option.startsWith("-XX:ArchiveClassesAtExit") && !option.startsWith("-Xshare")).forEach(command::add);
        command.add(making ? "-XX:ArchiveClassesAtExit=" + archive : "-XX:SharedArchiveFile=" + archive);
        command.addAll(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-D" + CHILD + "=true",
                "-cp", classPath, "org.gutskin.Launcher"));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The archive for this jar, JVM, options and class path, named by their digest so that a new
     * build or another JVM makes its own instead of being refused by an old one.
     */
    static Path archiveFor(Path jar, List<String> jvmOptions, String classPath, Path cache) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String facts = String.join("\n", jar.toAbsolutePath().toString(), Long.toString(Files.size(jar)),
                    Files.getLastModifiedTime(jar).toString(), System.getProperty("java.home"),
                    System.getProperty("java.vm.version"), String.join(" ", jvmOptions), classPath);
            String key = HexFormat.of().formatHex(digest.digest(facts.getBytes(StandardCharsets.UTF_8)), 0, 8);
            return cache.resolve("class-data").resolve("window-" + key + ".jsa");
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot name the class-data archive of " + jar, e);
        }
    }

    /**
     * A finished archive takes its place whole; a child killed while writing it leaves none. The
     * archives of earlier builds go (each is some 25–30 MB), and what killed starts left behind.
     */
    private static void keep(Path writing, Path archive) {
        try {
            if (Files.isRegularFile(writing) && Files.size(writing) > 0) {
                forgetOthers(archive);
                try {
                    Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(writing, archive, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.deleteIfExists(writing);
        } catch (IOException e) {
            Logger.getLogger(ClassDataSharing.class.getName()).log(Level.INFO, "The class-data archive was not kept", e);
        }
    }
}
