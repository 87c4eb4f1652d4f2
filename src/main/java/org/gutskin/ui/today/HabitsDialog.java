package org.gutskin.ui.today;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.Converters;

/**
 * Add, rename and archive the habits you track. Archived habits leave daily entry but keep their
 * history; the built-in ones can be renamed only.
 */
final class HabitsDialog {
    private HabitsDialog() {
    }

    /** The habits that were added or changed, if the user pressed OK. */
    static Optional<List<Habit>> edit(Window owner, List<Habit> habits, ResourceBundle bundle) {
        Dialog<List<Habit>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("habits.title"));
        dialog.setHeaderText(bundle.getString("habits.header"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(bundle.getString("habits.name")), new Label(bundle.getString("habits.archived")));
        List<TextField> names = new ArrayList<>();
        List<CheckBox> archived = new ArrayList<>();
        for (Habit habit : habits) {
            TextField name = new TextField(habit.name());
            CheckBox archive = new CheckBox();
            archive.setSelected(habit.archived());
            archive.setDisable(habit.builtIn());
            names.add(name);
            archived.add(archive);
            grid.addRow(grid.getRowCount(), name, archive);
        }
        TextField newName = new TextField();
        newName.setId("new-habit-name");
        newName.setPromptText(bundle.getString("habits.newPrompt"));
        ComboBox<HabitKind> newKind = new ComboBox<>();
        newKind.getItems().setAll(HabitKind.values());
        newKind.setValue(HabitKind.YES_NO);
        newKind.setConverter(Converters.showing(kind -> bundle.getString("habits.kind." + kind.key())));
        List<Habit> added = new ArrayList<>();
        Label problem = new Label();
        problem.getStyleClass().add("form-message");
        problem.setWrapText(true);
        Button add = new Button(bundle.getString("habits.add"));
        add.setId("add-habit");
        add.setOnAction(event -> {
            try {
                String name = newName.getText().strip();
                String key = Habit.keyFor(name);
                if (habits.stream().anyMatch(habit -> habit.key().equals(key))
                        || added.stream().anyMatch(habit -> habit.key().equals(key))) {
                    throw new InvalidEntryException("habit.name", Messages.format(bundle, "habits.exists", name));
                }
                Habit habit = new Habit(key, name, newKind.getValue(), false, false);
                added.add(habit);
                grid.addRow(grid.getRowCount(), new Label(name + " (" + bundle.getString("habits.kind."
                        + habit.kind().key()) + ")"), new Label(bundle.getString("habits.new")));
                newName.clear();
                problem.setText("");
            } catch (InvalidEntryException e) {
                problem.setText(e.getMessage());
            }
        });
        newName.setOnAction(add.getOnAction());
        dialog.getDialogPane().setContent(new VBox(10, grid, new HBox(6, newName, newKind, add), problem));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            List<Habit> changed = new ArrayList<>(added);
            for (int i = 0; i < habits.size(); i++) {
                Habit habit = habits.get(i);
                String name = names.get(i).getText().isBlank() ? habit.name() : names.get(i).getText().strip();
                if (!name.equals(habit.name()) || archived.get(i).isSelected() != habit.archived()) {
                    changed.add(new Habit(habit.key(), name, habit.kind(), habit.builtIn(),
                            archived.get(i).isSelected()));
                }
            }
            return changed;
        });
        return dialog.showAndWait();
    }
}
