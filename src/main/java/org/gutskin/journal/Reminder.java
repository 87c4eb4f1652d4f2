package org.gutskin.journal;

import java.time.LocalTime;

/** A daily nudge: at {@code time}, log {@code topic}. */
public record Reminder(LocalTime time, ReminderTopic topic) implements Comparable<Reminder> {
    public Reminder {
        Checks.required("reminder.time", "A reminder's time", time);
        Checks.required("reminder.topic", "A reminder's topic", topic);
        time = time.withSecond(0).withNano(0);
    }

    @Override
    public int compareTo(Reminder other) {
        int byTime = time.compareTo(other.time);
        return byTime != 0 ? byTime : topic.compareTo(other.topic);
    }
}
