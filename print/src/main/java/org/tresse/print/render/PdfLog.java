package org.tresse.print.render;

import java.util.logging.Level;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf writes to java.util.logging by default, on stderr, at every font load: this sends
 * it to SLF4J instead, its errors as warnings and the rest at debug.
 */
final class PdfLog implements XRLogger {
    private static final Logger log = LoggerFactory.getLogger("org.tresse.print.pdf");

    private PdfLog() {}

    /** Installs the bridge once; openhtmltopdf keeps its logger in a static field. */
    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof PdfLog)) {
            XRLog.setLoggerImpl(new PdfLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            log.warn("{}: {}", where, message, failure);
        } else {
            log.debug("{}: {}", where, message, failure);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are SLF4J's
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.SEVERE.intValue() ? log.isWarnEnabled() : log.isDebugEnabled();
    }
}
