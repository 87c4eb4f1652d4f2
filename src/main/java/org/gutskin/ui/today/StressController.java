package org.gutskin.ui.today;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Times;

/** Stress check-ins, any number a day: a time, a level from 0 to 10 and a note. */
public final class StressController extends DayPart {
    private final Clock clock;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML
    private ResourceBundle resources;
    @FXML
    private TextField stressTime;
    @FXML
    private Slider stressLevel;
    @FXML
    private Label stressValue;
    @FXML
    private TextField stressNote;
    @FXML
    private Label stressProblem;
    @FXML
    private VBox stressList;

    public StressController(Clock clock) {
        this.clock = clock;
    }

    @Override
    void bind() {
        validation.registerValidator(stressTime, false, Fields.timeValidator("Check-in time"));
        stressValue.textProperty().bind(stressLevel.valueProperty().asString("%.0f"));
        Fields.ratingKeys(stressLevel, () -> { });
        stressLevel.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                addStress();
                event.consume();
            }
        });
        editor.stress.addListener((ListChangeListener<StressCheckIn>) change -> showStress());
    }

    @Override
    void clearDrafts() {
        stressTime.setText(Times.formatClock(LocalTime.now(clock)));
        stressNote.clear();
        Fields.setMessage(stressProblem, "");
    }

    @FXML
    private void addStress() {
        try {
            LocalTime time = Times.clockField("stress.time", resources.getString("today.checkInTime"),
                    stressTime.getText());
            String noteText = stressNote.getText();
            StressCheckIn checkIn = new StressCheckIn(time, (int) Math.round(stressLevel.getValue()),
                    noteText == null || noteText.isBlank() ? null : noteText);
            insert(checkIn);
            Fields.setMessage(stressProblem, "");
            stressNote.clear();
            stressTime.setText(Times.formatClock(LocalTime.now(clock)));
        } catch (InvalidEntryException e) {
            Fields.setMessage(stressProblem, e.getMessage());
        }
    }

    /** Adds a check-in in time order. */
    private void insert(StressCheckIn checkIn) {
        List<StressCheckIn> checkIns = new ArrayList<>(editor.stress);
        checkIns.add(checkIn);
        checkIns.sort(Comparator.comparing(StressCheckIn::time));
        editor.stress.setAll(checkIns);
    }

    private void showStress() {
        List<Node> rows = new ArrayList<>();
        for (int index = 0; index < editor.stress.size(); index++) {
            StressCheckIn checkIn = editor.stress.get(index);
            Label text = new Label(Times.formatClock(checkIn.time()) + "  ·  " + checkIn.level() + "/10"
                    + (checkIn.note() == null ? "" : "  ·  " + checkIn.note()));
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            int position = index;
            Button delete = Fields.rowButton("✕", resources.getString("today.delete"));
            delete.setId("delete-stress-" + index);
            delete.setOnAction(event -> {
                StressCheckIn removed = editor.stress.remove(position);
                host.offerUndo(resources.getString("today.checkInDeleted"), () -> insert(removed));
            });
            HBox row = new HBox(6, text, delete);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("entry-row");
            rows.add(row);
        }
        stressList.getChildren().setAll(rows);
    }

    @Override
    Node firstField() {
        return stressLevel;
    }
}
