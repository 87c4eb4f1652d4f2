package org.gutskin.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs database, file and analysis work off the FX thread. Journal work goes to one named
 * daemon thread, the only one that ever touches the SQLite connection; results come back on the
 * FX thread through the callbacks.
 */
public final class Background implements AutoCloseable {
    private final ExecutorService journalThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gutskin-journal");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code work} on the journal thread; {@code onSuccess}/{@code onError} run on the FX thread. */
    public <T> Task<T> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onError.accept(task.getException()));
        if (journalThread.isShutdown()) {
            // The app is closing: a callback asked for more work that no one will see.
            task.cancel();
            return task;
        }
        journalThread.execute(task);
        return task;
    }

    /** Runs {@code work} on the journal thread and waits for it: for shutdown, where the window is gone. */
    public void runAndWait(Runnable work, long timeoutSeconds) throws InterruptedException {
        journalThread.execute(work);
        journalThread.shutdown();
        journalThread.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        journalThread.shutdownNow();
    }
}
