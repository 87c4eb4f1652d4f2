package org.gutskin.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The entry that starts the app, minimised, when the person logs in, so that reminders come even
 * after the window was closed: an XDG autostart {@code .desktop} file on Linux, a LaunchAgent on
 * macOS, a command in the Startup folder on Windows. Written and removed only when the person
 * asks (docs/reminders.md).
 */
public final class Autostart {
    /** The option the entry starts the window with. */
    public static final String MINIMIZED = "--minimized";

    private final Path entry;
    private final String content;

    private Autostart(Path entry, String content) {
        this.entry = entry;
        this.content = content;
    }

    /**
     * The entry for this platform that starts {@code command} (the app's own launcher, or java with
     * its jar) on the journal in {@code dataFolder}.
     */
    public static Autostart of(List<String> command, Path dataFolder, Map<String, String> env, String osName,
                               Path home) {
        List<String> arguments = new ArrayList<>(command);
        arguments.addAll(List.of("--data-dir", dataFolder.toString(), MINIMIZED));
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path startup = base(env, "APPDATA", home.resolve("AppData/Roaming"))
                    .resolve("Microsoft/Windows/Start Menu/Programs/Startup/Gutskin Journal.cmd");
            return new Autostart(startup, "@start \"\" " + arguments.stream().map(Autostart::windowsQuoted)
                    .collect(Collectors.joining(" ")) + "\r\n");
        }
        if (os.contains("mac")) {
            return new Autostart(home.resolve("Library/LaunchAgents/org.gutskin.journal.plist"), plist(arguments));
        }
        Path autostart = base(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("autostart");
        return new Autostart(autostart.resolve("gutskin-journal.desktop"), String.join("\n",
                "[Desktop Entry]",
                "Type=Application",
                "Name=Gutskin Journal",
                "Comment=Reminders to log food, sleep, stress and skin",
                "Exec=" + arguments.stream().map(Autostart::desktopQuoted).collect(Collectors.joining(" ")),
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                ""));
    }

    /**
     * How this process was started, to start it again at login: the installed app's launcher, or
     * java with the app's jar; empty when neither can be told (started from a build's classes folder).
     */
    public static Optional<List<String>> thisApp() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null) {
            return Optional.of(List.of(launcher));
        }
        Optional<String> java = ProcessHandle.current().info().command();
        Optional<Path> jar = AppJar.location();
        return java.isPresent() && jar.isPresent() ? Optional.of(List.of(java.get(), "-jar", jar.get().toString()))
                : Optional.empty();
    }

    private static Path base(Map<String, String> env, String variable, Path usual) {
        String value = env.get(variable);
        return value != null && !value.isBlank() ? Path.of(value) : usual;
    }

    /** The file this entry is written to. */
    public Path file() {
        return entry;
    }

    public boolean isOn() {
        return Files.isRegularFile(entry);
    }

    /** Writes the entry, in place of an older one (a moved jar, another journal folder). */
    public void turnOn() {
        try {
            Files.createDirectories(entry.getParent());
            Path writing = entry.resolveSibling(entry.getFileName() + ".writing");
            Files.writeString(writing, content, StandardCharsets.UTF_8);
            try {
                Files.move(writing, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(writing, entry, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + entry, e);
        }
    }

    public void turnOff() {
        try {
            Files.deleteIfExists(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + entry, e);
        }
    }

    /** An argument of a .desktop Exec line: quoted when it must be, with the characters the spec reserves escaped. */
    static String desktopQuoted(String argument) {
        if (!argument.isEmpty() && argument.chars().noneMatch(c -> " \t\n\"'\\><~|&;$*?#()`%".indexOf(c) >= 0)) {
            return argument;
        }
        return "\"" + argument.replaceAll("([\"`$\\\\])", "\\\\$1").replace("%", "%%") + "\"";
    }

    private static String windowsQuoted(String argument) {
        return "\"" + argument.replace("\"", "\"\"") + "\"";
    }

    private static String plist(List<String> arguments) {
        String programArguments = arguments.stream().map(argument -> "        <string>" + argument.replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;") + "</string>").collect(Collectors.joining("\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                    <key>Label</key>
                    <string>org.gutskin.journal</string>
                    <key>ProgramArguments</key>
                    <array>
                %s
                    </array>
                    <key>RunAtLoad</key>
                    <true/>
                </dict>
                </plist>
                """.formatted(programArguments);
    }
}
