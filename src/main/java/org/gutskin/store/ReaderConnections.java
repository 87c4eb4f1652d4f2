package org.gutskin.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Read-only connections to the journal, one per thread that reads at the same moment: made when
 * first needed, lent out for one piece of work, and kept for the next. SQLite connections are not
 * shared between threads at once, so each piece of work has one to itself.
 */
final class ReaderConnections implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ReaderConnections.class.getName());
    /** How long closing waits for reads still running, so that no file is swapped under them. */
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    /** Opens a new read-only connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private int lent;
    private boolean closed;

    ReaderConnections(Opener opener) {
        this.opener = opener;
    }

    /**
     * Runs {@code work} as one read transaction, so that all its queries see the journal as one
     * commit left it — never half of a save made meanwhile.
     */
    <T> T read(SqlWork<T> work) throws SQLException {
        Connection connection = borrow();
        try {
            return Database.asOneRead(connection, work);
        } finally {
            giveBack(connection);
        }
    }

    private Connection borrow() throws SQLException {
        synchronized (this) {
            if (closed) {
                throw new StoreException("The journal was closed while it was being read; try again.");
            }
            lent++;
            if (!idle.isEmpty()) {
                return idle.pop();
            }
        }
        try {
            return opener.open();
        } catch (SQLException | RuntimeException e) {
            synchronized (this) {
                lent--;
                notifyAll();
            }
            throw e;
        }
    }

    private void giveBack(Connection connection) {
        boolean keep;
        synchronized (this) {
            lent--;
            keep = !closed;
            if (keep) {
                idle.push(connection);
            }
            notifyAll();
        }
        if (!keep) {
            closeQuietly(connection);
        }
    }

    /** Closes every connection, waiting (a while) for reads still running to finish first. */
    @Override
    public void close() {
        Deque<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
            long deadline = System.currentTimeMillis() + CLOSE_WAIT_MILLIS;
            while (lent > 0 && System.currentTimeMillis() < deadline) {
                try {
                    wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        toClose.forEach(ReaderConnections::closeQuietly);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Closing a read-only connection", e);
        }
    }
}
