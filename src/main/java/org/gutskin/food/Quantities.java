package org.gutskin.food;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of amounts: numbers, number words, units, and the small words around them. */
final class Quantities {
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?|\\d+/\\d+)([a-z]*)");

    private static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1.0), Map.entry("an", 1.0), Map.entry("one", 1.0), Map.entry("two", 2.0),
            Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
            Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("half", 0.5), Map.entry("dozen", 12.0),
            Map.entry("couple", 2.0), Map.entry("few", 3.0), Map.entry("several", 3.0), Map.entry("double", 2.0),
            Map.entry("single", 1.0), Map.entry("quarter", 0.25));

    /** Unit words, plural and short forms mapped to the singular name shown and stored. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("g", "g"), Map.entry("gr", "g"), Map.entry("gram", "g"), Map.entry("grams", "g"),
            Map.entry("grammes", "g"), Map.entry("kg", "kg"), Map.entry("ml", "ml"), Map.entry("l", "l"),
            Map.entry("litre", "l"), Map.entry("liter", "l"), Map.entry("litres", "l"), Map.entry("liters", "l"),
            Map.entry("cl", "cl"), Map.entry("oz", "oz"), Map.entry("ounce", "oz"), Map.entry("ounces", "oz"),
            Map.entry("lb", "lb"), Map.entry("lbs", "lb"), Map.entry("pound", "lb"), Map.entry("pounds", "lb"),
            Map.entry("slice", "slice"), Map.entry("slices", "slice"), Map.entry("glass", "glass"),
            Map.entry("glasses", "glass"), Map.entry("cup", "cup"), Map.entry("cups", "cup"), Map.entry("mug", "mug"),
            Map.entry("mugs", "mug"), Map.entry("bowl", "bowl"), Map.entry("bowls", "bowl"), Map.entry("plate", "plate"),
            Map.entry("plates", "plate"), Map.entry("piece", "piece"), Map.entry("pieces", "piece"),
            Map.entry("handful", "handful"), Map.entry("handfuls", "handful"), Map.entry("tbsp", "tbsp"),
            Map.entry("tablespoon", "tbsp"), Map.entry("tablespoons", "tbsp"), Map.entry("tsp", "tsp"),
            Map.entry("teaspoon", "tsp"), Map.entry("teaspoons", "tsp"), Map.entry("spoon", "spoon"),
            Map.entry("spoons", "spoon"), Map.entry("spoonful", "spoon"), Map.entry("spoonfuls", "spoon"),
            Map.entry("can", "can"), Map.entry("cans", "can"), Map.entry("tin", "can"), Map.entry("tins", "can"),
            Map.entry("bottle", "bottle"), Map.entry("bottles", "bottle"), Map.entry("pint", "pint"),
            Map.entry("pints", "pint"), Map.entry("shot", "shot"), Map.entry("shots", "shot"),
            Map.entry("scoop", "scoop"), Map.entry("scoops", "scoop"), Map.entry("serving", "serving"),
            Map.entry("servings", "serving"), Map.entry("portion", "serving"), Map.entry("portions", "serving"),
            Map.entry("helping", "serving"), Map.entry("helpings", "serving"), Map.entry("bar", "bar"),
            Map.entry("bars", "bar"), Map.entry("square", "square"), Map.entry("squares", "square"),
            Map.entry("pinch", "pinch"), Map.entry("dash", "dash"), Map.entry("splash", "splash"),
            Map.entry("bag", "bag"), Map.entry("bags", "bag"), Map.entry("packet", "packet"),
            Map.entry("packets", "packet"), Map.entry("pack", "packet"), Map.entry("pot", "pot"),
            Map.entry("pots", "pot"), Map.entry("tub", "pot"), Map.entry("jar", "jar"), Map.entry("clove", "clove"),
            Map.entry("cloves", "clove"), Map.entry("rasher", "rasher"), Map.entry("rashers", "rasher"),
            Map.entry("fillet", "fillet"), Map.entry("fillets", "fillet"), Map.entry("stick", "stick"),
            Map.entry("sticks", "stick"), Map.entry("wedge", "wedge"), Map.entry("wedges", "wedge"),
            Map.entry("sprinkle", "sprinkle"), Map.entry("drizzle", "drizzle"), Map.entry("knob", "knob"),
            Map.entry("dollop", "dollop"), Map.entry("dollops", "dollop"), Map.entry("x", "serving"),
            Map.entry("leaf", "leaf"), Map.entry("leaves", "leaf"),
            Map.entry("loaf", "loaf"), Map.entry("carton", "carton"), Map.entry("sachet", "sachet"),
            Map.entry("sachets", "sachet"), Map.entry("tray", "tray"), Map.entry("box", "box"));

    /** Words that carry no food of their own: joiners, articles, cooking words, meal words. */
    private static final Set<String> FILLER = Set.of(
            "and", "with", "or", "of", "on", "in", "the", "some", "my", "our", "plus", "topped", "side", "sides",
            "served", "over", "into", "for", "at", "from", "to", "little", "bit", "bits", "extra", "lots", "lot",
            "loads", "fresh", "homemade", "home", "made", "organic", "raw", "cooked", "grilled", "roasted", "roast",
            "baked", "fried", "steamed", "boiled", "poached", "sliced", "chopped", "diced", "mashed", "toasted",
            "plain", "mini", "light", "lightly", "leftover", "leftovers", "frozen", "hot", "cold", "warm", "iced",
            "spicy", "mild", "quick", "healthy", "tasty", "delicious", "lunch", "dinner", "breakfast", "snack",
            "snacks", "brunch", "supper", "meal", "takeaway", "takeout", "restaurant", "delivery", "late", "night",
            "evening", "morning", "afternoon", "nice", "good", "ate", "had", "drank", "eaten", "drink", "drinks",
            "about", "approx", "around", "ish", "more", "another", "again", "same", "as", "usual", "also", "then",
            "after", "before", "just", "only", "very", "too", "much", "many", "each", "per", "portion", "bite",
            "bites", "sip", "sips", "whole", "fat", "low", "free", "full", "skinny", "big", "huge", "tiny",
            "x", "times", "small", "medium", "large", "i", "we", "it", "was", "were", "is", "a", "an", "this", "that", "these", "those",
            "without", "no", "not", "minus", "hold", "half", "quarter", "couple", "few", "several", "dash", "splash", "pinch");

    /** Small words that join foods or stand before them; an item's quoted text never starts with one. */
    private static final Set<String> JOINERS = Set.of(
            "and", "with", "or", "of", "on", "in", "the", "some", "my", "our", "plus", "topped", "side", "sides",
            "served", "over", "into", "for", "at", "from", "to", "also", "then", "after", "before", "just", "only",
            "ate", "had", "drank", "i", "we", "was", "were", "is", "this", "that", "these", "those", "as", "usual",
            "same", "again", "another", "more", "about", "approx", "around", "without", "no", "not");

    /** Words that say the next food was left out: "coffee without sugar", "no cheese". */
    private static final Set<String> NEGATIONS = Set.of("without", "no", "not", "minus", "hold");

    /**
     * Everyday words one typo away from a food ("party" / "pasty", "study" / "stew"): never
     * corrected into one, so they are reported as unknown instead.
     */
    private static final Set<String> NOT_FOOD = Set.of(
            "party", "parties", "study", "happy", "hurry", "early", "tired", "start", "great", "cheap", "heavy",
            "family", "friend", "friends", "office", "school", "meeting", "holiday", "travel", "hotel", "picnic",
            "movie", "movies", "sport", "sports", "shopping", "cleaning", "reading", "gaming", "running", "walking",
            "hiking", "cycling", "swimming", "working", "sleep", "sleeping", "nap", "bath", "shower", "music",
            "dancing", "cooking", "baking", "garden", "gardening", "church", "prayer", "stress", "anxious", "sick",
            "period", "relax", "relaxed", "visit", "guests", "dinner", "lunch", "brunch", "drinks", "pints",
            "birthday", "wedding", "festival", "concert", "weekend", "morning", "evening", "tonight", "today",
            "later", "again", "after", "before", "while", "maybe", "plenty", "quite", "really", "little");

    private Quantities() {
    }

    /** A parsed amount: {@code value} of {@code unit}, taking tokens up to {@code end} (exclusive). */
    record Amount(double value, String unit, int end) {
    }

    static boolean isFiller(String word) {
        return FILLER.contains(word) || NUMBER_WORDS.containsKey(word) || UNITS.containsKey(word)
                || NUMBER.matcher(word).matches();
    }

    static boolean isNotFood(String word) {
        return NOT_FOOD.contains(word);
    }

    static boolean isJoiner(String word) {
        return JOINERS.contains(word);
    }

    static boolean isNegation(String word) {
        return NEGATIONS.contains(word);
    }

    static boolean isUnit(String word) {
        return UNITS.containsKey(word);
    }

    /**
     * Reads an amount starting at {@code start}: "2", "200g", "2x", "1/2", "a", "half a", "a couple of",
     * "two slices of", "a handful of", "glass of" — or returns {@code null} when there is none. A unit
     * word counts as a unit only when more words follow ("2 shots of rum"); alone it may be a food.
     */
    static Amount read(Tokens tokens, int start) {
        int i = start;
        double value = 1;
        String unit = null;
        boolean found = false;
        String word = tokens.word(i);
        Matcher number = NUMBER.matcher(word);
        if (number.matches()) {
            String glued = number.group(2);
            if (!glued.isEmpty() && !UNITS.containsKey(glued)) {
                return null;
            }
            value = parseNumber(number.group(1));
            unit = glued.isEmpty() ? null : UNITS.get(glued);
            found = true;
            i++;
        } else if (NUMBER_WORDS.containsKey(word)) {
            value = NUMBER_WORDS.get(word);
            found = true;
            i++;
            String next = wordAt(tokens, i);
            if ((word.equals("half") || word.equals("quarter")) && ("a".equals(next) || "an".equals(next))) {
                i++;
            } else if (word.matches("an?|one") && next != null && next.matches("couple|few|dozen|half")) {
                value = NUMBER_WORDS.get(next);
                i++;
            } else if ("dozen".equals(next)) {
                value *= 12;
                i++;
            }
        }
        String next = wordAt(tokens, i);
        String after = wordAt(tokens, i + 1);
        if (unit == null && next != null && UNITS.containsKey(next) && after != null) {
            unit = UNITS.get(next);
            found = true;
            i++;
        }
        if (!found) {
            return null;
        }
        if ("of".equals(wordAt(tokens, i))) {
            i++;
        }
        return new Amount(value, unit == null ? "serving" : unit, i);
    }

    /** The word at {@code index}, or {@code null} past the end of the segment. */
    private static String wordAt(Tokens tokens, int index) {
        if (index >= tokens.size() || tokens.word(index).equals(Tokens.BREAK)) {
            return null;
        }
        return tokens.word(index);
    }

    private static double parseNumber(String text) {
        int slash = text.indexOf('/');
        if (slash > 0) {
            double denominator = Double.parseDouble(text.substring(slash + 1));
            return denominator == 0 ? 1 : Double.parseDouble(text.substring(0, slash)) / denominator;
        }
        return Double.parseDouble(text);
    }
}
