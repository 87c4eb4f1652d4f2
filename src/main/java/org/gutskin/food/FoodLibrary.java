package org.gutskin.food;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.store.JournalRepository;

/**
 * The food knowledge the app works with: the shipped base plus the user's own foods, re-tagged
 * foods and phrase corrections. Whenever that knowledge changes — the user teaches the app, or an
 * upgrade ships new data — the meals already in the journal are re-tagged so history agrees.
 */
public final class FoodLibrary {
    static final String FINGERPRINT_KEY = "food.knowledge.fingerprint";
    /** Raised when the tagger's rules change, so that history is re-tagged by the new rules. */
    private static final int TAGGER_RULES_VERSION = 1;
    private static final Logger LOG = Logger.getLogger(FoodLibrary.class.getName());

    private final List<Food> shipped;
    private final UserFoodRepository userFoods;
    private final JournalRepository journal;
    private volatile MealTagger tagger;

    private FoodLibrary(List<Food> shipped, UserFoodRepository userFoods, JournalRepository journal) {
        this.shipped = List.copyOf(shipped);
        this.userFoods = userFoods;
        this.journal = journal;
    }

    /** Loads the knowledge and brings the journal's meal items up to date with it. */
    public static FoodLibrary open(List<Food> shipped, UserFoodRepository userFoods, JournalRepository journal) {
        FoodLibrary library = new FoodLibrary(shipped, userFoods, journal);
        library.reload();
        return library;
    }

    /** The knowledge as stored, without re-tagging history: for reading a journal open elsewhere. */
    public static FoodLibrary readOnly(List<Food> shipped, UserFoodRepository userFoods, JournalRepository journal) {
        FoodLibrary library = new FoodLibrary(shipped, userFoods, journal);
        library.tagger = new MealTagger(FoodKnowledge.of(shipped, userFoods.foods(), userFoods.aliases()));
        return library;
    }

    public TaggedMeal tag(String description) {
        return tagger.tag(description);
    }

    public FoodKnowledge knowledge() {
        return tagger.knowledge();
    }

    public MealTagger tagger() {
        return tagger;
    }

    /** Adds a custom food or changes a shipped one; past meals are re-tagged in the same transaction. */
    public void saveFood(Food food) {
        update(() -> userFoods.saveFood(food));
    }

    /** Puts a shipped food back to its shipped tags, or removes a custom food. */
    public void resetFood(String name) {
        update(() -> userFoods.deleteFood(name));
    }

    /**
     * Teaches the app that {@code phrase} means {@code foodName} — a correction of what it
     * recognised, which applies to past meals as well.
     */
    public void teachPhrase(String phrase, String foodName) {
        String normalised = String.join(" ", Tokens.ofPhrase(phrase));
        if (normalised.isEmpty()) {
            throw new InvalidEntryException("food.phrase", "The phrase to teach is empty");
        }
        if (knowledge().food(foodName) == null) {
            throw new InvalidEntryException("food.name", "There is no food called \"" + foodName + "\"");
        }
        update(() -> userFoods.saveAlias(normalised, foodName));
    }

    /** The foods as shipped, before the user's changes. */
    public List<Food> shipped() {
        return shipped;
    }

    public boolean isShipped(String name) {
        return shipped.stream().anyMatch(food -> food.name().equals(name));
    }

    /**
     * Writes a change to the user's knowledge (an import may write more with it) and re-tags
     * history by the knowledge then stored, as one transaction; the tagger in use changes only
     * once both are stored.
     */
    public void update(Runnable change) {
        MealTagger[] rebuilt = new MealTagger[1];
        journal.inOneTransaction(() -> {
            change.run();
            rebuilt[0] = retaggedHistory();
        });
        tagger = rebuilt[0];
    }

    private void reload() {
        MealTagger[] rebuilt = new MealTagger[1];
        journal.inOneTransaction(() -> rebuilt[0] = retaggedHistory());
        tagger = rebuilt[0];
    }

    /** A tagger of the stored knowledge; if it differs from what history was tagged with, history is re-tagged. */
    private MealTagger retaggedHistory() {
        List<Food> custom = userFoods.foods();
        Map<String, String> aliases = userFoods.aliases();
        MealTagger rebuilt = new MealTagger(FoodKnowledge.of(shipped, custom, aliases));
        String fingerprint = fingerprint(rebuilt.knowledge(), aliases);
        if (!fingerprint.equals(userFoods.setting(FINGERPRINT_KEY).orElse(""))) {
            int changed = journal.retagMeals(description -> rebuilt.tag(description).foodItems());
            userFoods.saveSetting(FINGERPRINT_KEY, fingerprint);
            LOG.info("Food knowledge changed; re-tagged " + changed + " meals");
        }
        return rebuilt;
    }

    /**
     * A digest of everything tagging depends on. Plain loops and no {@code String.format}: this
     * runs on every start, and in a fresh JVM the formatter alone took a sixth of a second.
     */
    static String fingerprint(FoodKnowledge knowledge, Map<String, String> aliases) {
        StringBuilder canonical = new StringBuilder("rules=" + TAGGER_RULES_VERSION + "\n");
        for (Food food : knowledge.foods()) {
            canonical.append(food.name()).append('\t').append(String.join("|", food.synonyms())).append('\t')
                    .append(food.nova()).append('\t');
            String separator = "";
            for (FoodTag tag : food.orderedTags()) {
                canonical.append(separator).append(tag.key());
                separator = " ";
            }
            canonical.append('\t').append(food.liveCultures()).append('\t')
                    .append(threeDecimals(food.alcoholUnits())).append('\t');
            separator = "";
            for (PlantPart plant : food.plants()) {
                canonical.append(separator).append(plant.format());
                separator = "|";
            }
            canonical.append('\n');
        }
        aliases.forEach((phrase, food) -> canonical.append(phrase).append('=').append(food).append('\n'));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** {@code String.format(Locale.ROOT, "%.3f", value)}, as the fingerprint has always written it. */
    static String threeDecimals(double value) {
        return new BigDecimal(Double.toString(value)).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
