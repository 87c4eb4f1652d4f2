package org.gutskin.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.FoodTag;
import org.gutskin.food.PlantPart;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.Meal;

/**
 * What a day's meals add up to: servings by tag, alcohol units from drinks, and the plants eaten
 * (each plant once, at its largest weight). Items whose food the knowledge no longer has are skipped.
 *
 * @param fermented servings of fermented food that still carries live cultures
 * @param plants    plant → weight (1, or 0.25 for herbs and spices)
 */
public record FoodDay(double prebiotic, double fermented, double ultraProcessed, double processed,
                      double addedSugar, double alcoholUnits, double wholeGrain, double highGlycemic,
                      Map<String, Double> plants) {
    public static final FoodDay NONE = new FoodDay(0, 0, 0, 0, 0, 0, 0, 0, Map.of());

    public static FoodDay of(List<Meal> meals, FoodKnowledge knowledge) {
        double prebiotic = 0;
        double fermented = 0;
        double ultra = 0;
        double processed = 0;
        double sugar = 0;
        double alcohol = 0;
        double wholeGrain = 0;
        double glycemic = 0;
        Map<String, Double> plants = new HashMap<>();
        for (Meal meal : meals) {
            for (FoodItem item : meal.items()) {
                Food food = knowledge.food(item.food());
                if (food == null) {
                    continue;
                }
                double servings = Servings.of(item);
                prebiotic += food.has(FoodTag.PREBIOTIC) ? servings : 0;
                fermented += food.hasLiveCultures() ? servings : 0;
                ultra += food.has(FoodTag.ULTRA_PROCESSED) ? servings : 0;
                processed += food.has(FoodTag.PROCESSED) ? servings : 0;
                sugar += food.has(FoodTag.ADDED_SUGAR) ? servings : 0;
                wholeGrain += food.has(FoodTag.WHOLE_GRAIN) ? servings : 0;
                glycemic += food.has(FoodTag.HIGH_GLYCEMIC) ? servings : 0;
                alcohol += food.alcoholUnits() * servings;
                for (PlantPart part : food.plants()) {
                    plants.merge(part.plant(), part.weight(), Math::max);
                }
            }
        }
        return new FoodDay(prebiotic, fermented, ultra, processed, sugar, alcohol, wholeGrain, glycemic,
                Map.copyOf(plants));
    }

    /** Plant points: each plant once, herbs and spices a quarter. */
    public double plantPoints() {
        return points(plants);
    }

    /** Plant points over several days: each plant counts once, at the largest weight it had. */
    public static double plantPoints(List<FoodDay> days) {
        Map<String, Double> all = new HashMap<>();
        for (FoodDay day : days) {
            day.plants().forEach((plant, weight) -> all.merge(plant, weight, Math::max));
        }
        return points(all);
    }

    private static double points(Map<String, Double> plants) {
        double total = 0;
        for (double weight : plants.values()) {
            total += weight;
        }
        return total;
    }
}
