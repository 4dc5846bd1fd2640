package dev.alphanode.ops;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Standard output, written a buffer at a time rather than a line at a time: the request log's
 * writer behind {@link RequestLogQueue}, which asks it to flush whenever its queue has run dry. A
 * buffer holds whole lines and at most {@value #BUFFER} bytes, so one write never splits a line
 * (a pipe takes writes of up to 4 KiB whole) and lines from other appenders never land inside one.
 */
public final class BatchedConsoleAppender extends ConsoleAppender<ILoggingEvent> {
    private static final int BUFFER = 4096;

    private volatile BooleanSupplier drained = () -> true;

    /** Flushes after a line only when {@code drained} says no line is waiting behind it. */
    void flushWhen(BooleanSupplier drained) {
        this.drained = drained;
    }

    @Override
    public void start() {
        setImmediateFlush(false);
        super.start();
        setOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), BUFFER));
    }

    @Override
    protected void subAppend(ILoggingEvent event) {
        super.subAppend(event);
        if (drained.getAsBoolean()) {
            flush();
        }
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
