package org.tresse.web.view;

/** An announcement as the archive shows it: its day and its text as safe HTML. */
public record AnnouncementItem(long id, String date, String isoDate, String html) {}
