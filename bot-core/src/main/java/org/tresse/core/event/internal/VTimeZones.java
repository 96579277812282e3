package org.tresse.core.event.internal;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * The VTIMEZONE of a zone's rules of today, written from the JDK's time-zone data, as RFC 5545's
 * examples write them (a DAYLIGHT and a STANDARD observance with yearly rules): nothing fetched,
 * nothing of the zone's past that today's calendars do not need.
 */
public final class VTimeZones {
    private VTimeZones() {}

    public static VTimeZone of(ZoneId zone) {
        VTimeZone timeZone = new VTimeZone();
        timeZone.add(new TzId(zone.getId()));
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransitionRule> transitions = rules.getTransitionRules();
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getStandardOffset(java.time.Instant.now());
            Standard standard = new Standard();
            standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
            standard.add(new TzOffsetFrom(offset));
            standard.add(new TzOffsetTo(offset));
            timeZone.add(standard);
            return timeZone;
        }
        for (ZoneOffsetTransitionRule rule : transitions) {
            ZoneOffsetTransition first = rule.createTransition(1970);
            boolean summer = first.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            Observance observance = summer ? new Daylight() : new Standard();
            // named as the zone is named under this rule now (in 1970 the rule may not have been in force yet)
            ZoneOffsetTransition recent = rule.createTransition(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
            observance.add(new TzName(abbreviation(zone, recent.getInstant().plusSeconds(86_400))));
            observance.add(new DtStart<>(first.getDateTimeBefore()));
            observance.add(new TzOffsetFrom(first.getOffsetBefore()));
            observance.add(new TzOffsetTo(first.getOffsetAfter()));
            observance.add(new RRule<LocalDateTime>("FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + byDay(rule)));
            timeZone.add(observance);
        }
        return timeZone;
    }

    /** RFC 5545's BYDAY of a transition: {@code BYDAY=-1SU} (the last Sunday), {@code BYDAY=2SU}, or a range of days. */
    private static String byDay(ZoneOffsetTransitionRule rule) {
        DayOfWeek day = rule.getDayOfWeek();
        int indicator = rule.getDayOfMonthIndicator();
        if (day == null) {
            return "BYMONTHDAY=" + indicator;
        }
        String code = day.name().substring(0, 2);
        boolean lastWeek = indicator > 0 && rule.getMonth().minLength() == rule.getMonth().maxLength()
                && indicator + 6 == rule.getMonth().maxLength();
        if (indicator == -1 || lastWeek) {
            return "BYDAY=-1" + code;
        }
        if (indicator > 0 && (indicator - 1) % 7 == 0) {
            return "BYDAY=" + ((indicator - 1) / 7 + 1) + code;
        }
        StringBuilder days = new StringBuilder("BYMONTHDAY=");
        int from = indicator > 0 ? indicator : rule.getMonth().maxLength() + indicator - 5;
        for (int offset = 0; offset < 7; offset++) {
            days.append(offset == 0 ? "" : ",").append(from + offset);
        }
        return days + ";BYDAY=" + code;
    }

    /** CET, CEST… as the JDK names the zone at that moment. */
    private static String abbreviation(ZoneId zone, java.time.Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("zzz", java.util.Locale.ROOT).format(at.atZone(zone));
    }
}
