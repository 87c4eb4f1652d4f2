package org.gutskin.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gutskin.ChildJvm;
import org.gutskin.Launcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** The driver's native library, kept once in the cache folder instead of copied to the temporary folder each start. */
class NativeSqliteTest {
    @TempDir
    Path folder;

    @Test
    void theCachedCopyIsTheDriversOwnLibrary() throws IOException {
        Path library = NativeSqlite.cachedCopy(folder.resolve("cache")).orElseThrow();
        assertTrue(library.startsWith(folder.resolve("cache")));
        assertArrayEquals(packagedLibrary(), Files.readAllBytes(library));
        try (Stream<Path> files = Files.list(library.getParent())) {
            assertEquals(List.of(library), files.toList(), "no partial copy left beside it");
        }
    }

    @Test
    void aWholeCopyIsUsedAsItIs() throws IOException {
        Path library = NativeSqlite.cachedCopy(folder).orElseThrow();
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(library, old);
        assertEquals(Optional.of(library), NativeSqlite.cachedCopy(folder));
        assertEquals(old, Files.getLastModifiedTime(library), "not copied again");
    }

    @Test
    void aCutShortCopyIsReplacedWhole() throws IOException {
        Path library = NativeSqlite.cachedCopy(folder).orElseThrow();
        byte[] whole = Files.readAllBytes(library);
        Files.write(library, Arrays.copyOf(whole, whole.length / 3));
        assertEquals(Optional.of(library), NativeSqlite.cachedCopy(folder));
        assertArrayEquals(whole, Files.readAllBytes(library));
    }

    @Test
    void aCacheFolderThatCannotBeMadeLeavesTheDriverToItsOwnWay() throws IOException {
        Path aFile = Files.writeString(folder.resolve("in-the-way"), "x");
        assertEquals(Optional.empty(), NativeSqlite.cachedCopy(aFile.resolve("cache")));
    }

    @Test
    void theCachePathFollowsEachPlatformsConvention() {
        Path home = Path.of("/home/someone");
        assertEquals(Path.of("/home/someone/.cache/gutskin"), DataDirectory.platformCache(Map.of(), "Linux", home));
        assertEquals(Path.of("/xdg-cache/gutskin"),
                DataDirectory.platformCache(Map.of("XDG_CACHE_HOME", "/xdg-cache"), "Linux", home));
        assertEquals(Path.of("/home/someone/Library/Caches/Gutskin"),
                DataDirectory.platformCache(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("/local/Gutskin/Cache"),
                DataDirectory.platformCache(Map.of("LOCALAPPDATA", "/local"), "Windows 11", home));
    }

    @Test
    void theAppOpensItsJournalWithoutCopyingTheLibraryToTheTemporaryFolder() throws Exception {
        Path cache = folder.resolve("cache");
        Path temporary = Files.createDirectories(folder.resolve("tmp"));
        List<String> command = ChildJvm.command(Launcher.class, "generate", "--days", "3", "--seed", "1",
                "--data-dir", folder.resolve("journal").toString());
        command.add(1, "-Djava.io.tmpdir=" + temporary);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), output);
        assertTrue(Files.exists(folder.resolve("journal").resolve(DataDirectory.DATABASE_FILE)));

        assertTrue(Files.isRegularFile(cache.resolve("gutskin/sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                .resolve(LibraryLoaderUtil.getNativeLibName())), "kept in the cache folder");
        try (Stream<Path> leftovers = Files.list(temporary)) {
            List<Path> copies = leftovers.filter(path -> path.getFileName().toString().contains("sqlitejdbc")).toList();
            assertEquals(List.of(), copies, "nothing copied to the temporary folder");
        }
    }

    private static byte[] packagedLibrary() throws IOException {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
