package org.gutskin.exchange;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Reads rows on a second thread while the caller writes them. For the one-row-per-food export,
 * reading (a native call into SQLite per row) and printing CSV take about as long as each other,
 * so overlapping them makes the export take as long as the slower of the two, not both.
 */
final class Overlapped {
    private static final int BATCH = 256;
    private static final int BATCHES_AHEAD = 16;

    /** Produces rows by handing each one to the consumer it is given. */
    @FunctionalInterface
    interface RowReader<T> {
        void readInto(Consumer<T> rows);
    }

    /** Writes one row. */
    @FunctionalInterface
    interface RowWriter<T> {
        void write(T row) throws IOException;
    }

    private Overlapped() {
    }

    /**
     * Writes every row {@code reader} produces, in order. A failure on either side stops both and
     * is thrown here as it was thrown there.
     */
    static <T> void copy(RowReader<T> reader, RowWriter<T> writer) throws IOException {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        List<T> end = new ArrayList<>(0);
        Throwable[] readFailure = {null};
        Thread reading = new Thread(() -> {
            List<List<T>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
            try {
                reader.readInto(row -> {
                    batch.get(0).add(row);
                    if (batch.get(0).size() == BATCH) {
                        hand(queue, batch.get(0));
                        batch.set(0, new ArrayList<>(BATCH));
                    }
                });
                hand(queue, batch.get(0));
            } catch (CancellationException stoppedByWriter) {
                return;
            } catch (RuntimeException | Error e) {
                readFailure[0] = e;
            }
            try {
                hand(queue, end);
            } catch (CancellationException stoppedByWriter) {
                // the writer has gone; nobody waits for the end
            }
        }, "gutskin-export-reader");
        reading.setDaemon(true);
        reading.start();
        boolean finished = false;
        try {
            for (List<T> rows = queue.take(); rows != end; rows = queue.take()) {
                for (T row : rows) {
                    writer.write(row);
                }
            }
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("The export was interrupted");
        } finally {
            if (!finished) {
                reading.interrupt();
            }
            joinQuietly(reading);
        }
        if (readFailure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (readFailure[0] instanceof Error e) {
            throw e;
        }
    }

    /** Waits for room in the queue; gives up when the writer has stopped (it interrupts this thread). */
    private static <T> void hand(BlockingQueue<List<T>> queue, List<T> rows) {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            throw new CancellationException();
        }
    }

    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
