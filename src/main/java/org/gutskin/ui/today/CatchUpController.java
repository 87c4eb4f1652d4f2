package org.gutskin.ui.today;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import org.gutskin.journal.DayEntry;
import org.gutskin.service.DayService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.Tasks;

/**
 * Catching up on Today: "3 days not logged: Thu, Fri, Sat", each day a menu to open it, give it
 * the skin or the meals of the last day that had them, or leave it not logged ("I don't
 * remember"), which is kept so that it is not offered again — and is never a zero.
 */
public final class CatchUpController {
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d", Locale.UK);

    private final DayService days;
    private final Tasks tasks;

    @FXML
    private ResourceBundle resources;
    @FXML
    private FlowPane strip;
    @FXML
    private Label title;
    @FXML
    private FlowPane dayMenus;
    @FXML
    private Button skipAll;

    private Consumer<LocalDate> openDay = date -> { };
    private Runnable filled = () -> { };
    private LocalDate today;
    private List<DayService.MissedDay> missed = List.of();

    public CatchUpController(DayService days, Tasks tasks) {
        this.days = days;
        this.tasks = tasks;
    }

    /** Where a day chosen here is opened, and who hears that one was filled in (the week's numbers). */
    void attach(Consumer<LocalDate> open, Runnable onFilled) {
        this.openDay = open;
        this.filled = onFilled;
    }

    /** Looks for missed days when {@code shownDay} is today; shows nothing on another day. */
    void refresh(LocalDate shownDay, LocalDate currentDay) {
        if (!shownDay.equals(currentDay)) {
            show(List.of());
            return;
        }
        today = currentDay;
        tasks.onJournal(() -> days.catchUp(currentDay)).onSuccess(this::show).run();
    }

    private void show(List<DayService.MissedDay> catchUp) {
        missed = catchUp;
        boolean any = !missed.isEmpty();
        strip.setVisible(any);
        strip.setManaged(any);
        dayMenus.getChildren().clear();
        if (!any) {
            return;
        }
        title.setText(Messages.format(resources, "catchUp.title", missed.size(),
                missed.stream().map(day -> WEEKDAY.format(day.date())).collect(Collectors.joining(", "))));
        for (DayService.MissedDay missedDay : missed) {
            LocalDate day = missedDay.date();
            MenuButton menu = new MenuButton(SHORT_DAY.format(day));
            menu.setId("catch-up-" + day);
            MenuItem open = new MenuItem(Messages.format(resources, "catchUp.open", SHORT_DAY.format(day)));
            open.setOnAction(event -> openDay.accept(day));
            menu.getItems().add(open);
            missedDay.skinFrom().ifPresent(source -> menu.getItems().add(fill(day, source, true,
                    Messages.format(resources, "catchUp.skinAs", SHORT_DAY.format(source.date()),
                            source.skin().orElseThrow().overall()))));
            missedDay.mealsFrom().ifPresent(source -> menu.getItems().add(fill(day, source, false,
                    Messages.format(resources, "catchUp.mealsAs", SHORT_DAY.format(source.date()),
                            source.meals().size()))));
            MenuItem skip = new MenuItem(resources.getString("catchUp.skip"));
            skip.setOnAction(event -> markNotRemembered(List.of(day)));
            menu.getItems().add(skip);
            dayMenus.getChildren().add(menu);
        }
        skipAll.setText(resources.getString(missed.size() == 1 ? "catchUp.skip" : "catchUp.skipAll"));
    }

    private MenuItem fill(LocalDate day, DayEntry source, boolean skin, String text) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> tasks.onJournal(() -> {
            days.fillFrom(day, source, skin);
            return null;
        }).onSuccess(done -> {
            refresh(today, today);
            filled.run();
        }).whileDoing(resources.getString("today.whileSaving")).run());
        return item;
    }

    @FXML
    private void skipAll() {
        markNotRemembered(missed.stream().map(DayService.MissedDay::date).toList());
    }

    private void markNotRemembered(List<LocalDate> notRemembered) {
        tasks.onJournal(() -> {
            days.markNotRemembered(notRemembered);
            return null;
        }).onSuccess(done -> refresh(today, today)).whileDoing(resources.getString("today.whileSaving")).run();
    }
}
