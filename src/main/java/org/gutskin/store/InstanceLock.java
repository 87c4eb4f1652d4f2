package org.gutskin.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second app instance (or a command) from opening a journal that is already open, so
 * that a person sees "open elsewhere" rather than SQLite's "database is locked". The lock lives
 * in its own file: SQLite's own locks on the database file must never be disturbed.
 */
final class InstanceLock implements AutoCloseable {
    static final String FILE_NAME = "journal.lock";

    private final FileChannel channel;

    private InstanceLock(FileChannel channel) {
        this.channel = channel;
    }

    static InstanceLock acquire(DataDirectory directory) {
        Path file = directory.path().resolve(FILE_NAME);
        FileChannel channel;
        try {
            DataDirectory.createOwnerOnlyFile(file);
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("Cannot open " + file + " (" + DataDirectory.describe(e)
                    + "). Check the permissions of the journal folder.", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new JournalInUseException("The journal in " + directory.path()
                    + " is already open in another Gutskin Journal window or command. Close that one and try again.");
        }
        return new InstanceLock(channel);
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing to recover: the operating system drops the lock when the process ends.
        }
    }
}
