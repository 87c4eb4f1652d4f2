package org.gutskin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Lets a child JVM see a folder as read-only. Root ignores file permissions, so where it can the
 * child runs in its own mount namespace with the folder bind-mounted read-only (a real read-only
 * file system, as with a locked SD card or a disk the kernel remounted); otherwise the folder's
 * write permission is taken away.
 */
public final class ReadOnlyFolder {
    /** How the folder is made read-only; the child needs to know to make it writable again. */
    public enum Way { MOUNT, PERMISSIONS }

    private ReadOnlyFolder() {
    }

    /** The way this machine allows, if any. */
    public static Optional<Way> available(Path scratch) throws IOException, InterruptedException {
        Process probe;
        try {
            probe = new ProcessBuilder("unshare", "-rm", "true").redirectErrorStream(true).start();
        } catch (IOException noUnshare) {
            probe = null;
        }
        if (probe != null && probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0) {
            return Optional.of(Way.MOUNT);
        }
        Path test = Files.createTempDirectory(scratch, "permission-probe");
        Files.setPosixFilePermissions(test, PosixFilePermissions.fromString("r-x------"));
        try {
            Files.createFile(test.resolve("probe"));
            return Optional.empty(); // permissions are not enforced for this user
        } catch (IOException refused) {
            return Optional.of(Way.PERMISSIONS);
        } finally {
            Files.setPosixFilePermissions(test, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Starts {@code command} so that it sees {@code folder} read-only. */
    public static ProcessBuilder process(Way way, Path folder, List<String> command) throws IOException {
        if (way == Way.PERMISSIONS) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
            return new ProcessBuilder(command);
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "-rm", "sh", "-c",
                "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && exec \"$@\"", folder.toString()));
        wrapped.addAll(command);
        return new ProcessBuilder(wrapped);
    }

    /** Makes the folder writable again: in the child for {@link Way#MOUNT}, anywhere for permissions. */
    public static void makeWritable(Way way, Path folder) throws IOException, InterruptedException {
        if (way == Way.PERMISSIONS) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            return;
        }
        Process remount = new ProcessBuilder("mount", "-o", "remount,bind,rw", folder.toString()).inheritIO().start();
        if (remount.waitFor() != 0) {
            throw new IOException("Could not remount " + folder + " writable");
        }
    }
}
