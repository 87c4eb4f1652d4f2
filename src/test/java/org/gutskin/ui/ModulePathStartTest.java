package org.gutskin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gutskin.ChildJvm;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn javafx:run} (the README's first command) puts JavaFX on the module path, where
 * ControlsFX may only reach JavaFX's internals through the options in pom.xml. This starts the
 * real window that way, with those options, and checks that every section opens.
 */
class ModulePathStartTest {
    /** Monocle, the headless platform of the tests, needs these on the module path too; the app does not. */
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true",
            "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.glass.events=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.application=ALL-UNNAMED",
            "--add-exports=javafx.graphics/com.sun.javafx.tk=ALL-UNNAMED",
            "--add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED");
    private static final Pattern JAVAFX_JAR = Pattern.compile(".*javafx-[a-z]+-[0-9.]+-(linux|mac|win)[^/\\\\]*\\.jar");

    @TempDir
    Path folder;

    /** The JVM options the javafx-maven-plugin is configured with. */
    private static List<String> javafxRunOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        int plugin = pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>");
        String options = pom.substring(pom.indexOf("<options>", plugin), pom.indexOf("</options>", plugin));
        List<String> found = new ArrayList<>();
        Matcher option = Pattern.compile("<option>([^<]+)</option>").matcher(options);
        while (option.find()) {
            found.add(option.group(1).strip());
        }
        return found;
    }

    @Test
    void theWindowStartedLikeMvnJavafxRunOpensEverySection() throws Exception {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        String modulePath = classPath.stream().filter(entry -> JAVAFX_JAR.matcher(entry).matches())
                .collect(Collectors.joining(File.pathSeparator));
        String rest = classPath.stream().filter(entry -> !entry.contains("javafx-"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> options = javafxRunOptions();
        assertTrue(options.stream().anyMatch(option -> option.startsWith("--add-exports")), options.toString());

        List<String> command = new ArrayList<>(List.of(ChildJvm.java()));
        command.addAll(options);
        command.addAll(HEADLESS);
        command.addAll(List.of("--module-path", modulePath, "--add-modules", "javafx.controls,javafx.fxml",
                "-cp", rest, ModulePathVisit.class.getName(), folder.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), output);

        assertTrue(output.lines().anyMatch(("visited " + Section.values().length)::equals),
                output);
        String log = Files.readString(folder.resolve("gutskin0.log"));
        assertFalse(log.contains("SEVERE"), log);
        assertEquals(0, child.exitValue(), output);
    }
}
