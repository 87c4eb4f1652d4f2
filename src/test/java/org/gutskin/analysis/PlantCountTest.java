package org.gutskin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlantCountTest {
    @ParameterizedTest
    @CsvSource({"0, 0, 0", "0.25, ½, 0.25", "0.5, ½, 0.5", "1.5, 1½, 1.5", "1.75, 2, 1.75", "17.25, 17½, 17.25",
                "17.75, 18, 17.75", "30, 30, 30", "42.5, 42½, 42.5"})
    void aCountReadsToTheNearestHalfAndKeepsItsQuartersForTheTooltip(double plants, String shown, String exact) {
        assertEquals(shown, PlantCount.shown(plants));
        assertEquals(exact, PlantCount.exact(plants));
        assertEquals(plants * 4 % 2 == 1, PlantCount.rounded(plants));
    }

    @ParameterizedTest
    @CsvSource({"15.25", "0.75"})
    void aQuarterIsRounded(double plants) {
        assertTrue(PlantCount.rounded(plants));
        assertFalse(PlantCount.rounded(plants + 0.25));
    }
}
