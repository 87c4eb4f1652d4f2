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
 * Reads rows on the calling thread while a second thread writes them. For the one-row-per-food
 * export, reading (a native call into SQLite per row) and printing CSV take about as long as each
 * other, so overlapping them makes the export take as long as the slower of the two, not both.
 * The reading stays on the caller's thread, so the journal is still only ever used by the thread
 * that asked for the export.
 */
final class ReadWhilePrinting {
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

    private ReadWhilePrinting() {
    }

    /**
     * Writes every row {@code reader} produces, in order. A failure on either side stops both and
     * is thrown here as it was thrown there.
     */
    static <T> void copy(RowReader<T> reader, RowWriter<T> writer) throws IOException {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        List<T> end = new ArrayList<>(0);
        Throwable[] writeFailure = {null};
        Thread writing = new Thread(() -> {
            try {
                for (List<T> rows = queue.take(); rows != end; rows = queue.take()) {
                    for (T row : rows) {
                        writer.write(row);
                    }
                }
            } catch (InterruptedException stoppedByReader) {
                // the reading failed; what was written is discarded by the caller
            } catch (IOException | RuntimeException | Error e) {
                writeFailure[0] = e;
            }
        }, "gutskin-export-writer");
        writing.setDaemon(true);
        writing.start();
        boolean handedAll = false;
        try {
            List<List<T>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
            reader.readInto(row -> {
                batch.get(0).add(row);
                if (batch.get(0).size() == BATCH) {
                    hand(queue, batch.get(0), writing);
                    batch.set(0, new ArrayList<>(BATCH));
                }
            });
            hand(queue, batch.get(0), writing);
            hand(queue, end, writing);
            handedAll = true;
        } catch (CancellationException stopped) {
            // the writer failed (its exception is thrown below) or this thread was interrupted
        } finally {
            if (!handedAll) {
                writing.interrupt();
            }
            join(writing);
        }
        if (writeFailure[0] instanceof IOException e) {
            throw e;
        }
        if (writeFailure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (writeFailure[0] instanceof Error e) {
            throw e;
        }
        if (!handedAll) {
            throw new InterruptedIOException("The export was interrupted");
        }
    }

    /** Waits for room in the queue; gives up when the writer has stopped. */
    private static <T> void hand(BlockingQueue<List<T>> queue, List<T> rows, Thread writing) {
        try {
            while (!queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                if (!writing.isAlive()) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    /** Waits for the writer to end (it has been told to stop, or has all it needs), keeping an interrupt for later. */
    private static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
