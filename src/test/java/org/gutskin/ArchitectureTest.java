package org.gutskin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the package rules of shared/STYLE.md true by reading every source file's imports. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/gutskin");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    /** For each package: the packages of ours it may import. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "journal", Set.of(),
            "store", Set.of("journal"),
            "food", Set.of("journal", "store"),
            "analysis", Set.of("journal", "food"),
            "exchange", Set.of("journal", "store", "food", "analysis"),
            "sample", Set.of("journal", "food"),
            "cli", Set.of("journal", "store", "food", "analysis", "exchange", "sample", "root"),
            "ui", Set.of("journal", "store", "food", "analysis", "exchange", "sample", "root"));

    private static final Set<String> CORE = Set.of("journal", "store", "food", "analysis", "exchange", "sample");

    @Test
    void corePackagesNeverImportJavaFx() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path source : sources()) {
            String layer = layerOf(source);
            if (CORE.contains(layer)) {
                for (String imported : imports(source)) {
                    if (imported.startsWith("javafx.") || imported.startsWith("org.controlsfx")
                            || imported.startsWith("atlantafx")) {
                        violations.add(SOURCES.relativize(source) + " imports " + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void packagesImportOnlyWhatTheStyleGuideAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path source : sources()) {
            String layer = layerOf(source);
            if (!ALLOWED.containsKey(layer)) {
                continue;
            }
            for (String imported : imports(source)) {
                if (!imported.startsWith("org.gutskin.")) {
                    continue;
                }
                String target = layerOfImport(imported);
                if (!target.equals(layer) && !ALLOWED.get(layer).contains(target)) {
                    violations.add(SOURCES.relativize(source) + " (" + layer + ") imports " + imported);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theSourcesWereFound() throws IOException {
        assertTrue(sources().size() > 20, "read the source tree");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    private static String layerOf(Path source) {
        Path relative = SOURCES.relativize(source);
        return relative.getNameCount() == 1 ? "root" : relative.getName(0).toString();
    }

    private static String layerOfImport(String imported) {
        String[] parts = imported.substring("org.gutskin.".length()).split("\\.");
        return parts.length > 1 && Character.isLowerCase(parts[0].charAt(0)) ? parts[0] : "root";
    }

    private static List<String> imports(Path source) throws IOException {
        List<String> imports = new ArrayList<>();
        Matcher matcher = IMPORT.matcher(Files.readString(source));
        while (matcher.find()) {
            imports.add(matcher.group(1));
        }
        return imports;
    }
}
