package org.gutskin.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MealTaggerTest {
    private static final MealTagger TAGGER = new MealTagger(FoodKnowledge.shipped());

    static Stream<Arguments> mealCases() throws IOException {
        return rows("meal-cases.txt").map(row -> Arguments.of(row[0].trim(), row));
    }

    static Stream<Arguments> foodLabels() throws IOException {
        return rows("food-labels.txt").map(row -> Arguments.of(row[0].trim(), row));
    }

    private static Stream<String[]> rows(String resource) throws IOException {
        try (InputStream in = MealTaggerTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", -1)).toList().stream();
        }
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mealCases")
    void recognisesTheFoodsOfEverydayMeals(String text, String[] row) {
        TaggedMeal meal = TAGGER.tag(row[0].trim());
        assertEquals(list(row[1]), meal.items().stream().map(item -> item.food().name()).toList(),
                "foods in \"" + row[0].trim() + "\"");
        List<String> expectedUnknown = row.length > 2 ? list(row[2]) : List.of();
        assertEquals(expectedUnknown, meal.unknown(), "unknown words in \"" + row[0].trim() + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("foodLabels")
    void tagsEverydayFoodsAsAnIndependentListLabelsThem(String text, String[] row) {
        TaggedMeal meal = TAGGER.tag(row[0].trim());
        assertEquals(1, meal.items().size(), row[0]);
        Food food = meal.items().get(0).food();
        assertEquals(Integer.valueOf(row[1].trim()), food.nova(), "NOVA of " + food.name());
        for (FoodTag tag : tags(row[2])) {
            assertTrue(food.has(tag), food.name() + " should be " + tag.key());
        }
        for (FoodTag tag : tags(row[3])) {
            assertTrue(!food.has(tag), food.name() + " should not be " + tag.key());
        }
    }

    private static Set<FoodTag> tags(String cell) {
        EnumSet<FoodTag> tags = EnumSet.noneOf(FoodTag.class);
        for (String key : cell.trim().split("\\s+")) {
            if (!key.isEmpty()) {
                tags.add(FoodTag.fromKey(key));
            }
        }
        return tags;
    }

    @Test
    void quantitiesAreReadWithTheirUnits() {
        List<TaggedItem> items = TAGGER.tag("2 glasses of red wine, 200g chicken, 2x toast, half an avocado, "
                + "a handful of almonds, 1.5 cups of rice, ½ banana, three slices of rye bread, a couple of eggs, "
                + "2 shots of espresso").items();
        assertEquals(List.of("2.0 glass red wine", "200.0 g chicken", "2.0 serving white bread",
                        "0.5 serving avocado", "1.0 handful almonds", "1.5 cup white rice", "0.5 serving banana",
                        "3.0 slice rye bread", "2.0 serving egg", "2.0 shot coffee"),
                items.stream().map(item -> item.quantity() + " " + item.unit() + " " + item.food().name()).toList());
    }

    @Test
    void itemsQuoteTheUsersOwnWords() {
        List<String> texts = TAGGER.tag("Greek Yogurt with 2 Bananas; peanut butter on toast").items().stream()
                .map(TaggedItem::text).toList();
        assertEquals(List.of("Greek Yogurt", "2 Bananas", "peanut butter", "toast"), texts);
    }

    @Test
    void descriptionsSplitOnEveryUsualSeparator() {
        String text = "kefir, oats; banana and apple with honey & walnuts + kiwi w/ yogurt";
        assertEquals(List.of("kefir", "oats", "banana", "apple", "honey", "walnuts", "kiwi", "plain yogurt"),
                TAGGER.tag(text).items().stream().map(item -> item.food().name()).toList());
    }

    @Test
    void longestPhraseWins() {
        assertEquals(List.of("kimchi fried rice"), names("kimchi fried rice"));
        assertEquals(List.of("sourdough bread"), names("sourdough bread"));
        assertEquals(List.of("chicory root"), names("chicory root"));
        assertEquals(List.of("wine vinegar"), names("red wine vinegar"));
    }

    @Test
    void oneTypoIsToleratedOnlyInLongWords() {
        assertEquals(List.of("banana"), names("banaan"));
        assertEquals(List.of("avocado"), names("avocadp"));
        assertEquals(List.of("sauerkraut"), names("sauerkrat"));
        assertEquals(List.of(), names("kefr"), "four letters: too short to guess");
        assertEquals(List.of("kefr"), TAGGER.tag("kefr").unknown());
        assertEquals(List.of(), names("bnnaana"), "two typos");
    }

    @Test
    void leftOutFoodsAreNotCounted() {
        assertEquals(List.of("coffee", "milk"), names("coffee without sugar but with milk"));
    }

    @Test
    void unknownWordsAreReportedNotGuessed() {
        TaggedMeal meal = TAGGER.tag("quinoa with zorblax and frumious sauce");
        assertEquals(List.of("quinoa"), meal.items().stream().map(item -> item.food().name()).toList());
        assertEquals(List.of("zorblax", "frumious", "sauce"), meal.unknown());
    }

    @Test
    void emptyAndPunctuationOnlyTextHasNothing() {
        assertEquals(new TaggedMeal(List.of(), List.of()), TAGGER.tag(""));
        assertEquals(new TaggedMeal(List.of(), List.of()), TAGGER.tag(" ;,.!? "));
    }

    @Test
    void recognitionRateOfTheLabelledListIsAtLeastNinetyFivePercent() throws IOException {
        List<String[]> cases = rows("meal-cases.txt").toList();
        List<String> missed = new ArrayList<>();
        for (String[] row : cases) {
            List<String> got = names(row[0].trim());
            if (!got.equals(list(row[1]))) {
                missed.add(row[0]);
            }
        }
        assertTrue(cases.size() >= 300, "a broad list");
        assertTrue(missed.size() <= cases.size() * 0.05, "missed: " + missed);
    }

    private static List<String> names(String text) {
        return TAGGER.tag(text).items().stream().map(item -> item.food().name()).collect(Collectors.toList());
    }
}
