package org.tresse.bench.storm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the kernel counts for a running process: CPU from /proc/PID/stat, memory from /proc/PID/status. */
record ProcessFigures(double cpuSeconds, long rssKb, long peakRssKb) {
    /** Clock ticks per second of utime/stime; 100 on Linux (USER_HZ). */
    private static final double TICKS = 100.0;

    static ProcessFigures of(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // fields after the command name, which is in parentheses and may hold spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime (14), stime (15)
        long rss = 0;
        long hwm = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kilobytes(line);
            }
        }
        return new ProcessFigures(ticks / TICKS, rss, hwm);
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("\\D", ""));
    }
}
