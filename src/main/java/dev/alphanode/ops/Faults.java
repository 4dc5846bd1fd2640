package dev.alphanode.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faults a running instance does not recover from by itself: a thread that died, an {@code Error}
 * (out of memory, a class that failed to initialise) seen anywhere, a watched
 * thread that is no longer alive. After one of them the JVM may keep answering while part of it
 * is broken, so {@code /healthz} fails until the instance is restarted. Installing it as the
 * default uncaught-exception handler catches threads nobody else watches; closing it restores the
 * handler it replaced.
 */
public final class Faults implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Faults.class);
    /** Enough to say what went wrong; a fault storm must not grow the heap that may be short already. */
    private static final int KEPT = 5;

    private final List<String> recorded = new CopyOnWriteArrayList<>();
    private final Map<String, BooleanSupplier> watched = new ConcurrentHashMap<>();
    private Thread.UncaughtExceptionHandler replaced;
    private Thread.UncaughtExceptionHandler installed;

    /** Records that something broke for good: {@code where} names the part, the throwable what happened. */
    public void record(String where, Throwable fault) {
        log.error("fatal fault in {}; /healthz fails until this instance is restarted", where, fault);
        if (recorded.size() < KEPT) {
            recorded.add(where + ": " + fault);
        }
    }

    /** Records the {@code Error} behind {@code thrown}, if any; true when there was one. */
    public boolean recordIfError(String where, Throwable thrown) {
        Optional<Error> error = error(thrown);
        error.ifPresent(e -> record(where, e));
        return error.isPresent();
    }

    /**
     * The {@code Error} that {@code thrown} is or wraps (executors and futures wrap them in exceptions).
     * A {@code StackOverflowError} is not one: it unwinds with the call that overflowed (one page's
     * render), leaving the JVM whole, so it is that request's 500, not the instance's fault; content
     * nested deep enough to cause one is refused by the content limits.
     */
    public static Optional<Error> error(Throwable thrown) {
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            if (cause instanceof Error error && !(error instanceof StackOverflowError)) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }

    /** A part that must stay alive (a background thread): while {@code alive} is false the instance is failing. */
    public void watch(String part, BooleanSupplier alive) {
        watched.put(part, alive);
    }

    /** Why the instance is failing; empty while it is not. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>(recorded);
        watched.forEach((part, alive) -> {
            if (!alive.getAsBoolean()) {
                reasons.add(part + " is not running");
            }
        });
        return reasons;
    }

    /** Makes every thread that dies of an uncaught throwable a fault of this instance. */
    public Faults installAsDefaultHandler() {
        replaced = Thread.getDefaultUncaughtExceptionHandler();
        installed = (thread, fault) -> record("thread " + thread.getName() + " died", fault);
        Thread.setDefaultUncaughtExceptionHandler(installed);
        return this;
    }

    @Override
    public void close() {
        // Another instance in this JVM (tests, a restart) may have installed its own since; leave that one.
        if (installed != null && Thread.getDefaultUncaughtExceptionHandler() == installed) {
            Thread.setDefaultUncaughtExceptionHandler(replaced);
        }
    }
}
