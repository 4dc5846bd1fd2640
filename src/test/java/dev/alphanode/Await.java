package dev.alphanode;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one way tests wait: poll something a reader or operator could observe until it holds, or
 * fail naming what never happened. No test waits on the clock alone.
 */
public final class Await {
    private static final Duration POLL = Duration.ofMillis(20);

    private Await() {
    }

    /** A check that may throw (an HTTP call, a file read). */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /** Waits until {@code condition} holds; fails with "within LIMIT, WHAT never happened". */
    public static void until(Duration limit, String what, Condition condition) throws Exception {
        until(limit, what, condition::holds, Boolean::booleanValue, held -> "");
    }

    /**
     * Polls {@code probe} until {@code done} accepts its value and returns that value; on time-out
     * the failure names {@code what} and shows the last value as {@code describe} puts it. The limit
     * counts from the first answer: a cold JVM's first request should not use it up.
     */
    public static <T> T until(Duration limit, String what, Callable<T> probe, Predicate<? super T> done,
                              Function<? super T, String> describe) throws Exception {
        T last = probe.call();
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.test(last)) {
            if (System.nanoTime() - deadline > 0) {
                String seen = Optional.ofNullable(describe.apply(last)).orElse("");
                throw new AssertionError("within " + limit.toMillis() + " ms, " + what + " never happened"
                        + (seen.isEmpty() ? "" : "; last seen: " + seen));
            }
            Thread.sleep(POLL.toMillis());
            last = probe.call();
        }
        return last;
    }
}
