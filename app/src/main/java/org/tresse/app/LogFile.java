package org.tresse.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Tresse's log in its data directory, {@code tresse.log} (rolled at 5 MB, three old ones kept):
 * lifecycle, traffic at debug, every detail and stack trace. The terminal stays the console's
 * conversation: it only gets warnings and errors, one short line each that says where the details
 * are ({@code logback.xml}).
 */
final class LogFile {
    static final String NAME = "tresse.log";
    private static final String FILE_APPENDER = "FILE";

    private LogFile() {}

    /** Sends the log to {@code dataDirectory}/tresse.log from now on; does nothing under another logging backend. */
    static synchronized void start(Path dataDirectory) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(FILE_APPENDER) != null) {
            return;
        }
        String file = dataDirectory.resolve(NAME).toAbsolutePath().normalize().toString();
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(FILE_APPENDER);
        appender.setFile(file);
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file + ".%i");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder(context, "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n"));
        appender.start();
        root.addAppender(appender);
        Appender<ILoggingEvent> terminal = root.getAppender("STDERR");
        if (terminal instanceof ConsoleAppender<ILoggingEvent> console) {
            // parentheses are logback's grouping: written \\( \\) to be printed (unescaped, the line lost its end and its newline)
            String level = "%replace(%replace(%level){'WARN','" + CliTexts.french("journal.attention") + "'}){'ERROR','"
                    + CliTexts.french("journal.erreur") + "'}";
            console.setEncoder(encoder(context, "[tresse] " + level + " : %.-300msg \\(" + CliTexts.french("journal.details") + " : "
                    + file.replace("%", "\\%").replace("(", "\\(").replace(")", "\\)") + "\\)%n%nopex"));
        }
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
