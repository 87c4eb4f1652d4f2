package org.gutskin.ui.shell;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Shows a reminder: as a system-tray message where the desktop has a tray (java.awt.SystemTray),
 * otherwise as a notification in the corner of the window's screen (ControlsFX), bringing a
 * minimised window back so that it can be seen. Either opens Today where the reminder asks.
 */
public final class ReminderNotices {
    private static final Logger LOG = Logger.getLogger(ReminderNotices.class.getName());
    /** Long enough to be seen after a while away from the desk; it goes once Today is opened. */
    private static final Duration SHOWN_FOR = Duration.minutes(10);

    private final Stage stage;
    private final String openText;
    private final String stylesheet;
    private final TrayIcon trayIcon;

    private ReminderNotices(Stage stage, String openText, String stylesheet, TrayIcon trayIcon) {
        this.stage = stage;
        this.openText = openText;
        this.stylesheet = stylesheet;
        this.trayIcon = trayIcon;
    }

    /**
     * The notices for {@code stage}. Looks for a system tray, which loads AWT: call it off the FX
     * thread, and only when there are reminders to give.
     */
    public static ReminderNotices forWindow(Stage stage, String appTitle, String openText, String stylesheet) {
        return new ReminderNotices(stage, openText, stylesheet, trayIcon(appTitle));
    }

    private static TrayIcon trayIcon(String appTitle) {
        try {
            if (!SystemTray.isSupported()) {
                return null;
            }
            TrayIcon icon = new TrayIcon(drawnIcon(SystemTray.getSystemTray().getTrayIconSize().width), appTitle);
            icon.setImageAutoSize(true);
            SystemTray.getSystemTray().add(icon);
            return icon;
        } catch (AWTException | UnsupportedOperationException | SecurityException e) {
            LOG.log(Level.INFO, "No system tray: reminders show in the window's corner", e);
            return null;
        }
    }

    /** A plain mark for the tray until the app has an icon of its own: a green dot on a rose disc. */
    private static BufferedImage drawnIcon(int size) {
        int side = Math.max(size, 16);
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(new Color(0xC0, 0x6C, 0x84));
        graphics.fillOval(0, 0, side - 1, side - 1);
        graphics.setColor(new Color(0x2E, 0x7D, 0x32));
        graphics.fillOval(side / 4, side / 4, side / 2, side / 2);
        graphics.dispose();
        return image;
    }

    /** Shows one reminder; {@code open} (on the FX thread) opens Today where it asks. Call on the FX thread. */
    public void show(String title, String text, boolean dark, Runnable open) {
        if (trayIcon != null) {
            for (var listener : trayIcon.getActionListeners()) {
                trayIcon.removeActionListener(listener);
            }
            trayIcon.addActionListener(event -> Platform.runLater(open));
            trayIcon.displayMessage(title, text, TrayIcon.MessageType.INFO);
            return;
        }
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        Notifications.create().owner(stage).title(title).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR).action(new Action(openText, event -> {
                    hideNotices(); // done with: it goes, as its × would take it
                    open.run();
                })).show();
        dressNotices(dark);
    }

    private static void hideNotices() {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (isNotice(window)) {
                window.hide();
            }
        }
    }

    private static boolean isNotice(Window window) {
        return window instanceof Popup popup && popup.getScene() != null
                && popup.getScene().getRoot().lookup(".notification-bar") != null;
    }

    /**
     * ControlsFX draws its notices with colours of JavaFX's own theme, which the app does not
     * load (its text came out white on white): the notice's popup takes the app's stylesheet, in
     * the window's theme.
     */
    private void dressNotices(boolean dark) {
        for (Window window : Window.getWindows()) {
            if (isNotice(window)) {
                Parent root = window.getScene().getRoot();
                if (!root.getStylesheets().contains(stylesheet)) {
                    root.getStylesheets().add(stylesheet);
                }
                root.getStyleClass().removeAll("gutskin-notice", "dark");
                root.getStyleClass().add("gutskin-notice");
                if (dark) {
                    root.getStyleClass().add("dark");
                }
            }
        }
    }

    /** Takes the tray icon away as the app closes. */
    public void close() {
        if (trayIcon != null) {
            SystemTray.getSystemTray().remove(trayIcon);
        }
    }
}
