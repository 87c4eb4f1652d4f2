package org.gutskin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves on, e.g. to the next day; it starts where {@link TestClock#FIXED} stands. */
public final class MovableClock extends Clock {
    private volatile Instant now = TestClock.FIXED.instant();

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return TestClock.FIXED.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
