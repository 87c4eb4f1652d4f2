package org.gutskin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimesTest {
    @ParameterizedTest
    @CsvSource({"7, 07:00", "730, 07:30", "07.30, 07:30", "7:30, 07:30", "19:05, 19:05", "1905, 19:05",
            "19h05, 19:05", "7pm, 19:00", "7 PM, 19:00", "12:15 am, 00:15", "12pm, 12:00", "9:30 PM, 21:30",
            "' 08:00 ', 08:00", "23:59, 23:59", "0, 00:00", "7a, 07:00", "1230p, 12:30"})
    void clockTimesAreReadAsPeopleTypeThem(String typed, String expected) {
        assertEquals(LocalTime.parse(expected), Times.parseClock(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "25:00", "24:00", "7:60", "13pm", "0am", "noon-ish", "7h", "7:3", "07:30:00",
            "12345", "7:30m", "7.30.00", "::", "-7", "７:３０"})
    void anythingElseIsNotATime(String typed) {
        assertNull(Times.parseClock(typed), typed);
    }

    @ParameterizedTest
    @CsvSource({"07:30, 07:30", "7:30, 07:30", "23:59, 23:59", "00:00, 00:00"})
    void ourFilesWriteTwentyFourHourTimes(String written, String expected) {
        assertEquals(LocalTime.parse(expected), Times.parseWrittenClock(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "730", "1230", "7pm", "7:30 pm", "19h05", "07.30", "24:00", "7:3", "007:30", " 7:30"})
    void ourFilesTakeNothingLooserThanHoursAndMinutes(String written) {
        assertNull(Times.parseWrittenClock(written), written);
    }

    @Test
    void aWrongFieldIsNamedWithWhatWasTyped() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class,
                () -> Times.clockField("sleep.bedTime", "Bed time", "25:00"));
        assertEquals("Bed time must be a time such as 07:30 or 7:30 pm, got \"25:00\"", error.getMessage());
        assertEquals("sleep.bedTime", error.field());
    }

    @Test
    void timesAreWrittenAsTwentyFourHourClockAndReadBack() {
        for (int minute = 0; minute < 24 * 60; minute += 7) {
            LocalTime time = LocalTime.of(minute / 60, minute % 60);
            String written = Times.formatClock(time);
            assertEquals(time.toString(), written);
            assertEquals(time, Times.parseClock(written));
        }
    }

    @Test
    void datesAreIso() {
        assertEquals(LocalDate.of(2026, 2, 28), Times.parseDate("2026-02-28"));
        assertNull(Times.parseDate("2026-02-30"));
        assertNull(Times.parseDate("28/02/2026"));
        assertNull(Times.parseDate(null));
    }
}
