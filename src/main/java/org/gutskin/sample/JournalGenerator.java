package org.gutskin.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.gutskin.food.Food;
import org.gutskin.food.FoodTag;
import org.gutskin.food.MealTagger;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.Habit;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;

/**
 * A realistic synthetic journal, the same for the same seed: everyday meals with weekday and
 * weekend habits, take-away and alcohol streaks, sleep that drifts later at weekends, stress
 * that follows the working week, an occasional antibiotic course, and skin whose severity has
 * these planted relations (documented in docs/demo-and-generator.md), plus day-to-day noise:
 * <ul>
 *   <li>+1.2 points two days after a day with ultra-processed food;</li>
 *   <li>+0.8 points the day after more than 3 units of alcohol;</li>
 *   <li>−0.6 points on days within a week of plenty of fermented food (4+ of the last 7 days);</li>
 *   <li>+0.4 points for each hour of sleep under 7 the night before.</li>
 * </ul>
 */
public final class JournalGenerator {
    public static final double UPF_EFFECT = 1.2;
    public static final double ALCOHOL_EFFECT = 0.8;
    public static final double FERMENTED_EFFECT = -0.6;
    public static final double SHORT_SLEEP_EFFECT = 0.4;

    private static final List<String> BREAKFASTS = List.of(
            "greek yogurt with banana and oats", "porridge with blueberries and honey", "kefir with muesli",
            "2 slices of sourdough toast with avocado", "scrambled eggs on wholemeal toast", "skyr with berries",
            "cornflakes with milk", "croissant and a latte", "smoothie with banana, spinach and flaxseed",
            "overnight oats with chia seeds and apple");
    private static final List<String> WEEKEND_BREAKFASTS = List.of(
            "pancakes with maple syrup and strawberries", "full english breakfast", "shakshuka with pita bread",
            "eggs benedict", "bagel with cream cheese and smoked salmon");
    private static final List<String> LUNCHES = List.of(
            "lentil soup with rye bread", "chicken salad with quinoa", "hummus and falafel wrap",
            "tuna sandwich and an apple", "leftover chili con carne with brown rice", "miso soup and sushi",
            "greek salad with feta and olives", "burrito bowl with black beans", "ham sandwich and crisps",
            "vegetable soup with sourdough bread", "kimchi fried rice", "bean salad with rocket and walnuts");
    private static final List<String> DINNERS = List.of(
            "salmon with brown rice, broccoli and garlic", "spaghetti bolognese with a side salad",
            "chicken curry with basmati rice and naan", "vegetable stir fry with tofu and soba noodles",
            "roast chicken with sweet potato and green beans", "lentil dal with spinach and chapati",
            "tempeh stir fry with bok choy and brown rice", "baked cod with potatoes and peas",
            "chickpea tagine with couscous", "beef tacos with guacamole and salsa", "mushroom risotto",
            "minestrone soup with wholemeal bread");
    private static final List<String> TAKEAWAYS = List.of(
            "pepperoni pizza and a coke", "cheeseburger, fries and a milkshake", "chicken nuggets and fries",
            "pot noodle", "doner kebab with chips", "sweet and sour chicken with egg fried rice",
            "frozen pizza");
    private static final List<String> SNACKS = List.of(
            "a handful of almonds", "an apple and peanut butter", "2 squares of dark chocolate", "a banana",
            "carrots and hummus", "a bag of crisps", "cookies", "a pear and walnuts", "kombucha",
            "a chocolate bar", "sauerkraut on crackers", "mixed nuts and raisins");
    private static final List<String> DRINKS = List.of("2 glasses of red wine", "a pint of lager",
            "gin and tonic", "2 pints of beer", "a glass of white wine", "prosecco");
    private static final List<String> NOTES = List.of("Busy day at work.", "Long walk in the park.",
            "Tried a new moisturiser.", "Slept badly, neighbours were loud.", "Felt good today.",
            "Skin itchy in the evening.", "Dinner with friends.");

    private final MealTagger tagger;

    public JournalGenerator(MealTagger tagger) {
        this.tagger = tagger;
    }

    /** {@code days} days ending on {@code lastDay}, the same for the same seed. */
    public List<DayEntry> generate(int days, long seed, LocalDate lastDay) {
        Random random = new Random(seed);
        LocalDate first = lastDay.minusDays(days - 1L);
        int n = days;
        boolean[] upf = new boolean[n];
        double[] alcohol = new double[n];
        boolean[] fermented = new boolean[n];
        double[] sleepHours = new double[n];
        List<DayEntry> entries = new ArrayList<>(n);
        int takeawayStreak = 0;
        int drinkingStreak = 0;
        int antibioticLeft = 0;
        double noise = 0;
        for (int d = 0; d < n; d++) {
            LocalDate date = first.plusDays(d);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean friday = date.getDayOfWeek() == DayOfWeek.FRIDAY;
            if (takeawayStreak == 0 && random.nextDouble() < (friday || weekend ? 0.12 : 0.04)) {
                takeawayStreak = 1 + random.nextInt(4);
            }
            if (drinkingStreak == 0 && random.nextDouble() < (friday || weekend ? 0.35 : 0.05)) {
                drinkingStreak = 1 + random.nextInt(3);
            }
            if (antibioticLeft == 0 && random.nextDouble() < 1.0 / 300) {
                antibioticLeft = 5 + random.nextInt(6);
            }
            List<Meal> meals = new ArrayList<>();
            meals.add(meal(time(random, weekend ? 9 : 7, 45), pick(random, weekend && random.nextBoolean()
                    ? WEEKEND_BREAKFASTS : BREAKFASTS)));
            meals.add(meal(time(random, 12, 60), pick(random, LUNCHES)));
            if (random.nextDouble() < 0.7) {
                meals.add(meal(time(random, 15, 90), pick(random, SNACKS)));
            }
            meals.add(meal(time(random, 19, 60), takeawayStreak > 0 ? pick(random, TAKEAWAYS) : pick(random, DINNERS)));
            if (drinkingStreak > 0) {
                meals.add(meal(time(random, 21, 60), pick(random, DRINKS)));
            }
            takeawayStreak = Math.max(0, takeawayStreak - 1);
            drinkingStreak = Math.max(0, drinkingStreak - 1);
            double units = 0;
            for (Meal meal : meals) {
                for (FoodItem item : meal.items()) {
                    Food food = tagger.knowledge().food(item.food());
                    if (food != null) {
                        upf[d] |= food.has(FoodTag.ULTRA_PROCESSED);
                        fermented[d] |= food.hasLiveCultures();
                        units += food.alcoholUnits() * item.quantity();
                    }
                }
            }
            alcohol[d] = units;
            LocalTime bed = LocalTime.of(22, 30).plusMinutes((weekend ? 60 : 0) + random.nextInt(90)
                    + (int) (units * 10));
            LocalTime wake = LocalTime.of(6, 45).plusMinutes((weekend ? 90 : 0) + random.nextInt(60));
            Sleep sleep = new Sleep(bed, wake, Math.max(1, Math.min(5, 3 + (int) Math.round(random.nextGaussian()))));
            sleepHours[d] = sleep.clockDuration().toMinutes() / 60.0;

            noise = 0.5 * noise + Math.sqrt(0.75) * random.nextGaussian();
            double severity = 3.5 + noise;
            if (d >= 2 && upf[d - 2]) {
                severity += UPF_EFFECT;
            }
            if (d >= 1 && alcohol[d - 1] > 3) {
                severity += ALCOHOL_EFFECT;
            }
            int fermentedDays = 0;
            for (int j = Math.max(0, d - 6); j <= d; j++) {
                fermentedDays += fermented[j] ? 1 : 0;
            }
            if (fermentedDays >= 4) {
                severity += FERMENTED_EFFECT;
            }
            severity += SHORT_SLEEP_EFFECT * Math.max(0, 7 - sleepHours[d]);
            int overall = (int) Math.max(0, Math.min(10, Math.round(severity)));
            Map<Symptom, Integer> symptoms = new EnumMap<>(Symptom.class);
            symptoms.put(Symptom.ACNE, Math.max(0, Math.min(3, overall / 3 + (random.nextDouble() < 0.2 ? 1 : 0))));
            symptoms.put(Symptom.REDNESS, Math.max(0, Math.min(3, (overall - 2) / 3)));
            symptoms.put(Symptom.DRYNESS, random.nextInt(2));
            List<StressCheckIn> stress = new ArrayList<>();
            int baseStress = weekend ? 2 : 4;
            stress.add(new StressCheckIn(time(random, 10, 60), clamp(baseStress + random.nextInt(4), 10), null));
            if (!weekend && random.nextDouble() < 0.5) {
                stress.add(new StressCheckIn(time(random, 17, 60), clamp(baseStress + random.nextInt(5), 10),
                        random.nextDouble() < 0.2 ? "deadline" : null));
            }
            Map<String, Double> habits = new TreeMap<>();
            habits.put(Habit.PROBIOTIC, random.nextDouble() < 0.6 ? 1.0 : 0.0);
            habits.put(Habit.ANTIBIOTIC, antibioticLeft > 0 ? 1.0 : 0.0);
            antibioticLeft = Math.max(0, antibioticLeft - 1);
            // now and then a day goes unlogged, or only partly logged, as in real journals
            double logging = random.nextDouble();
            if (logging < 0.04) {
                continue;
            }
            boolean skinLogged = logging > 0.1;
            entries.add(new DayEntry(date, meals, Optional.of(sleep), stress,
                    skinLogged ? Optional.of(new SkinCheck(overall, symptoms, null, null)) : Optional.empty(), habits,
                    random.nextDouble() < 0.08 ? Optional.of(pick(random, NOTES)) : Optional.empty()));
        }
        return entries;
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }

    private Meal meal(LocalTime time, String description) {
        return new Meal(time, MealKind.guessFrom(time), description, tagger.tag(description).foodItems());
    }

    private static LocalTime time(Random random, int hour, int spreadMinutes) {
        return LocalTime.of(hour, 0).plusMinutes(random.nextInt(spreadMinutes));
    }

    private static String pick(Random random, List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
