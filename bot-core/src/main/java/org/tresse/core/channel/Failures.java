package org.tresse.core.channel;

import org.tresse.core.store.StorageException;

/**
 * How a loop that reads a channel speaks of the failure of one message. Every loop catches
 * {@link Throwable} around one message: a {@link StackOverflowError} thrown for a hostile text is
 * that text's problem, not a reason for the channel to stop reading.
 */
public final class Failures {
    private static final int MAX_MESSAGE = 200;

    private Failures() {}

    /** The database could not take the message: it must be asked for again, not skipped. */
    public static boolean isStorage(Throwable failure) {
        return failure instanceof StorageException;
    }

    /** One line: the kind of failure, its message (shortened) and where it happened. */
    public static String summary(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getName());
        String message = failure.getMessage();
        if (message != null && !message.isBlank()) {
            String oneLine = message.strip().replaceAll("\\s+", " ");
            text.append(": ").append(oneLine.length() > MAX_MESSAGE ? oneLine.substring(0, MAX_MESSAGE) + "…" : oneLine);
        }
        StackTraceElement[] frames = failure.getStackTrace();
        StackTraceElement where = frames.length == 0 ? null : frames[0];
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("org.tresse.")) {
                where = frame;
                break;
            }
        }
        if (where != null) {
            text.append(" at ").append(where);
        }
        return text.toString();
    }

    /**
     * What to hand the logger as the failure, for its stack trace: the failure itself, except for
     * a {@link VirtualMachineError} (a stack overflow's thousand frames would flood the log; the
     * {@link #summary} names where it happened) and a lost database (said once, Tresse stops).
     */
    public static Throwable traceOf(Throwable failure) {
        if (failure instanceof StorageException storage && storage.databaseLost()) {
            // said once by the database; Tresse is stopping
            return null;
        }
        return failure instanceof VirtualMachineError ? null : failure;
    }
}
