package org.gutskin.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size, position, maximised state and theme, remembered in {@code window.properties}
 * in the data folder. It holds no journal data.
 */
public final class WindowState {
    static final String FILE_NAME = "window.properties";
    static final double DEFAULT_WIDTH = 1180;
    static final double DEFAULT_HEIGHT = 760;
    private static final Logger LOG = Logger.getLogger(WindowState.class.getName());

    private final Path file;
    private final Properties properties = new Properties();

    private WindowState(Path file) {
        this.file = file;
    }

    public static WindowState loadFrom(Path dataFolder) {
        WindowState state = new WindowState(dataFolder.resolve(FILE_NAME));
        if (Files.isRegularFile(state.file)) {
            try (InputStream in = Files.newInputStream(state.file)) {
                state.properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.INFO, "Ignoring unreadable window settings", e);
                state.properties.clear();
            }
        }
        return state;
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(properties.getProperty("theme.dark", "false"));
    }

    public void setDarkTheme(boolean dark) {
        properties.setProperty("theme.dark", Boolean.toString(dark));
    }

    /** Puts the stage where it was last time, if that place is still on a screen. */
    public void applyTo(Stage stage) {
        double width = number("width", DEFAULT_WIDTH);
        double height = number("height", DEFAULT_HEIGHT);
        double x = number("x", Double.NaN);
        double y = number("y", Double.NaN);
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y, width, height)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(properties.getProperty("maximized", "false")));
    }

    public void rememberFrom(Stage stage) {
        properties.setProperty("maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            properties.setProperty("x", Double.toString(stage.getX()));
            properties.setProperty("y", Double.toString(stage.getY()));
            properties.setProperty("width", Double.toString(stage.getWidth()));
            properties.setProperty("height", Double.toString(stage.getHeight()));
        }
    }

    /** Writes the settings; a folder that does not exist (the journal never opened) is left alone. */
    public void save() {
        if (!Files.isDirectory(file.getParent())) {
            return;
        }
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "Gutskin Journal window settings");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.INFO, "Cannot save window settings", e);
        }
    }

    private double number(String key, double fallback) {
        try {
            return Double.parseDouble(properties.getProperty(key, Double.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static boolean onSomeScreen(double x, double y, double width, double height) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty();
    }
}
