package org.gutskin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.Test;

/** Every text a view asks for exists in the resource bundle. */
class BundleKeysTest {
    private static final Path VIEWS = Path.of("src/main/resources/org/gutskin/ui");
    private static final Path CODE = Path.of("src/main/java/org/gutskin/ui");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("getString\\(\"([\\w.]+)\"\\)");

    private final ResourceBundle bundle = ResourceBundle.getBundle(GutskinApplication.BUNDLE);

    @Test
    void everyKeyUsedInFxmlAndCodeExists() throws IOException {
        List<String> missing = new ArrayList<>();
        int used = 0;
        for (Path file : files(VIEWS, ".fxml")) {
            used += collectMissing(file, FXML_KEY, missing);
        }
        for (Path file : files(CODE, ".java")) {
            used += collectMissing(file, CODE_KEY, missing);
        }
        assertTrue(used > 5, "found the keys in use");
        assertEquals(List.of(), missing);
    }

    @Test
    void everySectionHasItsTexts() {
        for (Section section : Section.values()) {
            for (String suffix : List.of("", ".nav")) {
                assertTrue(bundle.containsKey(section.key() + suffix), section.key() + suffix);
            }
        }
    }

    private int collectMissing(Path file, Pattern pattern, List<String> missing) throws IOException {
        Matcher matcher = pattern.matcher(Files.readString(file));
        int used = 0;
        while (matcher.find()) {
            used++;
            if (!bundle.containsKey(matcher.group(1))) {
                missing.add(file.getFileName() + ": " + matcher.group(1));
            }
        }
        return used;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix)).toList();
        }
    }
}
