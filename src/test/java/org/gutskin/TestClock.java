package org.gutskin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The day the tests run on, whatever the real date: a Monday in June, mid-morning. */
public final class TestClock {
    public static final Clock FIXED = Clock.fixed(Instant.parse("2026-06-15T09:30:00Z"), ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.now(FIXED);

    private TestClock() {
    }
}
