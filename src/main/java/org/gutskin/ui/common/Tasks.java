package org.gutskin.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs the window's database, file and analysis work off the FX thread, on two executors:
 * <ul>
 * <li>the <b>journal thread</b> — one thread, SQLite's single writer: saves, imports, restores,
 * and the reads that must see them in order (the day a view shows right after saving it);</li>
 * <li>the <b>analysis pool</b> — reads on read-only connections and the work done with them
 * (Trends, Insights, History's month, exports), so that a save never waits behind ten years of
 * analysis. Such a task starts once the journal thread has done what was queued before it, so it
 * reads every save the user made before asking; saves queued after it do not wait for it.</li>
 * </ul>
 * Callbacks run on the FX thread. Without an error callback, a failure shows the error dialog.
 */
public final class Tasks implements AutoCloseable {
    private static final int ANALYSIS_THREADS = 2;

    private final ExecutorService journal = Executors.newSingleThreadExecutor(
            threads("gutskin-journal", false));
    private final ExecutorService analysis = Executors.newFixedThreadPool(ANALYSIS_THREADS,
            threads("gutskin-analysis", true));
    private final Consumer<Failure> defaultOnError;
    /** Raised when the journal is closed and opened again; work asked for before then reports to no one. */
    private volatile int generation;

    /** A task that failed, and what it was doing ("saving the day"), for the message. */
    public record Failure(Throwable error, String whileDoing) {
    }

    /** @param defaultOnError what a failure does when the task has no error callback of its own */
    public Tasks(Consumer<Failure> defaultOnError) {
        this.defaultOnError = defaultOnError;
    }

    /**
     * Forgets the work asked for so far: it may run on, but its callbacks no longer run — its
     * views are gone (the journal is being closed to restore a backup, and opened again).
     */
    public void startOver() {
        generation++;
    }

    /** Work on the journal thread: writes, and reads that must follow them in order. */
    public <T> Builder<T> onJournal(Callable<T> work) {
        return new Builder<>(work, journal);
    }

    /** Work on the analysis pool: reads and computation that may run beside a save. */
    public <T> Builder<T> onAnalysis(Callable<T> work) {
        return new Builder<>(work, analysis);
    }

    /** One task being described; {@link #run()} starts it. */
    public final class Builder<T> {
        private final Callable<T> work;
        private final ExecutorService executor;
        private Consumer<T> onSuccess = result -> { };
        private Consumer<Throwable> onError;
        private Runnable andFinally = () -> { };
        private String whileDoing = "working";

        private Builder(Callable<T> work, ExecutorService executor) {
            this.work = work;
            this.executor = executor;
        }

        /** Runs with the result on the FX thread. */
        public Builder<T> onSuccess(Consumer<T> onSuccess) {
            this.onSuccess = onSuccess;
            return this;
        }

        /** Runs on the FX thread when the work fails, instead of the error dialog. */
        public Builder<T> onError(Consumer<Throwable> onError) {
            this.onError = onError;
            return this;
        }

        /** Runs on the FX thread after success or failure. */
        public Builder<T> andFinally(Runnable andFinally) {
            this.andFinally = andFinally;
            return this;
        }

        /** What the work is doing, for the error dialog: "saving the day". */
        public Builder<T> whileDoing(String whileDoing) {
            this.whileDoing = whileDoing;
            return this;
        }

        public Task<T> run() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            int askedIn = generation;
            task.setOnSucceeded(event -> {
                if (askedIn != generation) {
                    return;
                }
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnFailed(event -> {
                if (askedIn != generation) {
                    return;
                }
                try {
                    if (onError != null) {
                        onError.accept(task.getException());
                    } else {
                        defaultOnError.accept(new Failure(task.getException(), whileDoing));
                    }
                } finally {
                    andFinally.run();
                }
            });
            task.setOnCancelled(event -> {
                if (askedIn == generation) {
                    andFinally.run();
                }
            });
            if (journal.isShutdown() || executor.isShutdown()) {
                // The app is closing: a callback asked for more work that no one will see.
                task.cancel();
                return task;
            }
            if (executor == journal) {
                journal.execute(task);
            } else {
                journal.execute(() -> startUnlessClosing(task));
            }
            return task;
        }
    }

    private void startUnlessClosing(Task<?> task) {
        try {
            analysis.execute(task);
        } catch (RejectedExecutionException closing) {
            task.cancel();
        }
    }

    /** Runs {@code work} on the journal thread and waits for it: for shutdown, when the window is gone. */
    public void runOnJournalAndStop(Runnable work, long timeoutSeconds) throws InterruptedException {
        analysis.shutdownNow();
        journal.execute(work);
        journal.shutdown();
        journal.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        analysis.shutdownNow();
        journal.shutdownNow();
    }

    /** Daemon threads, so that work left at exit never keeps the process alive. */
    private static ThreadFactory threads(String name, boolean numbered) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, numbered ? name + "-" + count.incrementAndGet() : name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
