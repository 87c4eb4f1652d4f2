package org.gutskin.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A day being put together from several sources (database tables, CSV files) before it becomes
 * an immutable {@link DayEntry}. Meals and check-ins keep the order they were added in.
 */
public final class DayParts {
    public final List<Meal> meals = new ArrayList<>();
    public final List<StressCheckIn> stress = new ArrayList<>();
    public final Map<String, Double> habits = new TreeMap<>();
    public Sleep sleep;
    public SkinCheck skin;
    public String note;

    public DayEntry toEntry(LocalDate date) {
        return new DayEntry(date, meals, Optional.ofNullable(sleep), stress, Optional.ofNullable(skin), habits,
                Optional.ofNullable(note));
    }
}
