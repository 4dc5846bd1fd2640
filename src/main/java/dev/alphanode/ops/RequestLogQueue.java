package dev.alphanode.ops;

import ch.qos.logback.classic.AsyncAppender;

/**
 * Logback's {@link AsyncAppender} that tells its {@link BatchedConsoleAppender} when the queue is
 * empty, so lines are written in batches under load and at once when traffic is light.
 */
public final class RequestLogQueue extends AsyncAppender {
    @Override
    public void start() {
        iteratorForAppenders().forEachRemaining(appender -> {
            if (appender instanceof BatchedConsoleAppender batched) {
                batched.flushWhen(() -> getNumberOfElementsInQueue() == 0);
            }
        });
        super.start();
    }
}
