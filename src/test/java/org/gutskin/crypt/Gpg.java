package org.gutskin.crypt;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** GnuPG, when the machine has it: what the copies promise to open in without this app. */
public final class Gpg {
    private Gpg() {
    }

    public static boolean available() {
        try {
            Process probe = new ProcessBuilder("gpg", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs gpg in batch mode with a home of its own in {@code scratch}, the passphrase on its
     * standard input; returns what it printed when it failed, or null when it succeeded.
     */
    public static String run(Path scratch, char[] passphrase, String... args) throws IOException, InterruptedException {
        Path home = Files.createDirectories(scratch.resolve("gnupg-home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        List<String> command = new ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--yes",
                "--no-symkey-cache", "--pinentry-mode", "loopback", "--passphrase-fd", "0"));
        command.addAll(List.of(args));
        Process gpg = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = gpg.getOutputStream()) {
            in.write((new String(passphrase) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!gpg.waitFor(60, TimeUnit.SECONDS)) {
            gpg.destroyForcibly();
            return "gpg did not finish: " + output;
        }
        return gpg.exitValue() == 0 ? null : "gpg exited with " + gpg.exitValue() + ": " + output;
    }
}
