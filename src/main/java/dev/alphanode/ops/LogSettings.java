package dev.alphanode.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.core.ConsoleAppender;
import dev.alphanode.config.Config;
import org.slf4j.LoggerFactory;

/** Applies ANP_LOG_FORMAT and ANP_REQUEST_LOG (read by {@link Config}) to the logback set-up of logback.xml. */
public final class LogSettings {
    /** The logger of the one-line-per-request log. */
    public static final String REQUEST_LOGGER = "alphanode.request";

    private LogSettings() {
    }

    public static void apply(Config.Logs logs) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.getLogger(REQUEST_LOGGER).setLevel(Level.toLevel(logs.requestLevel(), Level.INFO));
        if (!logs.json()) {
            return;
        }
        if (context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("text") instanceof ConsoleAppender<?> console) {
            json((ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) console, context);
        }
        if (context.getLogger(REQUEST_LOGGER).getAppender("requests") instanceof BatchedConsoleAppender requests) {
            json(requests, context);
        }
    }

    /**
     * Writes every queued log line and stops logging: the last thing a stopping server does, so
     * the request lines of its final requests are not lost with the JVM.
     */
    public static void flush() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.stop();
        }
    }

    /** One JSON object per line, with the formatted message only (no MDC, arguments or context). */
    private static void json(ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console, LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithMDC(false);
        encoder.setWithArguments(false);
        encoder.setWithMessage(false);
        encoder.setWithFormattedMessage(true);
        encoder.setWithContext(false);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.start();
        console.stop();
        console.setEncoder(encoder);
        console.start();
    }
}
