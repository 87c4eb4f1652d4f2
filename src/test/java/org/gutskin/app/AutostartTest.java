package org.gutskin.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutostartTest {
    @TempDir
    Path home;

    @Test
    void onLinuxAnXdgAutostartEntryIsWrittenAndRemoved() throws IOException {
        Path config = home.resolve("my config");
        Autostart entry = Autostart.of(List.of("/usr/bin/java", "-jar", "/opt/gutskin app/gutskin.jar"),
                home.resolve("journal 100%"), Map.of("XDG_CONFIG_HOME", config.toString()), "Linux", home);
        assertEquals(config.resolve("autostart/gutskin-journal.desktop"), entry.file());
        assertFalse(entry.isOn());

        entry.turnOn();
        assertTrue(entry.isOn());
        List<String> lines = Files.readAllLines(entry.file());
        assertEquals("[Desktop Entry]", lines.get(0));
        assertTrue(lines.contains("Type=Application"), lines.toString());
        assertTrue(lines.contains("Exec=/usr/bin/java -jar \"/opt/gutskin app/gutskin.jar\" --data-dir \""
                + home.resolve("journal 100%%") + "\" --minimized"), lines.toString());
        try (var left = Files.list(entry.file().getParent())) {
            assertEquals(List.of(entry.file()), left.toList(), "no temporary file left beside it");
        }

        entry.turnOn(); // again, over the one there: the jar may have moved
        assertTrue(entry.isOn());
        entry.turnOff();
        assertFalse(entry.isOn());
        assertFalse(Files.exists(entry.file()));
        entry.turnOff(); // nothing there: nothing to do
    }

    @Test
    void withoutXdgConfigHomeTheEntryGoesInDotConfig() {
        Autostart entry = Autostart.of(List.of("/opt/gutskin/bin/Gutskin"), home.resolve("j"), Map.of(), "Linux", home);
        assertEquals(home.resolve(".config/autostart/gutskin-journal.desktop"), entry.file());
    }

    @Test
    void anExecArgumentIsQuotedAsTheDesktopEntrySpecAsks() {
        assertEquals("plain", Autostart.desktopQuoted("plain"));
        assertEquals("\"two words\"", Autostart.desktopQuoted("two words"));
        assertEquals("\"a \\\"quote\\\" \\$HOME \\\\ \\`x\\` 50%%\"", Autostart.desktopQuoted("a \"quote\" $HOME \\ `x` 50%"));
    }

    @Test
    void onMacOsALaunchAgentAndOnWindowsAStartupCommand() throws IOException {
        Autostart mac = Autostart.of(List.of("/Applications/Gutskin Journal.app/Contents/MacOS/Gutskin Journal"),
                home.resolve("j&k"), Map.of(), "Mac OS X", home);
        assertEquals(home.resolve("Library/LaunchAgents/org.gutskin.journal.plist"), mac.file());
        mac.turnOn();
        String plist = Files.readString(mac.file());
        assertTrue(plist.contains("<string>/Applications/Gutskin Journal.app/Contents/MacOS/Gutskin Journal</string>"),
                plist);
        assertTrue(plist.contains("<string>" + home.resolve("j&amp;k") + "</string>"), plist);
        assertTrue(plist.contains("<key>RunAtLoad</key>"), plist);

        Autostart windows = Autostart.of(List.of("C:\\Program Files\\Gutskin\\Gutskin.exe"), Path.of("journal"),
                Map.of("APPDATA", home.resolve("Roaming").toString()), "Windows 11", home);
        assertEquals(home.resolve("Roaming/Microsoft/Windows/Start Menu/Programs/Startup/Gutskin Journal.cmd"),
                windows.file());
        windows.turnOn();
        assertEquals("@start \"\" \"C:\\Program Files\\Gutskin\\Gutskin.exe\" \"--data-dir\" \"journal\""
                + " \"--minimized\"\r\n", Files.readString(windows.file()));
    }
}
