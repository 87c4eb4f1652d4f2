package org.gutskin.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.gutskin.food.Food;
import org.gutskin.food.FoodLibrary;
import org.gutskin.food.FoodTag;
import org.gutskin.food.TaggedItem;
import org.gutskin.journal.SearchHit;
import org.gutskin.store.JournalRepository;

/** Finds the days whose meals, foods, tags or notes match what the user typed. */
public final class SearchService {
    /** The most days a search returns, newest first. */
    public static final int LIMIT = 300;

    private final JournalRepository journal;
    private final FoodLibrary foods;

    public SearchService(JournalRepository journal, FoodLibrary foods) {
        this.journal = journal;
        this.foods = foods;
    }

    /**
     * Days matching {@code text}, newest first: in meal descriptions, food names and notes, and
     * days with a food the text means — a tag ("fermented", or its name as shown, from
     * {@code tagNames}) stands for every food with it, a food's synonym for the food.
     */
    public List<SearchHit> search(String text, Function<FoodTag, String> tagNames) {
        return journal.search(text, foodsMeant(text, tagNames), LIMIT);
    }

    Set<String> foodsMeant(String text, Function<FoodTag, String> tagNames) {
        Set<String> names = new LinkedHashSet<>();
        String key = text.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (FoodTag tag : FoodTag.values()) {
            if (tag.key().equals(key) || tagNames.apply(tag).equalsIgnoreCase(text)) {
                for (Food food : foods.knowledge().foods()) {
                    if (food.has(tag)) {
                        names.add(food.name());
                    }
                }
            }
        }
        for (TaggedItem item : foods.tag(text).items()) {
            names.add(item.food().name());
        }
        return names;
    }
}
