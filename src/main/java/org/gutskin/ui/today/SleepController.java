package org.gutskin.ui.today;

import java.time.Clock;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.controlsfx.validation.ValidationSupport;

/** Last night's sleep: bed and wake times, how long that was, and how well (1–5). */
public final class SleepController extends DayPart {
    private final Clock clock;
    private final ToggleGroup qualityToggles = new ToggleGroup();
    private final ValidationSupport validation = new ValidationSupport();

    @FXML
    private ResourceBundle resources;
    @FXML
    private Label sleepDuration;
    @FXML
    private TextField bedTime;
    @FXML
    private TextField wakeTime;
    @FXML
    private HBox sleepQuality;
    @FXML
    private Label sleepProblem;
    @FXML
    private Label sleepWaiting;

    public SleepController(Clock clock) {
        this.clock = clock;
    }

    @Override
    void bind() {
        bedTime.textProperty().bindBidirectional(editor.bedTime);
        wakeTime.textProperty().bindBidirectional(editor.wakeTime);
        validation.registerValidator(bedTime, false, Fields.timeValidator("Bed time"));
        validation.registerValidator(wakeTime, false, Fields.timeValidator("Wake time"));
        for (int quality = 1; quality <= 5; quality++) {
            ToggleButton button = new ToggleButton(Integer.toString(quality));
            button.setId("sleep-quality-" + quality);
            button.setToggleGroup(qualityToggles);
            button.setUserData(quality);
            button.setTooltip(new Tooltip(resources.getString("today.quality." + quality)));
            button.getStyleClass().add("choice");
            sleepQuality.getChildren().add(button);
        }
        Fields.digitKeys(sleepQuality, qualityToggles);
        qualityToggles.selectedToggleProperty().addListener((observable, was, now) ->
                editor.sleepQuality.set(now == null ? DayEditor.NO_QUALITY : (Integer) now.getUserData()));
        editor.sleepQuality.addListener((observable, was, now) -> Fields.select(qualityToggles, now.intValue()));
        Runnable duration = () -> sleepDuration.setText(editor.sleepDuration(clock.getZone()));
        editor.bedTime.addListener(observable -> duration.run());
        editor.wakeTime.addListener(observable -> duration.run());
        editor.date.addListener(observable -> duration.run());
        Fields.showProblems(editor, "sleep.", sleepProblem);
        sleepWaiting.visibleProperty().bind(editor.sleepWaitsForQuality);
        sleepWaiting.managedProperty().bind(editor.sleepWaitsForQuality);
        Fields.markInvalid(editor, bedTime, "sleep.bedTime");
        Fields.markInvalid(editor, wakeTime, "sleep.wakeTime");
    }

    @Override
    Node firstField() {
        return bedTime;
    }
}
