package org.gutskin.store;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which dated copies of the journal to keep: the one just made; on each of the 7 newest days
 * with copies, the newest other one; before them, the newest of each of 4 weeks. The same rule
 * for the backups beside the journal and the encrypted second copies.
 */
final class Rotation {
    static final int DAILY_KEPT = 7;
    static final int WEEKLY_KEPT = 4;

    private Rotation() {
    }

    /** The copies to delete, from {@code newestFirst}, when {@code justMade} has just been made. */
    static <T> List<T> toRemove(List<T> newestFirst, Function<T, LocalDate> dayOf, T justMade) {
        Set<LocalDate> days = new HashSet<>(Set.of(dayOf.apply(justMade)));
        Set<LocalDate> daysWithOneKept = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        List<T> remove = new ArrayList<>();
        for (T copy : newestFirst) {
            if (copy.equals(justMade)) {
                continue;
            }
            LocalDate day = dayOf.apply(copy);
            if (days.contains(day) || days.size() < DAILY_KEPT) {
                days.add(day);
                if (!daysWithOneKept.add(day)) {
                    remove.add(copy);
                }
                continue;
            }
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() >= WEEKLY_KEPT && !weeks.contains(week) || !weeks.add(week)) {
                remove.add(copy);
            }
        }
        return remove;
    }
}
