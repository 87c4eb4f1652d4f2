package org.gutskin.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {
    @TempDir
    Path folder;

    @Test
    void theChildGetsThisJvmsOptionsAndTheArchiveToMakeOrToUse() {
        Path java = Path.of("/opt/jdk/bin/java");
        List<String> options = List.of("-Xmx256m", "-XX:SharedArchiveFile=/old.jsa", "-Xshare:off", "-Dx=1");
        Path archive = folder.resolve("window.jsa");
        assertEquals(List.of("/opt/jdk/bin/java", "-Xmx256m", "-Dx=1", "-XX:ArchiveClassesAtExit=" + archive,
                "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Dgutskin.cds.child=true", "-cp",
                "app.jar:lib/a.jar", "org.gutskin.Launcher", "--data-dir", "/j"),
                ClassDataSharing.command(java, options, "app.jar:lib/a.jar", archive, true,
                        new String[] {"--data-dir", "/j"}));
        assertEquals("-XX:SharedArchiveFile=" + archive, ClassDataSharing.command(java, options, "app.jar", archive,
                false, new String[0]).get(3));
    }

    @Test
    void aClassPathWithAFolderStartsTheWindowWithoutAnArchive() throws IOException {
        Path jar = Files.writeString(folder.resolve("gutskin.jar"), "jar");
        assertTrue(ClassDataSharing.onlyJars(jar + File.pathSeparator + folder.resolve("missing.jar")));
        assertFalse(ClassDataSharing.onlyJars(jar + File.pathSeparator + folder));
    }

    @Test
    void aNewBuildOfTheJarGetsAnArchiveOfItsOwn() throws IOException {
        Path jar = Files.writeString(folder.resolve("gutskin.jar"), "build 1");
        Path cache = folder.resolve("cache");
        Path first = ClassDataSharing.archiveFor(jar, List.of("-Xmx256m"), "gutskin.jar", cache);
        assertEquals(cache.resolve("class-data"), first.getParent());
        assertEquals(first, ClassDataSharing.archiveFor(jar, List.of("-Xmx256m"), "gutskin.jar", cache));
        assertNotEquals(first, ClassDataSharing.archiveFor(jar, List.of("-Xmx512m"), "gutskin.jar", cache),
                "other JVM options");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-01T00:00:00Z")));
        assertNotEquals(first, ClassDataSharing.archiveFor(jar, List.of("-Xmx256m"), "gutskin.jar", cache),
                "a rebuilt jar");
    }

    /** A stand-in for the child's java: says it started (or not) as the script says, and exits with its code. */
    private Path java(String body) throws IOException {
        Path script = folder.resolve("java-" + body.hashCode() + ".sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        script.toFile().setExecutable(true);
        return script;
    }

    @Test
    void aChildJvmThatWouldNotStartLeavesTheWindowToThisOneAndIsNotTriedAgain() throws IOException {
        Path jar = Files.writeString(folder.resolve("gutskin.jar"), "jar");
        Path cache = folder.resolve("cache");
        Path refusing = java("echo 'Error occurred during initialization of VM' >&2; exit 1");
        assertEquals(OptionalInt.empty(), ClassDataSharing.runInChild(refusing, List.of(), jar.toString(), jar, cache,
                new String[0]), "the window starts in this JVM");
        Path archive = ClassDataSharing.archiveFor(jar, List.of(), jar.toString(), cache);
        assertTrue(Files.exists(archive.resolveSibling(archive.getFileName() + ".refused")));
        Path starting = java("for a in \"$@\"; do case $a in -Dgutskin.cds.started=*) touch \"${a#*=}\";; esac; done;"
                + " exit 3");
        assertEquals(OptionalInt.empty(), ClassDataSharing.runInChild(starting, List.of(), jar.toString(), jar, cache,
                new String[0]), "refused once: not tried again");
        try (var left = Files.list(archive.getParent())) {
            assertEquals(1, left.count(), "only the note that it was refused");
        }
    }

    @Test
    void aChildThatStartedGivesItsExitCodeAndLeavesItsArchive() throws IOException {
        Path jar = Files.writeString(folder.resolve("gutskin.jar"), "jar");
        Path cache = folder.resolve("cache");
        Path java = java("for a in \"$@\"; do case $a in -Dgutskin.cds.started=*) touch \"${a#*=}\";;"
                + " -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\";; esac; done; exit 3");
        Path classData = Files.createDirectories(cache.resolve("class-data"));
        Files.writeString(classData.resolve("window-0123456789abcdef.jsa"), "an earlier build's");
        Path killed = Files.writeString(classData.resolve("window-0123456789abcdef.jsa.42.started"), "");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minusSeconds(3 * 86_400)));
        assertEquals(OptionalInt.of(3), ClassDataSharing.runInChild(java, List.of(), jar.toString(), jar, cache,
                new String[0]));
        Path archive = ClassDataSharing.archiveFor(jar, List.of(), jar.toString(), cache);
        assertEquals("archive\n", Files.readString(archive), "the archive the first start made is kept");
        try (var left = Files.list(archive.getParent())) {
            assertEquals(1, left.count(), "nothing else left beside it: not an earlier build's, nor a killed start's");
        }
    }
}
