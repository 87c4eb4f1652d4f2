package org.gutskin.ui.today;

import java.time.LocalDate;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for the first and last day of an antibiotic course, so each day need not be ticked. */
final class AntibioticCourseDialog {
    /** The days of a course, both included. */
    record Course(LocalDate start, LocalDate end) {
    }

    private AntibioticCourseDialog() {
    }

    static Optional<Course> ask(Window owner, LocalDate around, ResourceBundle bundle) {
        Dialog<Course> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("course.title"));
        dialog.setHeaderText(bundle.getString("course.header"));
        DatePicker start = new DatePicker(around);
        DatePicker end = new DatePicker(around.plusDays(6));
        Label problem = new Label();
        problem.getStyleClass().add("form-message");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(bundle.getString("course.start")), start);
        grid.addRow(1, new Label(bundle.getString("course.end")), end);
        grid.add(problem, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Runnable check = () -> {
            boolean wrong = start.getValue() == null || end.getValue() == null
                    || end.getValue().isBefore(start.getValue())
                    || end.getValue().isAfter(start.getValue().plusDays(365));
            problem.setText(wrong ? bundle.getString("course.wrong") : "");
            dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(wrong);
        };
        start.valueProperty().addListener(observable -> check.run());
        end.valueProperty().addListener(observable -> check.run());
        check.run();
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Course(start.getValue(), end.getValue()) : null);
        return dialog.showAndWait();
    }
}
