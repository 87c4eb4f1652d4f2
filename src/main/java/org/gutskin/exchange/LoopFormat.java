package org.gutskin.exchange;

import java.time.LocalDate;
import java.util.List;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;

/**
 * Loop Habit Tracker's checkmarks: a row per day, a column per habit. 2 (and 1, done by schedule)
 * is yes, 0 no, -1 or empty not logged; larger numbers are amounts ×1000.
 */
final class LoopFormat implements ImportFormat {
    private static final int ORDER = 12;

    @Override
    public FileKind recognise(String fileName, List<String> header, boolean byName) {
        // by its header or its usual name, once every other format has had its say
        boolean recognised = !byName && (header.size() >= 2 && header.get(0).equals("Date")
                || fileName.equals("checkmarks.csv"));
        return recognised ? new FileKind(this, "loop", ORDER, List.of("Date"), "Loop Habit Tracker checkmarks")
                : null;
    }

    @Override
    public void read(CsvFile file, FileKind kind, ImportDraft draft) {
        draft.eachRow(file, row -> day(row, draft));
    }

    private static void day(CsvRow row, ImportDraft draft) {
        LocalDate date = row.date("Date");
        for (String column : row.file().header()) {
            if (column.equalsIgnoreCase("Date") || column.isBlank() || !row.has(column)) {
                continue;
            }
            double value = row.number(column);
            if (value < 0) {
                continue;
            }
            boolean amount = value > 2;
            Habit habit = draft.habitFor(column, amount ? HabitKind.NUMBER : HabitKind.YES_NO);
            double stored = habit.kind() == HabitKind.NUMBER ? (amount ? value / 1000 : value) : value > 0 ? 1 : 0;
            draft.day(date).habits.put(habit.key(), habit.validate(stored));
        }
        draft.count("loop_days");
    }
}
