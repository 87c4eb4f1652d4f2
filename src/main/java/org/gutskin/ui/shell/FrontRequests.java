package org.gutskin.ui.shell;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gutskin.store.DataDirectory;

/**
 * Lets a second start of the app ask the window that has the journal open to come to the front.
 * The request is a file in the data folder that the first window watches: files rather than a
 * socket, because the app opens no network connection of any kind.
 */
public final class FrontRequests implements AutoCloseable {
    static final String FILE_NAME = "bring-to-front.request";
    private static final Logger LOG = Logger.getLogger(FrontRequests.class.getName());

    private final WatchService watcher;

    private FrontRequests(WatchService watcher) {
        this.watcher = watcher;
    }

    /**
     * Watches {@code folder} and calls {@code onRequest} (on the watching thread) each time another
     * start asks; returns null, after logging why, when the folder cannot be watched — the window
     * then simply stays where it is.
     */
    public static FrontRequests watch(Path folder, Runnable onRequest) {
        Path request = folder.resolve(FILE_NAME);
        WatchService watcher;
        try {
            Files.deleteIfExists(request); // left by a request that no window answered
            watcher = folder.getFileSystem().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "Cannot watch the journal folder for a second start", e);
            return null;
        }
        Thread thread = new Thread(() -> answer(watcher, request, onRequest), "gutskin-front-requests");
        thread.setDaemon(true);
        thread.start();
        return new FrontRequests(watcher);
    }

    private static void answer(WatchService watcher, Path request, Runnable onRequest) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean asked = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    asked |= request.getFileName().equals(event.context());
                }
                key.reset();
                if (asked && Files.deleteIfExists(request)) {
                    onRequest.run();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException closed) {
            // the window is closing
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Stopped watching for a second start", e);
        }
    }

    /** Asks the window that has the journal in {@code folder} open to come to the front. */
    public static void ask(Path folder) {
        Path request = folder.resolve(FILE_NAME);
        try {
            if (Files.exists(request)) {
                Files.setLastModifiedTime(request, FileTime.from(Instant.now())); // ask again
            } else {
                DataDirectory.createOwnerOnlyFile(request);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot ask the open window to come to the front", e);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the folder watch", e);
        }
    }
}
