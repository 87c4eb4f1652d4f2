package org.gutskin.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading on one thread while writing on another: every row once, in order, and failures from either side. */
@Timeout(20)
class OverlappedTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 255, 256, 257, 10_000})
    void everyRowIsWrittenOnceInOrder(int count) throws IOException {
        List<Integer> written = new ArrayList<>();
        AtomicReference<Thread> readingThread = new AtomicReference<>();
        Overlapped.<Integer>copy(rows -> {
            readingThread.set(Thread.currentThread());
            for (int i = 0; i < count; i++) {
                rows.accept(i);
            }
        }, written::add);
        assertEquals(count, written.size());
        for (int i = 0; i < count; i++) {
            assertEquals(i, written.get(i));
        }
        assertNotEquals(Thread.currentThread(), readingThread.get(), "read on a second thread");
        assertTrue(!readingThread.get().isAlive(), "the reading thread has ended");
    }

    @Test
    void aFailedReadIsThrownToTheWriter() {
        IllegalStateException damaged = new IllegalStateException("The journal file is damaged");
        List<Integer> written = new ArrayList<>();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Overlapped.<Integer>copy(
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
    }

    @Test
    void anErrorWhileReadingDoesNotLeaveTheWriterWaiting() {
        StackOverflowError error = new StackOverflowError("deep");
        assertSame(error, assertThrows(StackOverflowError.class, () -> Overlapped.<Integer>copy(rows -> {
            throw error;
        }, row -> { })));
    }

    @Test
    void aFailedWriteStopsTheReading() {
        AtomicInteger read = new AtomicInteger();
        AtomicReference<Thread> readingThread = new AtomicReference<>();
        IOException full = new IOException("No space left on device");
        IOException thrown = assertThrows(IOException.class, () -> Overlapped.<Integer>copy(rows -> {
            readingThread.set(Thread.currentThread());
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
        assertTrue(!readingThread.get().isAlive(), "the reading thread has ended");
    }
}
