package org.gutskin.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The task runner: callbacks on the FX thread, the default error handler, two executors, starting over. */
class TasksTest {
    private final List<Tasks.Failure> failures = new CopyOnWriteArrayList<>();
    private final Tasks tasks = new Tasks(failures::add);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void workRunsOffTheFxThreadAndItsResultComesBackOnIt() throws Exception {
        CompletableFuture<String> result = new CompletableFuture<>();
        tasks.onJournal(() -> Thread.currentThread().getName()).onSuccess(name -> {
            assertTrue(Platform.isFxApplicationThread());
            result.complete(name);
        }).run();
        assertEquals("gutskin-journal", result.get(10, TimeUnit.SECONDS));
        CompletableFuture<String> analysed = new CompletableFuture<>();
        tasks.onAnalysis(() -> Thread.currentThread().getName()).onSuccess(analysed::complete).run();
        assertTrue(analysed.get(10, TimeUnit.SECONDS).startsWith("gutskin-analysis-"));
    }

    @Test
    void aFailureWithoutItsOwnHandlerGoesToTheDefaultOneSayingWhatWasBeingDone() throws Exception {
        CompletableFuture<Boolean> finished = new CompletableFuture<>();
        tasks.onJournal(() -> {
            throw new IllegalStateException("disk gone");
        }).whileDoing("saving the day").andFinally(() -> finished.complete(true)).run();
        assertTrue(finished.get(10, TimeUnit.SECONDS));
        assertEquals(1, failures.size());
        assertEquals("saving the day", failures.get(0).whileDoing());
        assertEquals("disk gone", failures.get(0).error().getMessage());
    }

    @Test
    void aSaveIsNotQueuedBehindAnalysis() throws Exception {
        CountDownLatch analysing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        tasks.onAnalysis(() -> {
            analysing.countDown();
            return release.await(30, TimeUnit.SECONDS);
        }).run();
        assertTrue(analysing.await(10, TimeUnit.SECONDS));
        CompletableFuture<Boolean> saved = new CompletableFuture<>();
        tasks.onJournal(() -> true).onSuccess(saved::complete).run();
        assertTrue(saved.get(10, TimeUnit.SECONDS), "saved while the analysis still runs");
        release.countDown();
    }

    @Test
    void workAskedForBeforeStartingOverReportsToNoOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        boolean[] oldCallback = {false};
        tasks.onJournal(() -> release.await(30, TimeUnit.SECONDS)).onSuccess(done -> oldCallback[0] = true)
                .andFinally(() -> oldCallback[0] = true).run();
        tasks.startOver();
        release.countDown();
        CompletableFuture<Boolean> after = new CompletableFuture<>();
        // queued behind the old task on the one journal thread: its callback comes after the old one's would
        tasks.onJournal(() -> true).onSuccess(after::complete).run();
        assertTrue(after.get(10, TimeUnit.SECONDS));
        assertFalse(oldCallback[0], "the old task's callbacks did not run");
        assertEquals(List.of(), failures);
    }

    @Test
    void analysisStartsAfterTheWritesQueuedBeforeIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        long[] order = new long[2];
        tasks.onJournal(() -> {
            release.await(30, TimeUnit.SECONDS);
            order[0] = System.nanoTime();
            return null;
        }).run();
        CompletableFuture<Long> read = new CompletableFuture<>();
        tasks.onAnalysis(System::nanoTime).onSuccess(read::complete).run();
        release.countDown();
        order[1] = read.get(10, TimeUnit.SECONDS);
        assertNotEquals(0, order[0]);
        assertTrue(order[1] > order[0], "the read began after the write before it ended");
    }
}
