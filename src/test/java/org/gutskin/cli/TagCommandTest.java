package org.gutskin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.store.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagCommandTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = CommandLineRunner.build(directory -> { }, List.of(new TagCommand()), TestClock.FIXED);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void jsonHasExactlyTheDocumentedShape() {
        assertEquals(0, run("--data-dir", folder.toString(), "tag", "--json",
                "greek", "yogurt", "with", "banana;", "2 glasses of red wine", "and", "glorp"));
        assertEquals("{\"items\":["
                + "{\"text\":\"greek yogurt\",\"food\":\"greek yogurt\",\"quantity\":1.0,\"unit\":\"serving\","
                + "\"nova\":1,\"tags\":[\"fermented\",\"dairy\"],\"plants\":[]},"
                + "{\"text\":\"banana\",\"food\":\"banana\",\"quantity\":1.0,\"unit\":\"serving\","
                + "\"nova\":1,\"tags\":[\"prebiotic\",\"plant\"],\"plants\":[\"banana\"]},"
                + "{\"text\":\"2 glasses of red wine\",\"food\":\"red wine\",\"quantity\":2.0,\"unit\":\"glass\","
                + "\"nova\":3,\"tags\":[\"processed\",\"alcohol\"],\"plants\":[]}],"
                + "\"unknown\":[\"glorp\"]}", out.toString().strip());
    }

    @Test
    void jsonStringsAreEscapedAndReadBackAsTyped() throws Exception {
        String odd = "kimchi \"hi\" \\ \u0001 é";
        assertEquals(0, run("--data-dir", folder.toString(), "tag", "--json", odd));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(1, out.toString().strip().lines().count(), "one line");
        List<String> words = new ArrayList<>();
        json.get("items").forEach(item -> words.add(item.get("text").asText()));
        json.get("unknown").forEach(word -> words.add(word.asText()));
        assertEquals("kimchi", words.get(0));
        assertTrue(String.join(" ", words).contains("\u0001") || String.join(" ", words).contains("é"),
                words.toString());
    }

    @Test
    void theUsersOwnKnowledgeIsUsedEvenWhileTheJournalIsOpenElsewhere() {
        try (App app = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            app.foods().teachPhrase("glorp", "kimchi");
            assertEquals(0, run("--data-dir", folder.toString(), "tag", "glorp"));
        }
        assertTrue(out.toString().startsWith("glorp → kimchi"), out.toString());
    }

    @Test
    void textNamesTheTagsAsTheWindowDoesWhileJsonKeepsTheKeys() {
        assertEquals(0, run("--data-dir", folder.toString(), "tag", "pot noodle"));
        assertEquals("pot noodle → instant noodles (1 serving)  NOVA 4  ultra-processed, high GI",
                out.toString().strip());
    }

    @Test
    void textOutputListsUnknownWords() {
        assertEquals(0, run("--data-dir", folder.toString(), "tag", "zorblax"));
        assertEquals("No foods recognised.\nUnknown: zorblax", out.toString().strip().replace("\r\n", "\n"));
    }

    @Test
    void tagWithoutTextIsAUsageError() {
        assertEquals(2, run("--data-dir", folder.toString(), "tag"));
        assertTrue(err.toString().contains("Missing required parameter"), err.toString());
    }
}
