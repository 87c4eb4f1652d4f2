package org.gutskin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading on the caller's thread while writing on another: every row once, in order, and failures from either side. */
@Timeout(20)
class ReadWhilePrintingTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 255, 256, 257, 10_000})
    void everyRowIsWrittenOnceInOrder(int count) throws IOException {
        List<Integer> written = new ArrayList<>();
        AtomicReference<Thread> readingThread = new AtomicReference<>();
        AtomicReference<Thread> writingThread = new AtomicReference<>();
        ReadWhilePrinting.<Integer>copy(rows -> {
            readingThread.set(Thread.currentThread());
            for (int i = 0; i < count; i++) {
                rows.accept(i);
            }
        }, row -> {
            writingThread.set(Thread.currentThread());
            written.add(row);
        });
        assertEquals(count, written.size());
        for (int i = 0; i < count; i++) {
            assertEquals(i, written.get(i));
        }
        assertSame(Thread.currentThread(), readingThread.get(), "the journal is read by the thread that asked");
        if (count > 0) {
            assertNotEquals(Thread.currentThread(), writingThread.get(), "written on a second thread");
            assertFalse(writingThread.get().isAlive(), "the writing thread has ended");
        }
    }

    @Test
    void aFailedReadIsThrownAndStopsTheWriting() {
        IllegalStateException damaged = new IllegalStateException("The journal file is damaged");
        List<Integer> written = new ArrayList<>();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ReadWhilePrinting.<Integer>copy(
                rows -> {
                    for (int i = 0; i < 1000; i++) {
                        rows.accept(i);
                    }
                    throw damaged;
                }, written::add));
        assertSame(damaged, thrown);
        assertTrue(written.size() <= 1000, "no row twice: " + written.size());
        for (int i = 0; i < written.size(); i++) {
            assertEquals(i, written.get(i)); // what was written is in order; the caller discards it
        }
        // The writer may have been stopped before it wrote a row; either way it has ended.
        assertEquals(0, writersAlive(), "the writing thread has ended");
    }

    private static long writersAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("gutskin-export-writer") && thread.isAlive()).count();
    }

    @Test
    void anErrorOnEitherSideIsThrownAsItWas() {
        StackOverflowError reading = new StackOverflowError("deep read");
        assertSame(reading, assertThrows(StackOverflowError.class, () -> ReadWhilePrinting.<Integer>copy(rows -> {
            throw reading;
        }, row -> { })));
        StackOverflowError writing = new StackOverflowError("deep write");
        assertSame(writing, assertThrows(StackOverflowError.class, () -> ReadWhilePrinting.<Integer>copy(rows -> {
            for (int i = 0; i < 100_000; i++) {
                rows.accept(i);
            }
        }, row -> {
            throw writing;
        })));
    }

    @Test
    void aFailedWriteStopsTheReading() {
        AtomicInteger read = new AtomicInteger();
        IOException full = new IOException("No space left on device");
        IOException thrown = assertThrows(IOException.class, () -> ReadWhilePrinting.<Integer>copy(rows -> {
            for (int i = 0; i < 10_000_000; i++) {
                read.incrementAndGet();
                rows.accept(i);
            }
        }, row -> {
            if (row == 10) {
                throw full;
            }
        }));
        assertSame(full, thrown);
        assertTrue(read.get() < 100_000, "stopped early, read " + read.get());
    }

    @Test
    void anInterruptedExportFailsAndKeepsTheInterrupt() {
        try {
            assertThrows(InterruptedIOException.class, () -> ReadWhilePrinting.<Integer>copy(rows -> {
                for (int i = 0; i < 10_000_000; i++) {
                    if (i == 5000) {
                        Thread.currentThread().interrupt();
                    }
                    rows.accept(i);
                }
            }, row -> { }));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
