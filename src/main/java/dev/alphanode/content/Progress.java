package dev.alphanode.content;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress of a long pass over files ({@code check}, a large import): on a terminal a bar redrawn in
 * place, otherwise a line every few seconds; both say files done, rate and time left. Thread-safe:
 * parallel parsers may {@link #advance} it.
 */
public final class Progress {
    /** How often a line is written when the output is not a terminal. */
    public static final Duration LINE_INTERVAL = Duration.ofSeconds(5);
    private static final long BAR_INTERVAL_NANOS = Duration.ofMillis(200).toNanos();
    private static final int BAR_WIDTH = 24;

    private final String what;
    private final int total;
    private final LongSupplier nanos;
    private final long intervalNanos;
    private final Consumer<String> lines;
    private final PrintStream bar;
    private final long start;
    private final AtomicInteger done = new AtomicInteger();
    private long lastShown;
    private boolean barDrawn;

    private Progress(String what, int total, LongSupplier nanos, Duration interval, Consumer<String> lines,
                     PrintStream bar) {
        this.what = what;
        this.total = total;
        this.nanos = nanos;
        this.intervalNanos = interval.toNanos();
        this.lines = lines;
        this.bar = bar;
        this.start = nanos.getAsLong();
        this.lastShown = start;
    }

    /** A bar on {@code terminal} when the JVM has a console, else a line to {@code log} every {@link #LINE_INTERVAL}. */
    public static Progress of(String what, int total, PrintStream terminal, Consumer<String> log) {
        return System.console() != null ? bar(what, total, terminal, System::nanoTime)
                : lines(what, total, log, LINE_INTERVAL, System::nanoTime);
    }

    /** Nothing shown: for callers that pass no progress. */
    public static Progress none() {
        return lines("", 0, line -> { }, Duration.ofDays(365), System::nanoTime);
    }

    static Progress lines(String what, int total, Consumer<String> log, Duration interval, LongSupplier nanos) {
        return new Progress(what, total, nanos, interval, log, null);
    }

    static Progress bar(String what, int total, PrintStream terminal, LongSupplier nanos) {
        return new Progress(what, total, nanos, Duration.ofNanos(BAR_INTERVAL_NANOS), null, terminal);
    }

    public void advance(int files) {
        int now = done.addAndGet(files);
        long at = nanos.getAsLong();
        synchronized (this) {
            if (at - lastShown >= intervalNanos && now < total) {
                lastShown = at;
                show(now, at);
            }
        }
    }

    /** Ends the display: the bar's line is finished; lines need no last word (the caller reports the result). */
    public synchronized void done() {
        if (bar != null && barDrawn) {
            show(done.get(), nanos.getAsLong());
            bar.println();
            bar.flush();
        }
    }

    private void show(int now, long at) {
        String status = status(now, at);
        if (bar == null) {
            lines.accept(what + ": " + status);
            return;
        }
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) now * BAR_WIDTH / total);
        bar.print("\r" + what + " [" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + status + "  ");
        bar.flush();
        barDrawn = true;
    }

    /** {@code 250/500 files, 120 files/s, 2 s left}. */
    String status(int now, long at) {
        double seconds = Math.max(1e-9, (at - start) / 1e9);
        double rate = now / seconds;
        String left = rate <= 0 ? "time left unknown" : duration((long) Math.ceil((total - now) / rate)) + " left";
        return now + "/" + total + " files, " + rate(rate) + " files/s, " + left;
    }

    private static String rate(double rate) {
        return rate >= 10 ? String.valueOf(Math.round(rate)) : String.format(Locale.ROOT, "%.1f", rate);
    }

    private static String duration(long seconds) {
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
