package org.gutskin.food;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.MealKind;

/**
 * The foods the app knows — the shipped knowledge base with the user's own foods and changes laid
 * over it — indexed for the meal tagger: phrases by their first word, the vocabulary of words, and
 * a one-deletion index for typo tolerance.
 */
public final class FoodKnowledge {
    static final String SHIPPED_RESOURCE = "foods.csv";
    private static final int MIN_FUZZY_LENGTH = 5;
    /** Longer than any word of a food's name: a longer word is no typo of one. */
    private static final int MAX_FUZZY_LENGTH = 40;

    private final Map<String, Food> foodsByName;
    private final Map<String, Phrase[]> phrasesByFirstWord = new HashMap<>();
    private static final Comparator<Phrase> LONGEST_FIRST =
            (a, b) -> Integer.compare(b.words().length, a.words().length);

    private final Set<String> vocabulary;
    /** Built on the first unknown word: most meals never need it, and start-up should not pay for it. */
    private volatile Map<String, List<String>> wordsByDeletion;

    /** A way of writing a food: its words and the food it means. */
    record Phrase(String[] words, Food food) {
    }

    private FoodKnowledge(Collection<Food> foods, Map<String, String> aliases) {
        foodsByName = new LinkedHashMap<>();
        for (Food food : foods) {
            foodsByName.put(food.name(), food);
        }
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        for (Food food : foodsByName.values()) {
            addPhrase(phrases, food.name(), food);
            for (String synonym : food.synonyms()) {
                addPhrase(phrases, synonym, food);
            }
        }
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            Food food = foodsByName.get(alias.getValue());
            if (food != null) {
                phrases.remove(String.join(" ", Tokens.ofPhrase(alias.getKey())));
                addPhrase(phrases, alias.getKey(), food);
            }
        }
        // Plain loops rather than streams here: this runs at start-up, where every new class costs.
        Map<String, List<Phrase>> grouped = new HashMap<>();
        Set<String> words = new HashSet<>();
        for (Phrase phrase : phrases.values()) {
            List<Phrase> list = grouped.get(phrase.words()[0]);
            if (list == null) {
                list = new ArrayList<>(2);
                grouped.put(phrase.words()[0], list);
            }
            list.add(phrase);
            words.addAll(Arrays.asList(phrase.words()));
        }
        for (Map.Entry<String, List<Phrase>> group : grouped.entrySet()) {
            Phrase[] longestFirst = group.getValue().toArray(new Phrase[0]);
            Arrays.sort(longestFirst, LONGEST_FIRST);
            phrasesByFirstWord.put(group.getKey(), longestFirst);
        }
        vocabulary = words;
    }

    /** Every long vocabulary word under itself and under each of its one-letter deletions. */
    private Map<String, List<String>> deletionIndex() {
        Map<String, List<String>> index = wordsByDeletion;
        if (index == null) {
            index = new HashMap<>();
            for (String word : vocabulary) {
                if (word.length() >= MIN_FUZZY_LENGTH && isLetters(word)) {
                    for (int i = 0; i < word.length(); i++) {
                        String deletion = word.substring(0, i) + word.substring(i + 1);
                        index.computeIfAbsent(deletion, key -> new ArrayList<>(1)).add(word);
                    }
                    index.computeIfAbsent(word, key -> new ArrayList<>(1)).add(word);
                }
            }
            wordsByDeletion = index;
        }
        return index;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void addPhrase(Map<String, Phrase> phrases, String text, Food food) {
        List<String> words = Tokens.ofPhrase(text);
        if (!words.isEmpty()) {
            // the first food to claim a phrase keeps it; user foods come first, so they win
            phrases.putIfAbsent(String.join(" ", words), new Phrase(words.toArray(new String[0]), food));
        }
    }

    /** The knowledge base shipped with the app. */
    public static FoodKnowledge shipped() {
        return of(loadShipped(), List.of(), Map.of());
    }

    /**
     * The shipped foods with the user's knowledge laid over them: a user food with a shipped name
     * replaces it, a new name adds a food, and an alias makes a phrase mean a chosen food.
     */
    public static FoodKnowledge of(List<Food> shipped, List<Food> userFoods, Map<String, String> aliases) {
        Map<String, Food> merged = new LinkedHashMap<>();
        for (Food food : userFoods) {
            merged.put(food.name(), food.withCustom(true));
        }
        for (Food food : shipped) {
            merged.putIfAbsent(food.name(), food);
        }
        return new FoodKnowledge(merged.values(), aliases);
    }

    /**
     * The kind of a meal logged at {@code time} without one: a drink when everything in it is
     * something to drink ("coffee" at 21:04 is not a dinner), else what the clock suggests.
     */
    public MealKind kindOf(LocalTime time, List<FoodItem> items) {
        boolean drinks = !items.isEmpty() && items.stream().map(item -> food(item.food()))
                .allMatch(food -> food != null && (food.group().equals("drink") || food.group().equals("alcohol")));
        return drinks ? MealKind.DRINK : MealKind.guessFrom(time);
    }

    /** Reads the shipped data file; a broken row is a bug in the data and stops the app loudly. */
    public static List<Food> loadShipped() {
        try (InputStream in = FoodKnowledge.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The food knowledge base " + SHIPPED_RESOURCE + " is missing");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), SHIPPED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Food> read(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        List<Food> foods = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            try {
                foods.add(fromRow(row));
            } catch (RuntimeException e) {
                throw new IllegalStateException(source + ":" + row.getRecordNumber() + ": " + e.getMessage(), e);
            }
        }
        return foods;
    }

    private static Food fromRow(CSVRecord row) {
        EnumSet<FoodTag> tags = EnumSet.noneOf(FoodTag.class);
        for (String tag : row.get("tags").split(" ")) {
            if (!tag.isBlank()) {
                tags.add(FoodTag.fromKey(tag));
            }
        }
        String live = row.get("live_cultures").trim();
        String units = row.get("alcohol_units").trim();
        List<PlantPart> plants = new ArrayList<>();
        for (String plant : list(row.get("plants"))) {
            plants.add(PlantPart.parse(plant));
        }
        return new Food(row.get("name").trim(), list(row.get("synonyms")), row.get("group").trim(),
                row.get("nova").isBlank() ? null : Integer.valueOf(row.get("nova").trim()), tags,
                live.isEmpty() ? null : live.equals("yes"), units.isEmpty() ? 0 : Double.parseDouble(units),
                plants, false);
    }

    static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        for (String item : cell.split("\\|")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    public Collection<Food> foods() {
        return foodsByName.values();
    }

    public Food food(String name) {
        return foodsByName.get(name);
    }

    public int size() {
        return foodsByName.size();
    }

    Phrase[] phrasesStartingWith(String word) {
        return phrasesByFirstWord.get(word);
    }

    boolean knowsWord(String word) {
        return vocabulary.contains(word);
    }

    /**
     * The known word one typo away from {@code word} (both 5+ letters), or {@code null}. Words
     * longer than any food's are not looked at: the look is quadratic in the word's length.
     */
    String correctTypo(String word) {
        if (word.length() < MIN_FUZZY_LENGTH || word.length() > MAX_FUZZY_LENGTH || !isLetters(word)) {
            return null;
        }
        Map<String, List<String>> index = deletionIndex();
        String best = pick(null, word, index.get(word));
        for (int i = 0; i < word.length(); i++) {
            best = pick(best, word, index.get(word.substring(0, i) + word.substring(i + 1)));
        }
        return best;
    }

    private static String pick(String best, String word, List<String> candidates) {
        if (candidates == null) {
            return best;
        }
        for (String candidate : candidates) {
            if (candidate.length() >= MIN_FUZZY_LENGTH && oneEditApart(word, candidate)
                    && (best == null || candidate.compareTo(best) < 0)) {
                best = candidate;
            }
        }
        return best;
    }

    /** Damerau–Levenshtein distance of exactly one: one insertion, deletion, substitution or swap. */
    static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // substitution
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // swap
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
