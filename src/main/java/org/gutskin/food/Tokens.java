package org.gutskin.food;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lower-case word tokens, remembering where each came from in the original, so
 * that a recognised item can quote the user's own words. Accents are folded ("rosé" → "rose"),
 * apostrophes dropped ("shepherd's" → "shepherds"), "&" read as "and" and "w/" as "with".
 * Commas, semicolons, "+", line breaks and similar end a segment: a food never spans them.
 */
final class Tokens {
    /** Marks the end of a segment in the token list. */
    static final String BREAK = ",";

    final List<String> words = new ArrayList<>();
    final List<int[]> spans = new ArrayList<>();

    private Tokens() {
    }

    static Tokens of(String text) {
        Tokens tokens = new Tokens();
        StringBuilder word = new StringBuilder();
        int start = -1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 128 ? isAsciiWordChar(c) : Character.isLetterOrDigit(c)) {
                if (start < 0) {
                    start = i;
                }
                appendFolded(word, c);
            } else if ((c == '.' || c == '/') && start >= 0 && i + 1 < length
                    && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i - 1))) {
                word.append(c); // 1.5 and 1/2 stay one token
            } else if (c == '\u00bd' || c == '\u00bc' || c == '\u00be') {
                start = tokens.flush(word, start, i);
                tokens.add(c == '\u00bd' ? "1/2" : c == '\u00bc' ? "1/4" : "3/4", i, i + 1);
            } else if (c == '\'' || c == '\u2019') {
                continue; // shepherd's → shepherds
            } else if (c == '/' && word.length() == 1 && word.charAt(0) == 'w') {
                word.setLength(0);
                tokens.add("with", start, i + 1);
                start = -1;
            } else {
                start = tokens.flush(word, start, i);
                if (c == '&') {
                    tokens.add("and", i, i + 1);
                } else if (c == ',' || c == ';' || c == '+' || c == '\n' || c == '\r' || c == '|' || c == '('
                        || c == ')' || c == ':' || c == '!' || c == '?' || c == '\u2022') {
                    tokens.add(BREAK, i, i + 1);
                } else if (c == '.' && (i + 1 >= length || Character.isWhitespace(text.charAt(i + 1)))) {
                    tokens.add(BREAK, i, i + 1);
                }
            }
        }
        tokens.flush(word, start, length);
        return tokens;
    }

    int size() {
        return words.size();
    }

    String word(int index) {
        return words.get(index);
    }

    /** The user's original text from token {@code from} to token {@code to} (exclusive). */
    String original(String text, int from, int to) {
        return text.substring(spans.get(from)[0], spans.get(to - 1)[1]);
    }

    private int flush(StringBuilder word, int start, int end) {
        if (word.length() > 0) {
            add(word.toString(), start, end);
            word.setLength(0);
        }
        return -1;
    }

    private void add(String token, int start, int end) {
        words.add(token);
        spans.add(new int[] {start, end});
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '%';
    }

    private static void appendFolded(StringBuilder word, char c) {
        if (c < 128) {
            word.append(Character.toLowerCase(c));
            return;
        }
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int i = 0; i < folded.length(); i++) {
            char part = folded.charAt(i);
            if (Character.getType(part) != Character.NON_SPACING_MARK) {
                word.append(Character.toLowerCase(part));
            }
        }
    }

    /** The tokens of a data phrase (name or synonym), with no breaks. */
    static List<String> ofPhrase(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : of(phrase).words) {
            if (!word.equals(BREAK)) {
                words.add(word);
            }
        }
        return words;
    }
}
