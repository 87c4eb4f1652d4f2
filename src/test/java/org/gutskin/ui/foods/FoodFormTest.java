package org.gutskin.ui.foods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.FoodTag;
import org.gutskin.food.PlantPart;
import org.gutskin.journal.InvalidEntryException;
import org.junit.jupiter.api.Test;

class FoodFormTest {
    @Test
    void buildsACustomFoodFromTheFields() {
        Food food = FoodForm.build("  Nonna's Soup ", "minestra, zuppa", "", 3, Set.of(FoodTag.PREBIOTIC), false,
                "", "cabbage, white bean, basil (herb)");
        assertEquals("nonna's soup", food.name());
        assertEquals(List.of("minestra", "zuppa"), food.synonyms());
        assertEquals("custom", food.group());
        assertTrue(food.custom());
        assertTrue(food.has(FoodTag.PROCESSED));
        assertTrue(food.has(FoodTag.PLANT));
        assertEquals(List.of(new PlantPart("cabbage", 1), new PlantPart("white bean", 1),
                new PlantPart("basil", 0.25)), food.plants());
        assertEquals("cabbage, white bean, basil (herb)", FoodForm.formatPlants(food.plants()));
    }

    @Test
    void liveCulturesOnlyMatterForFermentedFoods() {
        assertNull(FoodForm.build("x", "", "", 1, Set.of(), true, "", "").liveCultures());
        assertEquals(Boolean.TRUE, FoodForm.build("x", "", "", 1, Set.of(FoodTag.FERMENTED), true, "", "")
                .liveCultures());
    }

    @Test
    void anAlcoholicDrinkNeedsItsUnits() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class,
                () -> FoodForm.build("palm wine", "", "", 3, Set.of(FoodTag.ALCOHOL), false, "lots", ""));
        assertEquals("Alcohol units must be a number such as 2.1, got \"lots\"", error.getMessage());
        assertEquals(1.8, FoodForm.build("palm wine", "", "", 3, Set.of(FoodTag.ALCOHOL), false, "1,8", "")
                .alcoholUnits(), 1e-9);
    }

    @Test
    void aFoodNeedsAName() {
        assertThrows(InvalidEntryException.class, () -> FoodForm.build(" ", "", "", 1, Set.of(), false, "", ""));
    }

    @Test
    void aBadPlantIsNamed() {
        InvalidEntryException error = assertThrows(InvalidEntryException.class,
                () -> FoodForm.parsePlants("garlic, basil:7"));
        assertTrue(error.getMessage().contains("\"basil:7\""), error.getMessage());
    }

    @Test
    void theFilterSearchesNamesAndSynonymsAndNarrowsByTagNovaAndOwner() {
        var foods = FoodKnowledge.shipped().foods();
        List<Food> kimchi = new FoodFilter("kimchi", null, null, false).apply(foods);
        assertEquals("kimchi", kimchi.get(0).name(), "name matches first");
        assertTrue(kimchi.stream().anyMatch(food -> food.name().equals("kimchi fried rice")));
        assertTrue(new FoodFilter("yoghurt", null, null, false).apply(foods).stream()
                .anyMatch(food -> food.name().equals("plain yogurt")), "synonyms are searched");
        List<Food> fermented = new FoodFilter("", FoodTag.FERMENTED, null, false).apply(foods);
        assertTrue(fermented.size() > 20 && fermented.stream().allMatch(food -> food.has(FoodTag.FERMENTED)));
        List<Food> nova4 = new FoodFilter("", null, 4, false).apply(foods);
        assertTrue(nova4.stream().allMatch(food -> food.nova() == 4));
        assertEquals(List.of(), new FoodFilter("", null, null, true).apply(foods), "nothing custom shipped");
        assertEquals(foods.size(), new FoodFilter("", null, null, false).apply(foods).size());
    }
}
