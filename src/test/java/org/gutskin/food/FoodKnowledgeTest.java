package org.gutskin.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FoodKnowledgeTest {
    private static final FoodKnowledge KNOWLEDGE = FoodKnowledge.shipped();

    @Test
    void theKnowledgeBaseHoldsAtLeastSixHundredFoods() {
        assertTrue(KNOWLEDGE.size() >= 600, "foods: " + KNOWLEDGE.size());
    }

    @Test
    void everyFoodOfTheGuidanceIsThereWithItsTag() {
        for (String prebiotic : List.of("garlic", "onion", "leek", "asparagus", "banana", "chicory root",
                "globe artichoke", "jerusalem artichoke", "oats", "barley", "wheat berries", "apple", "flaxseed",
                "lentils", "chickpeas")) {
            assertTrue(KNOWLEDGE.food(prebiotic).has(FoodTag.PREBIOTIC), prebiotic);
        }
        for (String fermented : List.of("plain yogurt", "kefir", "sauerkraut", "kimchi", "miso", "tempeh",
                "kombucha", "fermented pickles", "sourdough bread", "natto", "skyr", "parmesan")) {
            assertTrue(KNOWLEDGE.food(fermented).has(FoodTag.FERMENTED), fermented);
        }
    }

    @Test
    void liveCulturesAreStatedForFermentedFoods() {
        assertTrue(KNOWLEDGE.food("kefir").hasLiveCultures());
        assertTrue(KNOWLEDGE.food("sauerkraut").hasLiveCultures());
        assertFalse(KNOWLEDGE.food("sourdough bread").hasLiveCultures());
        assertFalse(KNOWLEDGE.food("canned sauerkraut").hasLiveCultures());
        assertFalse(KNOWLEDGE.food("tempeh").hasLiveCultures());
        for (Food food : KNOWLEDGE.foods()) {
            assertEquals(food.has(FoodTag.FERMENTED), food.liveCultures() != null, food.name());
        }
    }

    @Test
    void processingTagsFollowTheNovaGroupExactly() {
        for (Food food : KNOWLEDGE.foods()) {
            assertNotNull(food.nova(), food.name());
            assertEquals(food.nova() == 3, food.has(FoodTag.PROCESSED), food.name());
            assertEquals(food.nova() == 4, food.has(FoodTag.ULTRA_PROCESSED), food.name());
            assertEquals(!food.plants().isEmpty(), food.has(FoodTag.PLANT), food.name());
        }
    }

    @Test
    void alcoholicDrinksSayHowManyUnitsAServingHas() {
        for (Food food : KNOWLEDGE.foods()) {
            if (food.has(FoodTag.ALCOHOL)) {
                assertTrue(food.alcoholUnits() > 0, food.name());
            } else {
                assertEquals(0.0, food.alcoholUnits(), food.name());
            }
        }
        assertEquals(2.1, KNOWLEDGE.food("red wine").alcoholUnits(), 1e-9);
    }

    @Test
    void herbsAndSpicesCountAQuarterPlant() {
        assertEquals(List.of(new PlantPart("oregano", 0.25)), KNOWLEDGE.food("oregano").plants());
        assertEquals(List.of(new PlantPart("garlic", 1)), KNOWLEDGE.food("garlic").plants());
        assertTrue(KNOWLEDGE.food("white bread").plants().isEmpty(), "refined flour is not a plant point");
        assertTrue(KNOWLEDGE.food("orange juice").plants().isEmpty(), "juice is not a plant point");
    }

    @Test
    void noPhraseMeansTwoFoods() {
        Map<String, String> owners = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Food food : KNOWLEDGE.foods()) {
            Set<String> own = new HashSet<>();
            List<String> phrases = new ArrayList<>(food.synonyms());
            phrases.add(food.name());
            for (String phrase : phrases) {
                String key = String.join(" ", Tokens.ofPhrase(phrase));
                if (own.add(key)) {
                    String previous = owners.put(key, food.name());
                    if (previous != null) {
                        clashes.add(key + ": " + previous + " / " + food.name());
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void everyRegionOfTheWorldIsCovered() {
        for (String dish : List.of("pizza", "burrito", "ramen", "pho", "biryani", "shawarma", "tagine", "paella",
                "pierogi", "jollof rice", "feijoada", "bibimbap", "sushi", "hummus", "tacos", "dal", "congee")) {
            assertNotNull(KNOWLEDGE.food(dish), dish);
        }
    }

    @Test
    void aBrokenDataRowNamesItsLine() {
        String data = "name,synonyms,group,nova,tags,live_cultures,alcohol_units,plants\n"
                + "good,,fruit,1,,,,apple\n"
                + "bad,,fruit,7,,,,apple\n";
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> FoodKnowledge.read(new StringReader(data), "test.csv"));
        assertTrue(error.getMessage().startsWith("test.csv:2:"), error.getMessage());
    }

    @Test
    void aFermentedFoodWithoutLiveCultureFactIsRejected() {
        String data = "name,synonyms,group,nova,tags,live_cultures,alcohol_units,plants\n"
                + "mystery pickle,,fermented,3,fermented,,,\n";
        assertThrows(IllegalStateException.class, () -> FoodKnowledge.read(new StringReader(data), "t.csv"));
    }

    @Test
    void userFoodsReplaceShippedOnesAndAliasesPointPhrasesAtFoods() throws IOException {
        Food retagged = new Food("kefir", List.of("my kefir"), "dairy", 1, Set.of(FoodTag.DAIRY), null, 0,
                List.of(), true);
        FoodKnowledge knowledge = FoodKnowledge.of(FoodKnowledge.loadShipped(), List.of(retagged),
                Map.of("pb", "peanut butter"));
        assertFalse(knowledge.food("kefir").has(FoodTag.FERMENTED));
        assertTrue(knowledge.food("kefir").custom());
        MealTagger tagger = new MealTagger(knowledge);
        assertEquals("kefir", tagger.tag("my kefir").items().get(0).food().name());
        assertEquals("peanut butter", tagger.tag("pb").items().get(0).food().name());
        assertNull(FoodKnowledge.shipped().food("my kefir"));
    }

    @Test
    void oneEditApartIsDamerauDistanceOne() {
        assertTrue(FoodKnowledge.oneEditApart("banana", "bananas"));
        assertTrue(FoodKnowledge.oneEditApart("bananas", "banana"));
        assertTrue(FoodKnowledge.oneEditApart("banana", "banona"));
        assertTrue(FoodKnowledge.oneEditApart("banana", "bnaana"));
        assertFalse(FoodKnowledge.oneEditApart("banana", "banana"));
        assertFalse(FoodKnowledge.oneEditApart("banana", "bnanaa"));
        assertFalse(FoodKnowledge.oneEditApart("banana", "cabana"));
    }
}
