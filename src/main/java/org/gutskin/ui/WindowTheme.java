package org.gutskin.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import javafx.application.Application;
import javafx.scene.Parent;

/** The window's look: AtlantaFX's Primer theme, light or dark, and the app's own stylesheet. */
final class WindowTheme {
    private WindowTheme() {
    }

    /** Switches the whole window (and the dialogs it opens) to the light or the dark theme. */
    static void apply(Parent root, boolean dark) {
        useThemeStylesheet(dark);
        markDark(root, dark);
    }

    /** AtlantaFX's theme, in its precompiled binary form, which loads faster than parsing the CSS. */
    static void useThemeStylesheet(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /**
     * gutskin.css as the build compiles it (pom.xml), which loads without the CSS parser; the CSS
     * itself where the build step did not run, as when started from an IDE.
     */
    static URL ownStylesheet() {
        URL compiled = GutskinApplication.class.getResource("gutskin.bss");
        return compiled != null ? compiled : GutskinApplication.class.getResource("gutskin.css");
    }

    /** The app's stylesheet picks its dark colours by this class on the root. */
    static void markDark(Parent root, boolean dark) {
        root.getStyleClass().remove("dark");
        if (dark) {
            root.getStyleClass().add("dark");
        }
    }
}
