package org.gutskin.food;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a free-text meal description the way people write it — "greek yogurt with banana and
 * oats; 2 glasses of red wine" — into foods with quantities. Longest phrases win ("kimchi fried
 * rice" before "kimchi"), plurals and one typo in a word of five or more letters are tolerated, and
 * every word that is neither a food nor a small word is reported as unknown, never guessed.
 */
public final class MealTagger {
    private final FoodKnowledge knowledge;

    public MealTagger(FoodKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    public FoodKnowledge knowledge() {
        return knowledge;
    }

    /** A phrase found at a position: the food, and where its words end. */
    private record Match(Food food, int end) {
    }

    public TaggedMeal tag(String description) {
        Tokens tokens = Tokens.of(description);
        String[] canonical = canonicalWords(tokens);
        List<TaggedItem> items = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int i = 0;
        int size = tokens.size();
        boolean leftOut = false;
        while (i < size) {
            if (canonical[i].equals(Tokens.BREAK)) {
                leftOut = false;
                i++;
                continue;
            }
            Quantities.Amount amount = Quantities.read(tokens, i);
            Match match = amount == null ? null : matchAfterModifiers(canonical, amount.end());
            TaggedItem item = null;
            if (match != null) {
                item = new TaggedItem(tokens.original(description, i, match.end()), match.food(), amount.value(),
                        amount.unit());
            } else {
                match = matchAfterModifiers(canonical, i);
                if (match != null) {
                    int start = i;
                    while (Quantities.isJoiner(tokens.word(start))) {
                        start++;
                    }
                    item = new TaggedItem(tokens.original(description, start, match.end()), match.food(), 1,
                            "serving");
                }
            }
            if (item != null) {
                if (!leftOut) {
                    items.add(item);
                }
                leftOut = false;
                i = match.end();
                continue;
            }
            String word = tokens.word(i);
            if (Quantities.isNegation(word)) {
                leftOut = true;
            } else if (!Quantities.isFiller(word)) {
                unknown.add(tokens.original(description, i, i + 1));
            }
            i++;
        }
        return new TaggedMeal(items, unknown);
    }

    /** A food at {@code start}, allowing cooking and size words before it ("toasted sourdough"). */
    private Match matchAfterModifiers(String[] words, int start) {
        for (int i = start; i < words.length && !words[i].equals(Tokens.BREAK); i++) {
            Match match = longestPhrase(words, i);
            if (match != null) {
                return match;
            }
            if (!Quantities.isFiller(words[i]) || Quantities.isUnit(words[i]) || Quantities.isNegation(words[i])
                    || words[i].equals("and") || words[i].equals("with") || words[i].equals("or")) {
                return null;
            }
        }
        return null;
    }

    private Match longestPhrase(String[] words, int start) {
        FoodKnowledge.Phrase[] candidates = knowledge.phrasesStartingWith(words[start]);
        if (candidates == null) {
            return null;
        }
        for (FoodKnowledge.Phrase phrase : candidates) {
            String[] phraseWords = phrase.words();
            int end = start + phraseWords.length;
            if (end > words.length) {
                continue;
            }
            boolean same = true;
            for (int k = 1; k < phraseWords.length && same; k++) {
                same = phraseWords[k].equals(words[start + k]);
            }
            if (same) {
                return new Match(phrase.food(), end);
            }
        }
        return null;
    }

    /** Each token as the vocabulary spells it: itself, its singular, or the word one typo away. */
    private String[] canonicalWords(Tokens tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = canonical(tokens.word(i));
        }
        return words;
    }

    private String canonical(String word) {
        if (knowledge.knowsWord(word) || word.equals(Tokens.BREAK)) {
            return word;
        }
        for (String singular : singulars(word)) {
            if (knowledge.knowsWord(singular)) {
                return singular;
            }
        }
        if (Quantities.isFiller(word) || Quantities.isNotFood(word)) {
            return word;
        }
        String corrected = knowledge.correctTypo(word);
        return corrected == null ? word : corrected;
    }

    private static List<String> singulars(String word) {
        int length = word.length();
        if (length < 3 || !word.endsWith("s")) {
            return List.of();
        }
        List<String> forms = new ArrayList<>(3);
        if (word.endsWith("ies")) {
            forms.add(word.substring(0, length - 3) + "y");
        }
        if (word.endsWith("ves")) {
            forms.add(word.substring(0, length - 3) + "f");
            forms.add(word.substring(0, length - 3) + "fe");
        }
        if (word.endsWith("es")) {
            forms.add(word.substring(0, length - 2));
        }
        forms.add(word.substring(0, length - 1));
        return forms;
    }
}
