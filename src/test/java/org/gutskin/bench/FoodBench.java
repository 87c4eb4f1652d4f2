package org.gutskin.bench;

import java.util.List;
import java.util.Locale;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.MealTagger;

/**
 * Knowledge base load time (first, in a fresh JVM, and warm) and meal tagging throughput on
 * typical ~100-character meals. Run through {@link Main}.
 */
final class FoodBench {
    static final List<String> MEALS = List.of(
            "greek yogurt with banana and oats; 2 glasses of red wine and a handful of almonds",
            "chicken tikka masala with basmati rice, garlic naan and a side salad; 2 pints of lager",
            "sourdough toast with smashed avocado, 2 poached eggs, cherry tomatoes and a flat white",
            "kimchi fried rice with a fried egg, spring onions and sesame seeds; green tea",
            "spaghetti bolognese with parmesan, garlic bread and a glass of red wine, then ice cream",
            "porridge with blueberries, chia seeds, honey and cinnamon; black coffee and orange juice",
            "falafel wrap with hummus, tabbouleh and pickles, can of coke, a bag of crisps",
            "lentil soup with wholemeal bread and butter, an apple and a few squares of dark chocolate");

    private FoodBench() {
    }

    static void run(Report report) {
        long start = System.nanoTime();
        FoodKnowledge knowledge = FoodKnowledge.shipped();
        double firstMs = (System.nanoTime() - start) / 1e6;
        for (int i = 0; i < 20; i++) {
            FoodKnowledge.shipped();
        }
        int rounds = 20;
        start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            FoodKnowledge.shipped();
        }
        double warmMs = (System.nanoTime() - start) / 1e6 / rounds;
        report.add("food knowledge load, first in this JVM", firstMs, "ms", "<= 100 ms");
        report.add("food knowledge load, warm", warmMs, "ms", "<= 100 ms");

        MealTagger tagger = new MealTagger(knowledge);
        int sink = 0;
        for (int i = 0; i < 200_000; i++) {
            sink += tagger.tag(MEALS.get(i % MEALS.size())).items().size();
        }
        int meals = 500_000;
        start = System.nanoTime();
        for (int i = 0; i < meals; i++) {
            sink += tagger.tag(MEALS.get(i % MEALS.size())).items().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double averageLength = MEALS.stream().mapToInt(String::length).average().orElse(0);
        report.add(String.format(Locale.ROOT, "tag one meal (~%.0f chars), warm", averageLength),
                seconds / meals * 1e6, "µs", "<= 20 µs");
        report.add("tagging throughput", meals / seconds, "meals/s", ">= 50,000");
        if (sink == 42) {
            System.out.println(); // keeps the JIT from dropping the work
        }
    }
}
