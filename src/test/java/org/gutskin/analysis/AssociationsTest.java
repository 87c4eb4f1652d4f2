package org.gutskin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.gutskin.TestClock;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.SampleDays;
import org.junit.jupiter.api.Test;

/** The association analysis on seeded synthetic journals with known truth. */
class AssociationsTest {
    private static Insights analyse(NavigableMap<LocalDate, DayEntry> journal) {
        return Insights.of(journal, PlantedJournals.KNOWLEDGE, TestClock.FIXED, null, null);
    }

    @Test
    void aPlantedEffectTwoDaysAfterUltraProcessedDaysIsFoundAtLagTwoInNinetyPercentOfSeeds() {
        int found = 0;
        for (long seed = 1; seed <= 100; seed++) {
            Insights insights = analyse(PlantedJournals.journal(seed, 120, 1.5, false));
            boolean atLagTwo = insights.associations().reported().stream().anyMatch(association ->
                    association.factor() == Factor.ULTRA_PROCESSED && Integer.valueOf(2).equals(association.lagDays())
                            && association.effect() > 0 && association.ciLow() > 0);
            found += atLagTwo ? 1 : 0;
        }
        assertTrue(found >= 90, "found in " + found + " of 100 seeds");
    }

    @Test
    void journalsWithNoPlantedEffectReportAnythingInAtMostFivePercentOfSeeds() {
        int anything = 0;
        List<String> seen = new ArrayList<>();
        for (long seed = 1; seed <= 100; seed++) {
            Insights insights = analyse(PlantedJournals.journal(1000 + seed, 120, 0, false));
            if (!insights.associations().reported().isEmpty()) {
                anything++;
                seen.add(seed + ": " + insights.associations().reported().get(0).factor());
            }
            assertTrue(insights.associations().tested() > 40, "tests run: " + insights.associations().tested());
        }
        assertTrue(anything <= 5, "reported something in " + anything + " of 100 seeds: " + seen);
    }

    @Test
    void aFactorThatOnlyCoOccursWithThePlantedOneIsMarkedAsPossiblyExplainedByIt() {
        int alcoholReported = 0;
        for (long seed = 1; seed <= 30; seed++) {
            Insights insights = analyse(PlantedJournals.journal(500 + seed, 120, 1.5, true));
            for (Association association : insights.associations().reported()) {
                if (association.factor() == Factor.ALCOHOL && association.windowDays() == null) {
                    alcoholReported++;
                    assertEquals(Factor.ULTRA_PROCESSED, association.explainedBy(), "seed " + seed + ": "
                            + association.message());
                    assertTrue(association.message().contains("ultra-processed food"), association.message());
                }
                if (association.factor() == Factor.ULTRA_PROCESSED && Integer.valueOf(2).equals(association.lagDays())) {
                    assertNull(association.explainedBy(), "the planted factor stands: " + association.message());
                }
            }
        }
        assertTrue(alcoholReported >= 10, "alcohol, riding along, was reported in " + alcoholReported + " runs");
    }

    @Test
    void associationSentencesStateAssociationsNotCauses() {
        Insights insights = analyse(PlantedJournals.journal(7, 120, 1.5, false));
        Association planted = insights.associations().reported().stream()
                .filter(association -> association.factor() == Factor.ULTRA_PROCESSED
                        && Integer.valueOf(2).equals(association.lagDays())).findFirst().orElseThrow();
        assertTrue(planted.message().startsWith("Two days after ultra-processed food your skin was on average"),
                planted.message());
        assertTrue(planted.message().contains("not proof that one causes the other"), planted.message());
        assertTrue(planted.q() <= Associations.FDR && planted.p() <= planted.q());
        assertTrue(planted.nExposed() >= Associations.MIN_PER_GROUP && planted.nUnexposed() >= Associations.MIN_PER_GROUP);
        assertTrue(planted.ciLow() < planted.effect() && planted.effect() < planted.ciHigh());
    }

    @Test
    void anEmptyJournalSaysWhatIsMissing() {
        Insights insights = analyse(new TreeMap<>());
        assertEquals(0, insights.daysLogged());
        assertNull(insights.trend().direction());
        assertEquals(List.of(), insights.associations().reported());
        assertEquals("Log 21 more days with both meals and a skin check to see associations (they need at least 21).",
                insights.associations().notEnoughData());
    }

    @Test
    void oneDayIsNotEnoughForAnything() {
        NavigableMap<LocalDate, DayEntry> journal = new TreeMap<>(PlantedJournals.journal(3, 1, 0, false));
        Insights insights = analyse(journal);
        assertEquals(1, insights.daysLogged());
        assertNull(insights.trend().direction());
        assertEquals(20, insights.associations().moreSkinDaysNeeded());
    }

    @Test
    void gapsOfWeeksAreNotDaysOfZero() {
        NavigableMap<LocalDate, DayEntry> full = PlantedJournals.journal(11, 120, 1.5, false);
        NavigableMap<LocalDate, DayEntry> gappy = new TreeMap<>(full);
        gappy.subMap(PlantedJournals.START.plusDays(30), PlantedJournals.START.plusDays(60)).clear();
        Insights insights = analyse(gappy);
        FeatureTable table = insights.features();
        assertEquals(120, table.days());
        assertTrue(Double.isNaN(table.skin()[45]) && Double.isNaN(table.exposure(Factor.ULTRA_PROCESSED)[45]),
                "a day in the gap is not logged, not zero");
        assertEquals(90, insights.daysLogged());
    }

    @Test
    void aFactorNeverOrAlwaysPresentIsNotTested() {
        NavigableMap<LocalDate, DayEntry> journal = new TreeMap<>();
        for (int d = 0; d < 60; d++) {
            LocalDate date = PlantedJournals.START.plusDays(d);
            journal.put(date, SampleDays.on(date).withMeals(List.of(PlantedJournals.meal(LocalTime.NOON, "kefir")))
                    .withSkin(Optional.of(SampleDays.skin(d % 5))).build());
        }
        Insights insights = analyse(journal);
        assertEquals(0, insights.associations().tested(), "fermented every day, nothing else: nothing to compare");
        assertNotNull(insights.associations().notEnoughData());
        assertEquals(List.of(), insights.associations().reported());
    }

    @Test
    void everyShuffleCountsSoOneThatLeavesNothingToCompareCannotSpin() {
        int[] shuffles = {0};
        assertNull(Associations.shuffle(1.0, false, () -> {
            shuffles[0]++;
            return Double.NaN; // an all-missing series: no shuffle has anything to compare
        }), "not testable");
        assertEquals(Associations.MAX_SHUFFLES, shuffles[0], "stops at the cap on shuffles made");
    }

    @Test
    void aSeriesFewOfWhoseShufflesCanBeComparedIsNotTestableButGapsAreFine() {
        int[] shuffles = {0};
        assertNull(Associations.shuffle(1.0, false, () -> shuffles[0]++ % 200 == 0 ? 0.1 : Double.NaN),
                "one shuffle in 200 has anything to compare: 100 by the cap");
        assertEquals(Associations.MAX_SHUFFLES, shuffles[0]);
        int[] mostlyGaps = {0};
        Associations.Shuffled sparse = Associations.shuffle(1.0, false,
                () -> mostlyGaps[0]++ % 3 == 0 ? 0.1 : Double.NaN);
        assertNotNull(sparse, "two of three shuffles have nothing to compare, but enough can be");
        assertTrue(sparse.p() < 0.001, "never as strong: " + sparse.p());
        SplittableRandom random = new SplittableRandom(7);
        Associations.Shuffled fewGaps = Associations.shuffle(1.0, false, () -> random.nextInt(10) == 0 ? Double.NaN
                : random.nextGaussian() * 0.5);
        assertNotNull(fewGaps);
        assertTrue(fewGaps.p() < 0.1 && fewGaps.p() > 0.01, "1 is two spreads out: " + fewGaps.p());
        assertEquals(0.5, fewGaps.spread(), 0.05);
    }

    @Test
    void aConstantShuffledEffectGivesTheNormalTailAndNoDivisionByZero() {
        Associations.Shuffled constant = Associations.shuffle(0.5, false, () -> 0.0);
        assertNotNull(constant);
        assertEquals(0.0, constant.spread());
        assertTrue(constant.p() < 1e-6, "far outside every shuffle: " + constant.p());
    }

    @Test
    void allEqualSkinScoresSayThereIsNothingToExplain() {
        NavigableMap<LocalDate, DayEntry> journal = new TreeMap<>();
        PlantedJournals.journal(5, 60, 0, false).forEach((date, day) ->
                journal.put(date, SampleDays.from(day).withSkin(Optional.of(SampleDays.skin(3))).build()));
        Insights insights = analyse(journal);
        assertEquals(0, insights.associations().tested());
        assertTrue(insights.associations().notEnoughData().contains("all the same"));
        assertEquals(SkinTrend.Direction.STABLE, insights.trend().direction());
    }

    @Test
    void theSameJournalAlwaysGivesTheSameAnswer() {
        NavigableMap<LocalDate, DayEntry> journal = PlantedJournals.journal(21, 120, 1.0, false);
        assertEquals(analyse(journal).associations(), analyse(journal).associations());
    }

    @Test
    void skinTrendUsesARobustSlopeWithAStatedThreshold() {
        double[] worsening = new double[30];
        double[] flat = new double[30];
        for (int i = 0; i < 30; i++) {
            worsening[i] = 2 + i * 0.2 + (i == 10 ? 9 : 0); // 1.4 points a week, one outlier
            flat[i] = 4 + (i % 2) * 0.5;
        }
        SkinTrend trend = SkinTrend.over(worsening, 29, 30);
        assertEquals(SkinTrend.Direction.WORSENING, trend.direction());
        assertEquals(1.4, trend.slopePerWeek(), 1e-9);
        assertEquals(SkinTrend.Direction.STABLE, SkinTrend.over(flat, 29, 30).direction());
        double[] improving = new double[14];
        for (int i = 0; i < 14; i++) {
            improving[i] = 8 - i * 0.3;
        }
        assertEquals(SkinTrend.Direction.IMPROVING, SkinTrend.over(improving, 13, 14).direction());
    }

    @Test
    void benjaminiHochbergMatchesAWorkedExample() {
        double[] q = Stats.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.5});
        assertEquals(0.04, q[0], 1e-12);
        assertEquals(0.04 * 4 / 3, q[1], 1e-12);
        assertEquals(0.04 * 4 / 3, q[2], 1e-12);
        assertEquals(0.5, q[3], 1e-12);
    }
}
