package org.gutskin.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc copies its native library out of its jar into the temporary folder on every start
 * (about 0.1–0.15 s before the journal can open, and a 1 MB file left behind whenever the app is
 * killed). This keeps one copy per driver version in the user's cache folder and points the
 * driver at it. Where that cannot be done, the driver does as it always did.
 */
final class NativeSqlite {
    private static final Logger LOG = Logger.getLogger(NativeSqlite.class.getName());
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static boolean prepared;

    private NativeSqlite() {
    }

    /** Before the first connection: lets the driver load its library from the cache (unless told otherwise). */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // chosen by whoever started the app
        }
        Path cache = DataDirectory.platformCache(System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
        cachedCopy(cache).ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        });
    }

    /**
     * The driver's library for this platform under {@code cacheRoot}, copied there if it is missing
     * or not the size of the one in the jar; empty when the jar has none or the copy cannot be made.
     */
    static Optional<Path> cachedCopy(Path cacheRoot) {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        URL packaged = SQLiteJDBCLoader.class.getResource(resource);
        if (packaged == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = packaged.openConnection();
            long size = connection.getContentLengthLong();
            Path folder = cacheRoot.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
            Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
            if (size > 0 && Files.isRegularFile(library) && Files.size(library) == size) {
                return Optional.of(library);
            }
            Files.createDirectories(folder);
            // Copied beside it and moved into place, so a library is only ever there whole.
            Path partial = Files.createTempFile(folder, library.getFileName().toString(), ".partial");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "The SQLite library is loaded the driver's own way: cannot keep a copy in " + cacheRoot, e);
            return Optional.empty();
        }
    }
}
