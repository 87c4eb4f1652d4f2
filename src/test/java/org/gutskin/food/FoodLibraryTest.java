package org.gutskin.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gutskin.TestClock;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.FoodUse;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SampleDays;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.Database;
import org.gutskin.store.JournalRepository;
import org.gutskin.store.MealRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoodLibraryTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    @TempDir
    Path folder;
    private Database database;
    private JournalRepository journal;
    private FoodLibrary library;

    @BeforeEach
    void open() {
        database = Database.open(DataDirectory.at(folder), TestClock.FIXED);
        journal = new JournalRepository(database);
        library = FoodLibrary.open(FoodKnowledge.loadShipped(), new UserFoodRepository(database), journal);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void logMeal(LocalDate date, String description) {
        DayEntry day = journal.load(date);
        List<Meal> meals = new ArrayList<>(day.meals());
        meals.add(new Meal(LocalTime.NOON, MealKind.LUNCH, description, library.tag(description).foodItems()));
        journal.save(SampleDays.from(day).withMeals(meals).build());
    }

    private List<String> foodsOn(LocalDate date) {
        return journal.load(date).meals().stream().flatMap(meal -> meal.items().stream()).map(FoodItem::food)
                .toList();
    }

    @Test
    void teachingAPhraseRetagsPastMeals() {
        logMeal(DAY, "glorp with rice");
        logMeal(DAY.minusDays(30), "a bowl of glorp");
        assertEquals(List.of("white rice"), foodsOn(DAY));
        library.teachPhrase("Glorp", "kimchi");
        assertEquals(List.of("kimchi", "white rice"), foodsOn(DAY));
        assertEquals(List.of("kimchi"), foodsOn(DAY.minusDays(30)));
        assertEquals(List.of(), library.tag("glorp").unknown());
    }

    @Test
    void correctingARecognisedItemAppliesEverywhere() {
        logMeal(DAY, "chips");
        assertEquals(List.of("potato chips"), foodsOn(DAY));
        library.teachPhrase("chips", "fries");
        assertEquals(List.of("fries"), foodsOn(DAY));
    }

    @Test
    void aCustomFoodIsRecognisedInPastAndNewMeals() {
        logMeal(DAY, "nonna's minestra");
        Food minestra = new Food("nonna's minestra", List.of("minestra"), "custom", 1, Set.of(FoodTag.PREBIOTIC),
                null, 0, List.of(new PlantPart("cabbage", 1), new PlantPart("white bean", 1)), true);
        library.saveFood(minestra);
        assertEquals(List.of("nonna's minestra"), foodsOn(DAY));
        assertTrue(library.tag("minestra").items().get(0).food().has(FoodTag.PLANT));
    }

    @Test
    void reTaggingAShippedFoodWinsAndCanBeReset() {
        Food kefir = library.knowledge().food("kefir");
        Food mine = new Food("kefir", kefir.synonyms(), kefir.group(), 3, Set.of(FoodTag.DAIRY, FoodTag.ADDED_SUGAR),
                null, 0, List.of(), true);
        library.saveFood(mine);
        assertFalse(library.knowledge().food("kefir").has(FoodTag.FERMENTED));
        assertTrue(library.knowledge().food("kefir").has(FoodTag.ADDED_SUGAR));
        library.resetFood("kefir");
        assertTrue(library.knowledge().food("kefir").has(FoodTag.FERMENTED));
    }

    @Test
    void userKnowledgeSurvivesAnUpgradeOfTheShippedData() {
        logMeal(DAY, "zumbleberry pie");
        library.teachPhrase("pb", "peanut butter");
        Food custom = new Food("grandma's loaf", List.of(), "custom", 3, Set.of(), null, 0, List.of(), true);
        library.saveFood(custom);
        assertEquals(List.of("pie"), foodsOn(DAY));

        List<Food> upgraded = new ArrayList<>(FoodKnowledge.loadShipped());
        upgraded.add(new Food("zumbleberry", List.of(), "fruit", 1, Set.of(), null, 0,
                List.of(new PlantPart("zumbleberry", 1)), false));
        FoodLibrary afterUpgrade = FoodLibrary.open(upgraded, new UserFoodRepository(database), journal);

        assertEquals(List.of("zumbleberry", "pie"), foodsOn(DAY), "history re-tagged with the new data");
        assertEquals("peanut butter", afterUpgrade.tag("pb").items().get(0).food().name());
        assertTrue(afterUpgrade.knowledge().food("grandma's loaf").custom());
    }

    @Test
    void reopeningWithTheSameKnowledgeLeavesHistoryAlone() {
        logMeal(DAY, "kefir");
        String before = new UserFoodRepository(database).setting(FoodLibrary.FINGERPRINT_KEY).orElseThrow();
        FoodLibrary.open(FoodKnowledge.loadShipped(), new UserFoodRepository(database), journal);
        assertEquals(before, new UserFoodRepository(database).setting(FoodLibrary.FINGERPRINT_KEY).orElseThrow());
    }

    @Test
    void teachingAnUnknownFoodIsRefusedWithAMessage() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class,
                () -> library.teachPhrase("glorp", "no such food"));
        assertEquals("There is no food called \"no such food\"", error.getMessage());
    }

    @Test
    void usesOfAFoodAnswerWhenItWasLastEaten() {
        logMeal(DAY.minusDays(40), "kimchi and rice");
        logMeal(DAY.minusDays(3), "kimchi");
        logMeal(DAY.minusDays(3), "more kimchi");
        List<FoodUse> uses = new MealRepository(database).usesOf("kimchi");
        assertEquals(List.of(new FoodUse(DAY.minusDays(3), 2),
                new FoodUse(DAY.minusDays(40), 1)), uses);
    }

    @Test
    void theFingerprintWritesAlcoholUnitsAsItAlwaysHas() {
        // A changed fingerprint re-tags every meal, so the faster formatting must write the same text.
        List<Double> values = new ArrayList<>(List.of(0.0, 0.0005, 0.0015, 0.0025, 1.0, 1.2345, 1.2355, 2.1, 14.9995,
                3.0004999, 0.1 + 0.2, 123.4565, 1e-7));
        for (Food food : FoodKnowledge.loadShipped()) {
            values.add(food.alcoholUnits());
        }
        for (double value : values) {
            assertEquals(String.format(Locale.ROOT, "%.3f", value), FoodLibrary.threeDecimals(value),
                    "for " + value);
        }
    }
}
