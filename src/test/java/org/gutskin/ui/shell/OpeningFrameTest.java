package org.gutskin.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gutskin.ui.GutskinApplication;
import org.gutskin.ui.common.ViewLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The window's first frame, and the shell taking its place without anything moving. */
class OpeningFrameTest {
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 700;
    private final ResourceBundle bundle = ResourceBundle.getBundle(GutskinApplication.BUNDLE);
    private final FxRobot robot = new FxRobot();
    private static Stage stage;
    private static String themeBefore;

    @BeforeAll
    static void toolkitWithTheAppsTheme() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        themeBefore = Application.getUserAgentStylesheet();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @AfterAll
    static void restoreTheme() {
        Application.setUserAgentStylesheet(themeBefore);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theFirstFrameSaysTheJournalIsOpeningAndHasNothingToClick() throws TimeoutException {
        Parent frame = show(() -> OpeningFrame.build(bundle, false));
        assertEquals(bundle.getString("shell.opening"), label(frame, "#opening-message").getText());
        assertEquals(bundle.getString("app.title"), label(frame, ".app-title").getText());
        assertTrue(frame.lookupAll(".label").stream()
                .anyMatch(label -> label.getParent().getStyleClass().contains("status-bar")), "status bar");
        assertNull(frame.lookup(".banner"), "no demo banner on the user's own journal");
        assertTrue(frame.lookupAll("*").stream().filter(Control.class::isInstance)
                .allMatch(Label.class::isInstance), "only text: nothing that looks clickable but is not");
    }

    @Test
    void theOpeningLineIsCentredInTheWindowsMiddle() throws TimeoutException {
        Parent frame = show(() -> OpeningFrame.build(bundle, false));
        Bounds content = sceneBounds(frame.lookup(".content"));
        Bounds text = sceneBounds(frame.lookup("#opening-message").lookup(".text"));
        assertEquals(content.getCenterX(), text.getCenterX(), 1, "text " + text + " in " + content);
        assertEquals(content.getCenterY(), text.getCenterY(), 1, "text " + text + " in " + content);
    }

    @Test
    void aDemoJournalSaysSoFromTheFirstFrame() throws TimeoutException {
        Parent frame = show(() -> OpeningFrame.build(bundle, true));
        assertEquals(bundle.getString("shell.demoBanner"), label(frame, ".banner").getText());
    }

    @Test
    void theShellTakesTheFirstFramesPlaceWithoutMovingWhatBothShow() throws TimeoutException {
        for (boolean demo : new boolean[] {false, true}) {
            Parent frame = show(() -> OpeningFrame.build(bundle, demo));
            Map<String, Bounds> before = placesOf(frame);
            Parent shell = show(() -> {
                ViewLoader.View<ShellController> view = new ViewLoader(
                        Map.of(ShellController.class, ShellController::new), bundle).load(ShellController.class);
                view.controller().showDemoBanner(demo);
                return view.root();
            });
            Map<String, Bounds> after = placesOf(shell);
            for (String node : before.keySet()) {
                assertClose(before.get(node), after.get(node), node + (demo ? " (demo)" : ""));
            }
        }
    }

    /** Where the nodes both frames show sit in the window. */
    private static Map<String, Bounds> placesOf(Parent root) {
        return Map.of("opening message", sceneBounds(root.lookup("#opening-message")),
                "title", sceneBounds(root.lookup(".app-title")),
                "tagline", sceneBounds(root.lookup(".app-tagline")),
                "content", sceneBounds(root.lookup(".content")),
                "status bar", sceneBounds(root.lookup(".status-bar")));
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static void assertClose(Bounds expected, Bounds actual, String what) {
        String message = what + ": " + expected + " then " + actual;
        assertEquals(expected.getMinX(), actual.getMinX(), 0.5, message);
        assertEquals(expected.getMinY(), actual.getMinY(), 0.5, message);
        assertEquals(expected.getWidth(), actual.getWidth(), 0.5, message);
        assertEquals(expected.getHeight(), actual.getHeight(), 0.5, message);
    }

    /** Shows the root in a window of a fixed size, styled as the app styles it, and lays it out. */
    private Parent show(Supplier<Parent> root) throws TimeoutException {
        Parent[] shown = new Parent[1];
        robot.interact(() -> {
            shown[0] = root.get();
            Scene scene = new Scene(shown[0], WIDTH, HEIGHT);
            scene.getStylesheets().add(GutskinApplication.class.getResource("gutskin.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            shown[0].applyCss();
            shown[0].layout();
        });
        return shown[0];
    }

    private static Label label(Parent root, String selector) {
        return (Label) root.lookup(selector);
    }
}
