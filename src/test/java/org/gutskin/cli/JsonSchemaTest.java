package org.gutskin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gutskin.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The JSON of {@code tag --json} and {@code insights --json}, read back with a JSON library:
 * exactly the keys and types docs/food-knowledge.md and docs/analysis.md document, each named there.
 */
class JsonSchemaTest {
    @TempDir
    static Path folder;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = CommandLineRunner.build(directory -> { },
                List.of(new TagCommand(), new InsightsCommand(), new GenerateCommand()), TestClock.FIXED);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, commandLine.execute(args), String.join(" ", args));
        return out.toString();
    }

    @BeforeAll
    static void generate() {
        run("--data-dir", folder.toString(), "generate", "--days", "365", "--seed", "3", "--end", "2026-06-30");
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static void documented(String doc, Set<String> keys) throws IOException {
        String text = Files.readString(Path.of("docs", doc));
        for (String key : keys) {
            assertTrue(text.contains(key), key + " is documented in docs/" + doc);
        }
    }

    @Test
    void tagJsonHasTheDocumentedKeysAndTypes() throws IOException {
        JsonNode json = MAPPER.readTree(run("--data-dir", folder.toString(), "tag", "--json",
                "kimchi fried rice and 2 glasses of red wine and zorblax"));
        assertEquals(Set.of("items", "unknown"), keys(json));
        assertEquals(List.of("zorblax"), List.of(json.get("unknown").get(0).asText()));
        Set<String> itemKeys = Set.of("text", "food", "quantity", "unit", "nova", "tags", "plants");
        for (JsonNode item : json.get("items")) {
            assertEquals(itemKeys, keys(item));
            assertTrue(item.get("text").isTextual() && item.get("food").isTextual() && item.get("unit").isTextual());
            assertTrue(item.get("quantity").isNumber() && item.get("nova").isInt());
            assertTrue(item.get("tags").isArray() && item.get("plants").isArray());
        }
        documented("food-knowledge.md", itemKeys);
    }

    @Test
    void insightsJsonHasTheDocumentedKeysAndTypes() throws IOException {
        JsonNode json = MAPPER.readTree(run("--data-dir", folder.toString(), "insights", "--json"));
        Set<String> top = Set.of("from", "to", "days_logged", "skin_trend", "flare_days", "flags", "associations",
                "tested", "not_enough_data");
        assertEquals(top, keys(json));
        assertEquals("2025-07-01", json.get("from").asText());
        assertTrue(json.get("days_logged").isInt() && json.get("tested").isInt() && json.get("not_enough_data").isNull());
        Set<String> trend = Set.of("direction", "slope_per_week", "window_days", "skin_checks");
        assertEquals(trend, keys(json.get("skin_trend")));
        Set<String> flag = Set.of("id", "message", "window_start", "window_end", "values", "skin_trend");
        for (JsonNode each : json.get("flags")) {
            assertEquals(flag, keys(each));
            each.get("values").forEach(value -> assertTrue(value.isNumber() || value.isNull(), value.toString()));
        }
        List<String> factors = new ArrayList<>();
        Set<String> association = new TreeSet<>(Set.of("factor", "effect", "ci_low", "ci_high", "p", "q",
                "n_exposed", "n_unexposed", "explained_by", "message"));
        assertTrue(json.get("associations").size() > 0, "the generated journal has planted associations");
        for (JsonNode each : json.get("associations")) {
            Set<String> keys = keys(each);
            assertTrue(keys.contains("lag_days") ^ keys.contains("window_days"), keys.toString());
            keys.remove("lag_days");
            keys.remove("window_days");
            assertEquals(association, keys);
            assertTrue(each.get("effect").isNumber() && each.get("q").isNumber() && each.get("p").isNumber());
            factors.add(each.get("factor").asText());
        }
        assertTrue(factors.contains("ultra_processed"), factors.toString());
        Set<String> all = new TreeSet<>(top);
        all.addAll(trend);
        all.addAll(flag);
        all.addAll(association);
        all.addAll(Set.of("lag_days", "window_days"));
        documented("analysis.md", all);
    }
}
