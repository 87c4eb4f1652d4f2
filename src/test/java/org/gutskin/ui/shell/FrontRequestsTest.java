package org.gutskin.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontRequestsTest {
    @TempDir
    Path folder;

    @Test
    void eachRequestFromAnotherStartIsAnsweredOnceAndCleanedUp() throws Exception {
        Semaphore answered = new Semaphore(0);
        try (FrontRequests requests = FrontRequests.watch(folder, answered::release)) {
            for (int request = 0; request < 3; request++) {
                FrontRequests.ask(folder);
                assertTrue(answered.tryAcquire(10, TimeUnit.SECONDS), "request " + request + " answered");
                assertFalse(answered.tryAcquire(300, TimeUnit.MILLISECONDS), "request " + request + " answered once");
            }
        }
        assertFalse(Files.exists(folder.resolve(FrontRequests.FILE_NAME)));
    }

    @Test
    void aRequestNoWindowAnsweredIsNotMistakenForANewOne() throws Exception {
        FrontRequests.ask(folder); // no window was watching
        Semaphore answered = new Semaphore(0);
        try (FrontRequests requests = FrontRequests.watch(folder, answered::release)) {
            assertFalse(answered.tryAcquire(500, TimeUnit.MILLISECONDS));
            FrontRequests.ask(folder);
            assertTrue(answered.tryAcquire(10, TimeUnit.SECONDS));
        }
        assertEquals(0, answered.availablePermits());
    }

    @Test
    void noRequestIsAnsweredAfterTheWindowCloses() throws Exception {
        Semaphore answered = new Semaphore(0);
        FrontRequests.watch(folder, answered::release).close();
        FrontRequests.ask(folder);
        assertFalse(answered.tryAcquire(500, TimeUnit.MILLISECONDS));
    }
}
