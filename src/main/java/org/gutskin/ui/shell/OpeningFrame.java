package org.gutskin.ui.shell;

import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's first frame, shown while the shell's FXML loads and the journal opens: the
 * sidebar with the app's name, "Opening your journal…" where the shell shows it, and the demo
 * banner when it applies — laid out with the shell's style classes, so the shell replaces it
 * without anything moving. Built in code rather than FXML on purpose: FXMLLoader's first use
 * alone takes about 0.1 s, and this frame exists so that the window does not wait for it
 * (docs/benchmarks.md). It has no controls and no behaviour.
 */
public final class OpeningFrame {
    private OpeningFrame() {
    }

    public static Parent build(ResourceBundle bundle, boolean demo) {
        String opening = bundle.getString("shell.opening");
        Label title = label(bundle.getString("app.title"), "app-title");
        Label tagline = label(bundle.getString("app.tagline"), "app-tagline");
        tagline.setWrapText(true);
        VBox sidebar = new VBox(4, title, tagline);
        sidebar.getStyleClass().add("sidebar");

        Label message = new Label(opening);
        message.setId("opening-message");
        message.setWrapText(true);
        StackPane content = new StackPane(message);
        content.getStyleClass().add("content");

        HBox statusBar = new HBox(new Label(opening));
        statusBar.getStyleClass().add("status-bar");

        BorderPane frame = new BorderPane(content, null, null, statusBar, sidebar);
        frame.getStyleClass().add("shell");
        if (demo) {
            Label banner = label(bundle.getString("shell.demoBanner"), "banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.setWrapText(true);
            frame.setTop(banner);
        }
        return frame;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
