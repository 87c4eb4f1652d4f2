package org.gutskin.ui.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.gutskin.text.Messages;

/**
 * The main window: navigation on the left, the chosen section in the middle, the journal's
 * location at the bottom. Sections are loaded when first shown, after the journal is open.
 */
public final class ShellController {
    @FXML
    private VBox navigation;
    @FXML
    private StackPane content;
    @FXML
    private VBox opening;
    @FXML
    private Label openingMessage;
    @FXML
    private Label status;
    @FXML
    private ToggleButton darkTheme;
    @FXML
    private Label demoBanner;
    @FXML
    private Label readOnlyBanner;
    @FXML
    private ResourceBundle resources;

    private static final Logger LOG = Logger.getLogger(ShellController.class.getName());
    /**
     * Most journals open in a blink: the spinner joins the "Opening your journal" line only when
     * it takes longer, so it never flashes (and the shell's first layout does not wait for its skin).
     */
    static final Duration SPINNER_DELAY = Duration.millis(500);

    private final ToggleGroup sections = new ToggleGroup();
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final Map<Section, Node> loaded = new EnumMap<>(Section.class);
    private Function<Section, Node> sectionFactory;
    private Consumer<Boolean> onThemeChange = dark -> { };
    private final PauseTransition spinnerDelay = new PauseTransition(SPINNER_DELAY);

    @FXML
    private void initialize() {
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(resources.getString(section.key() + ".nav"));
            button.setId("nav-" + section.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(sections);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMnemonicParsing(true);
            button.getStyleClass().add("nav-button");
            button.setDisable(true);
            buttons.put(section, button);
            navigation.getChildren().add(button);
        }
        sections.selectedToggleProperty().addListener((observable, previous, now) -> {
            if (now == null && previous != null) {
                previous.setSelected(true); // one section is always shown
            } else if (now != null) {
                buttons.forEach((section, button) -> {
                    if (button == now) {
                        show(section);
                    }
                });
            }
        });
        darkTheme.selectedProperty().addListener((observable, was, dark) -> onThemeChange.accept(dark));
        spinnerDelay.setOnFinished(event -> opening.getChildren().add(0, new ProgressIndicator()));
        showOpening();
    }

    /** The "Demo journal" banner, for a journal that is not the user's own. */
    public void showDemoBanner(boolean demo) {
        show(demoBanner, demo);
    }

    /** The "Read-only" banner, while the journal's folder cannot be written. */
    public void showReadOnlyBanner(boolean readOnly) {
        show(readOnlyBanner, readOnly);
    }

    private static void show(Label banner, boolean shown) {
        banner.setVisible(shown);
        banner.setManaged(shown);
    }

    public void setTheme(boolean dark, Consumer<Boolean> onChange) {
        darkTheme.setSelected(dark);
        this.onThemeChange = onChange;
    }

    /** The journal is open: enable navigation and show Today. */
    public void attach(Function<Section, Node> factory, String journalLocation) {
        this.sectionFactory = factory;
        spinnerDelay.stop();
        content.getChildren().remove(opening);
        buttons.values().forEach(button -> button.setDisable(false));
        status.setText(Messages.format(resources, "shell.journalAt", journalLocation));
        select(Section.TODAY);
    }

    /** The journal is being closed and opened again (a restore): drop the sections built on it. */
    public void detach() {
        loaded.clear();
        buttons.values().forEach(button -> button.setDisable(true));
        showOpening();
    }

    /** The journal could not be opened: say so where the sections would be. */
    public void showOpenFailed(String sentence) {
        spinnerDelay.stop();
        say(sentence);
    }

    /**
     * The journal is open in another window, which a dialog is saying: the sentence goes on the
     * status line only, so that none of it peeks out from behind the dialog.
     */
    public void showOpenElsewhere(String sentence) {
        spinnerDelay.stop();
        opening.getChildren().clear();
        status.setText(sentence);
    }

    private void showOpening() {
        say(resources.getString("shell.opening"));
        content.getChildren().setAll(opening);
        spinnerDelay.playFromStart();
    }

    /** One sentence where the sections would be, without the spinner, and on the status line. */
    private void say(String sentence) {
        opening.getChildren().setAll(openingMessage);
        openingMessage.setText(sentence);
        status.setText(sentence);
    }

    public void select(Section section) {
        buttons.get(section).setSelected(true);
    }

    private void show(Section section) {
        Node node = loaded.get(section);
        if (node == null) {
            try {
                node = sectionFactory.apply(section);
                loaded.put(section, node);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Cannot show " + section, e);
                Label failed = new Label(Messages.format(resources, "shell.viewFailed",
                        resources.getString(section.key())));
                failed.setWrapText(true);
                node = failed;
            }
        }
        content.getChildren().setAll(node);
    }
}
