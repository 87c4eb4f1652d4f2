package org.gutskin.food;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/**
 * The foods the app knows — the shipped knowledge base with the user's own foods and changes laid
 * over it — indexed for the meal tagger: phrases by their first word, the vocabulary of words, and
 * a one-deletion index for typo tolerance.
 */
public final class FoodKnowledge {
    static final String SHIPPED_RESOURCE = "foods.csv";
    private static final int MIN_FUZZY_LENGTH = 5;

    private final Map<String, Food> foodsByName;
    private final Map<String, Phrase[]> phrasesByFirstWord = new HashMap<>();
    private final Set<String> vocabulary;
    private final Map<String, List<String>> wordsByDeletion = new HashMap<>();

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
        aliases.forEach((phrase, foodName) -> {
            Food food = foodsByName.get(foodName);
            if (food != null) {
                phrases.remove(String.join(" ", Tokens.ofPhrase(phrase)));
                addPhrase(phrases, phrase, food);
            }
        });
        Map<String, List<Phrase>> grouped = new HashMap<>();
        Set<String> words = new HashSet<>();
        for (Phrase phrase : phrases.values()) {
            grouped.computeIfAbsent(phrase.words()[0], key -> new ArrayList<>()).add(phrase);
            words.addAll(Arrays.asList(phrase.words()));
        }
        grouped.forEach((first, list) -> {
            list.sort(Comparator.comparingInt((Phrase phrase) -> phrase.words().length).reversed());
            phrasesByFirstWord.put(first, list.toArray(new Phrase[0]));
        });
        vocabulary = Set.copyOf(words);
        for (String word : vocabulary) {
            if (word.length() >= MIN_FUZZY_LENGTH && word.chars().allMatch(Character::isLetter)) {
                for (int i = 0; i < word.length(); i++) {
                    String deletion = word.substring(0, i) + word.substring(i + 1);
                    wordsByDeletion.computeIfAbsent(deletion, key -> new ArrayList<>(1)).add(word);
                }
                wordsByDeletion.computeIfAbsent(word, key -> new ArrayList<>(1)).add(word);
            }
        }
        wordsByDeletion.values().forEach(list -> list.sort(Comparator.naturalOrder()));
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
        return new Food(row.get("name").trim(), list(row.get("synonyms")), row.get("group").trim(),
                row.get("nova").isBlank() ? null : Integer.valueOf(row.get("nova").trim()), tags,
                live.isEmpty() ? null : live.equals("yes"), units.isEmpty() ? 0 : Double.parseDouble(units),
                list(row.get("plants")).stream().map(PlantPart::parse).toList(), false);
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

    /** The known word one typo away from {@code word} (both 5+ letters), or {@code null}. */
    String correctTypo(String word) {
        if (word.length() < MIN_FUZZY_LENGTH) {
            return null;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return null;
            }
        }
        String best = pick(null, word, wordsByDeletion.get(word));
        for (int i = 0; i < word.length(); i++) {
            best = pick(best, word, wordsByDeletion.get(word.substring(0, i) + word.substring(i + 1)));
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
