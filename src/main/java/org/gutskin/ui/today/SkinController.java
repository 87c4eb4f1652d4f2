package org.gutskin.ui.today;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.gutskin.journal.Symptom;
import org.gutskin.service.DayService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.Tasks;

/** The day's skin check: overall 0–10, each symptom 0–3 or not rated, the areas and a note. */
public final class SkinController extends DayPart {
    private final DayService days;
    private final Tasks tasks;

    @FXML
    private ResourceBundle resources;
    @FXML
    private CheckBox skinLogged;
    @FXML
    private Slider skinOverall;
    @FXML
    private Label skinValue;
    @FXML
    private TitledPane symptomsPane;
    /** Each symptom's name and buttons, hidden when the settings leave it out and the day has no rating of it. */
    private final Map<Symptom, List<Node>> symptomRows = new EnumMap<>(Symptom.class);
    @FXML
    private GridPane symptomGrid;
    @FXML
    private TextField skinAreas;
    @FXML
    private TextField skinNote;

    public SkinController(DayService days, Tasks tasks) {
        this.days = days;
        this.tasks = tasks;
    }

    @Override
    void bind() {
        skinLogged.selectedProperty().bindBidirectional(editor.skinLogged);
        skinOverall.valueProperty().addListener((observable, was, now) -> {
            editor.skinOverall.set(now.intValue());
            if (skinOverall.isValueChanging() || skinOverall.isFocused()) {
                editor.skinLogged.set(true);
            }
        });
        editor.skinOverall.addListener((observable, was, now) -> skinOverall.setValue(now.intValue()));
        Fields.ratingKeys(skinOverall, () -> editor.skinLogged.set(true));
        skinOverall.setOnMousePressed(event -> editor.skinLogged.set(true));
        Runnable showValue = () -> skinValue.setText(editor.skinLogged.get()
                ? Integer.toString(editor.skinOverall.get()) : "–");
        editor.skinLogged.addListener(observable -> showValue.run());
        editor.skinOverall.addListener(observable -> showValue.run());
        showValue.run();
        skinAreas.textProperty().bindBidirectional(editor.skinAreas);
        skinNote.textProperty().bindBidirectional(editor.skinNote);
        int row = 0;
        for (Symptom symptom : Symptom.values()) {
            Label name = new Label(resources.getString("symptom." + symptom.key()));
            name.setWrapText(true); // "Redness / rosacea" takes two lines in a narrow column, never an ellipsis
            HBox buttons = symptomButtons(symptom);
            symptomGrid.addRow(row++, name, buttons);
            symptomRows.put(symptom, List.of(name, buttons));
            editor.symptoms.get(symptom).addListener(observable -> nameSymptoms());
        }
        nameSymptoms();
    }

    /** A day with symptoms rated opens with them shown; one without keeps the nine rows folded away. */
    @Override
    void dayShown() {
        symptomsPane.setExpanded(ratedSymptoms() > 0);
        boolean any = false;
        for (Map.Entry<Symptom, List<Node>> row : symptomRows.entrySet()) {
            boolean shown = editor.shownSymptoms.contains(row.getKey())
                    || editor.symptoms.get(row.getKey()).get() != DayEditor.NOT_RATED;
            row.getValue().forEach(node -> {
                node.setVisible(shown);
                node.setManaged(shown);
            });
            any |= shown;
        }
        symptomsPane.setVisible(any);
        symptomsPane.setManaged(any);
    }

    private void nameSymptoms() {
        int rated = ratedSymptoms();
        symptomsPane.setText(rated == 0 ? resources.getString("today.symptoms")
                : Messages.format(resources, "today.symptomsRated", rated));
    }

    private int ratedSymptoms() {
        return (int) editor.symptoms.values().stream().filter(value -> value.get() != DayEditor.NOT_RATED).count();
    }

    /** "–" (not rated) and 0–3; one is always chosen. */
    private HBox symptomButtons(Symptom symptom) {
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox(2);
        for (int value = DayEditor.NOT_RATED; value <= Symptom.MAX; value++) {
            ToggleButton button = new ToggleButton(value == DayEditor.NOT_RATED ? "–" : Integer.toString(value));
            button.setId("symptom-" + symptom.key() + "-" + (value == DayEditor.NOT_RATED ? "none" : value));
            button.setUserData(value);
            button.setToggleGroup(group);
            button.getStyleClass().addAll("choice", "symptom-choice");
            buttons.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
                return;
            }
            int value = (Integer) now.getUserData();
            editor.symptoms.get(symptom).set(value);
            if (value != DayEditor.NOT_RATED) {
                editor.skinLogged.set(true);
            }
        });
        editor.symptoms.get(symptom).addListener((observable, was, now) -> Fields.select(group, now.intValue()));
        Fields.select(group, DayEditor.NOT_RATED);
        Fields.digitKeys(buttons, group);
        return buttons;
    }

    @FXML
    private void sameAsYesterday() {
        LocalDate yesterday = editor.date.get().minusDays(1);
        tasks.onJournal(() -> days.day(yesterday).skin()).onSuccess(skin -> {
            if (skin.isEmpty()) {
                host.say(resources.getString("today.noSkinYesterday"));
            } else {
                editor.loadSkin(skin);
            }
        }).whileDoing(resources.getString("today.whileLoading")).run();
    }

    @Override
    Node firstField() {
        return skinOverall;
    }
}
