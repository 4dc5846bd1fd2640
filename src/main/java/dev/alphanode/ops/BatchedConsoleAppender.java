package dev.alphanode.ops;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The request log: standard output, written by one thread a buffer at a time. A request hands its
 * line to a queue of {@value #QUEUE} lines and goes on; it only waits when the queue is full (the
 * reader of standard output stalls), so no line is ever dropped. The writer wakes for the first line
 * after a quiet spell, lingers {@value #LINGER_MILLIS} ms so that the lines arriving meanwhile come
 * with it, and writes them all: under load that is one wake-up per linger instead of one per request
 * (logback's {@code AsyncAppender} woke its thread for nearly every line, ~5 µs of CPU a request),
 * and on a quiet site a line is on standard output 2 ms after its request. A buffer holds whole lines
 * and at most {@value #BUFFER} bytes, so one write never splits a line (a pipe takes writes of up to
 * 4 KiB whole) and lines from other appenders never land inside one. Stopping writes every queued line.
 */
public final class BatchedConsoleAppender extends ConsoleAppender<ILoggingEvent> {
    private static final int BUFFER = 4096;
    private static final int QUEUE = 8192;
    private static final long LINGER_MILLIS = 2;

    private final ArrayBlockingQueue<ILoggingEvent> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean stopping;
    private Thread writer;

    @Override
    public void start() {
        setImmediateFlush(false);
        stopping = false;
        super.start();
        setOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BUFFER));
        writer = new Thread(this::writeLoop, "alphanode-request-log");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (stopping) {
            super.append(event);
            return;
        }
        event.prepareForDeferredProcessing();
        try {
            queue.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            super.append(event);
        }
    }

    private void writeLoop() {
        List<ILoggingEvent> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS));
            writeQueued(batch);
        }
    }

    /** Writes the lines in {@code batch} and every line queued behind them, then flushes. */
    private void writeQueued(List<ILoggingEvent> batch) {
        queue.drainTo(batch);
        for (ILoggingEvent event : batch) {
            super.append(event);
        }
        batch.clear();
        flush();
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        stopping = true;
        writer.interrupt();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // What the writer had not taken yet (a writer still stuck in a write keeps what it took).
        writeQueued(new ArrayList<>());
        if (!writer.isAlive()) {
            super.stop();
        }
        // else the writer is still in a write to a reader that stalled: the appender stays started so the batch it
        // holds is written (a stopped appender drops lines), and the writer ends at its next take.
    }

    /** On stop: the buffered lines are written, and standard output stays open for whoever still prints. */
    @Override
    protected void closeOutputStream() {
        flush();
    }

    private void flush() {
        streamWriteLock.lock();
        try {
            if (getOutputStream() != null) {
                getOutputStream().flush();
            }
        } catch (IOException e) {
            addError("could not write the request log to standard output", e);
        } finally {
            streamWriteLock.unlock();
        }
    }
}
