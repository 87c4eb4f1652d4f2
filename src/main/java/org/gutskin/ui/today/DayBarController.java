package org.gutskin.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.util.converter.LocalDateStringConverter;

/** The day shown — its date, buttons to the day before and after and to today — and whether it is saved. */
public final class DayBarController {
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK);

    private final Clock clock;
    private Consumer<LocalDate> onChosen = date -> { };
    private Runnable onRetry = () -> { };
    private LocalDate shown;

    @FXML
    private DatePicker datePicker;
    @FXML
    private Label dayTitle;
    @FXML
    private Label saveState;
    @FXML
    private Button retry;
    @FXML
    private Label saveProblem;

    public DayBarController(Clock clock) {
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        datePicker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
        datePicker.valueProperty().addListener((observable, was, now) -> {
            if (now != null && shown != null && !now.equals(shown)) {
                onChosen.accept(now);
            }
        });
    }

    /** What happens when the user asks for another day, and for another try at saving. */
    void attach(Consumer<LocalDate> chosen, Runnable retried) {
        this.onChosen = chosen;
        this.onRetry = retried;
    }

    /** The day on screen; also puts the date picker back when a day could not be left. */
    void show(LocalDate date) {
        shown = date;
        datePicker.setValue(date);
        dayTitle.setText(date.format(TITLE));
    }

    void say(String message) {
        saveState.setText(message);
    }

    /** Shows why the last save failed, with a Retry button; null hides both. */
    void showRetry(String problem) {
        boolean shownNow = problem != null;
        saveProblem.setText(shownNow ? problem : "");
        for (Node node : new Node[] {retry, saveProblem}) {
            node.setVisible(shownNow);
            node.setManaged(shownNow);
        }
    }

    /** True while the last save failed and waits for Retry. */
    boolean waitsForRetry() {
        return retry.isVisible();
    }

    @FXML
    void previousDay() {
        if (shown != null) { // the first day is still loading
            onChosen.accept(shown.minusDays(1));
        }
    }

    @FXML
    void nextDay() {
        if (shown != null) {
            onChosen.accept(shown.plusDays(1));
        }
    }

    @FXML
    private void goToday() {
        onChosen.accept(LocalDate.now(clock));
    }

    @FXML
    private void retry() {
        onRetry.run();
    }
}
