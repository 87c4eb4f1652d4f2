package org.gutskin.food;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gutskin.store.Database;

/** The user's foods, re-tagged foods and phrase corrections, kept in the journal file. */
public final class UserFoodRepository {
    private final Database database;

    public UserFoodRepository(Database database) {
        this.database = database;
    }

    public List<Food> foods() {
        return database.read(connection -> {
            List<Food> foods = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT name, synonyms, food_group, nova, tags, live_cultures, alcohol_units, plants
                    FROM user_food ORDER BY name""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    EnumSet<FoodTag> tags = EnumSet.noneOf(FoodTag.class);
                    for (String tag : rows.getString(5).split(" ")) {
                        if (!tag.isBlank()) {
                            tags.add(FoodTag.fromKey(tag));
                        }
                    }
                    int nova = rows.getInt(4);
                    Integer novaGroup = rows.wasNull() ? null : nova;
                    int live = rows.getInt(6);
                    Boolean liveCultures = rows.wasNull() ? null : live == 1;
                    foods.add(new Food(rows.getString(1), FoodKnowledge.list(rows.getString(2)), rows.getString(3),
                            novaGroup, tags, liveCultures, rows.getDouble(7),
                            FoodKnowledge.list(rows.getString(8)).stream().map(PlantPart::parse).toList(), true));
                }
            }
            return foods;
        });
    }

    public Map<String, String> aliases() {
        return database.read(connection -> {
            Map<String, String> aliases = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT phrase, food FROM food_alias ORDER BY phrase");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    aliases.put(rows.getString(1), rows.getString(2));
                }
            }
            return aliases;
        });
    }

    /** Adds a food, or replaces the user's version of it. */
    public void saveFood(Food food) {
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT OR REPLACE INTO user_food
                        (name, synonyms, food_group, nova, tags, live_cultures, alcohol_units, plants)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                upsert.setString(1, food.name());
                upsert.setString(2, String.join("|", food.synonyms()));
                upsert.setString(3, food.group());
                if (food.nova() == null) {
                    upsert.setNull(4, Types.INTEGER);
                } else {
                    upsert.setInt(4, food.nova());
                }
                upsert.setString(5, food.orderedTags().stream().filter(tag -> !tag.derived()).map(FoodTag::key)
                        .collect(Collectors.joining(" ")));
                if (food.liveCultures() == null) {
                    upsert.setNull(6, Types.INTEGER);
                } else {
                    upsert.setInt(6, food.liveCultures() ? 1 : 0);
                }
                upsert.setDouble(7, food.alcoholUnits());
                upsert.setString(8, food.plants().stream().map(PlantPart::format).collect(Collectors.joining("|")));
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets the user's version of a food: a shipped food goes back to its shipped tags. */
    public void deleteFood(String name) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM user_food WHERE name = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Makes {@code phrase} mean {@code food} from now on, in past meals too once they are re-tagged. */
    public void saveAlias(String phrase, String food) {
        upsertPair("INSERT OR REPLACE INTO food_alias (phrase, food) VALUES (?, ?)", phrase, food);
    }

    public Optional<String> setting(String key) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT value FROM app_setting WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void saveSetting(String key, String value) {
        upsertPair("INSERT OR REPLACE INTO app_setting (key, value) VALUES (?, ?)", key, value);
    }

    private void upsertPair(String sql, String first, String second) {
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(sql)) {
                upsert.setString(1, first);
                upsert.setString(2, second);
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
