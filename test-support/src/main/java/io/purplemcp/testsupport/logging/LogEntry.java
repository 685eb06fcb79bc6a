package io.purplemcp.testsupport.logging;

import org.slf4j.event.Level;

/** One formatted log record, as a log file would hold it. */
public record LogEntry(Level level, String logger, String message, String throwable) {

    /** The message and the throwable text: everything that would reach a log file. */
    public String everything() {
        return message + (throwable == null ? "" : " " + throwable);
    }
}
