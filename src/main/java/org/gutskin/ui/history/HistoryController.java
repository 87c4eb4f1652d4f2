package org.gutskin.ui.history;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.gutskin.food.FoodLibrary;
import org.gutskin.food.FoodTag;
import org.gutskin.journal.SearchHit;
import org.gutskin.service.DayService;
import org.gutskin.service.SearchService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.CurrentSettings;
import org.gutskin.ui.common.Tasks;

/**
 * History: a month calendar coloured by skin severity with markers for fermented, prebiotic and
 * ultra-processed days, and a search over foods, tags and notes. A click opens the day in Today.
 */
public final class HistoryController {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter HIT_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private final DayService days;
    private final CurrentSettings settings;
    private final SearchService searches;
    private final FoodLibrary foods;
    private final Tasks tasks;
    private final Clock clock;
    private final Consumer<LocalDate> openDay;
    private final PauseTransition searchDelay = new PauseTransition(Duration.millis(250));

    @FXML
    private ResourceBundle resources;
    @FXML
    private VBox root;
    @FXML
    private Label monthTitle;
    @FXML
    private GridPane calendar;
    @FXML
    private TextField search;
    @FXML
    private Label searchSummary;
    @FXML
    private ListView<SearchHit> results;

    private YearMonth month;

    public HistoryController(DayService days, SearchService searches, FoodLibrary foods, CurrentSettings settings,
                             Tasks tasks, Clock clock, Consumer<LocalDate> openDay) {
        this.days = days;
        this.settings = settings;
        this.searches = searches;
        this.foods = foods;
        this.tasks = tasks;
        this.clock = clock;
        this.openDay = openDay;
        this.month = YearMonth.now(clock);
    }

    @FXML
    private void initialize() {
        nameWeekdays();
        settings.property().addListener((observable, was, now) -> {
            if (was.firstDayOfWeek() != now.firstDayOfWeek()) {
                nameWeekdays();
                loadMonth();
            }
        });
        searchDelay.setOnFinished(event -> runSearch());
        search.textProperty().addListener((observable, was, now) -> searchDelay.playFromStart());
        search.setOnAction(event -> runSearch());
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.date().format(HIT_DATE) + "  —  " + hit.text());
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }
        });
        results.setOnMouseClicked(event -> {
            SearchHit hit = results.getSelectionModel().getSelectedItem();
            if (hit != null && event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openDay.accept(hit.date());
            }
        });
        results.setOnKeyPressed(event -> {
            SearchHit hit = results.getSelectionModel().getSelectedItem();
            if (hit != null && event.getCode() == KeyCode.ENTER) {
                openDay.accept(hit.date());
            }
        });
        // Reload whenever the view is shown again: days may have been logged meanwhile.
        root.parentProperty().addListener((observable, was, now) -> {
            if (now != null) {
                loadMonth();
            }
        });
        loadMonth();
    }

    /** Shows the month holding {@code date}. */
    public void showMonth(YearMonth shown) {
        month = shown;
        loadMonth();
    }

    @FXML
    private void previousMonth() {
        showMonth(month.minusMonths(1));
    }

    @FXML
    private void nextMonth() {
        showMonth(month.plusMonths(1));
    }

    @FXML
    private void thisMonth() {
        showMonth(YearMonth.now(clock));
    }

    private void loadMonth() {
        YearMonth shown = month;
        monthTitle.setText(shown.atDay(1).format(MONTH));
        tasks.onAnalysis(() -> DayMarks.month(shown.atDay(1), days.range(shown.atDay(1), shown.atEndOfMonth()),
                days.notRemembered(shown.atDay(1), shown.atEndOfMonth()), foods.knowledge())).onSuccess(marks -> {
                    if (shown.equals(month)) {
                        drawMonth(marks);
                    }
                }).whileDoing(resources.getString("history.whileLoading")).run();
    }

    /** The weekday names over the calendar, from the person's first day of the week. */
    private void nameWeekdays() {
        calendar.getChildren().removeIf(node -> node.getStyleClass().contains("weekday"));
        DayOfWeek day = settings.get().firstDayOfWeek();
        for (int column = 0; column < 7; column++) {
            Label name = new Label(day.getDisplayName(TextStyle.SHORT, Locale.UK));
            name.getStyleClass().add("weekday");
            calendar.add(name, column, 0);
            day = day.plus(1);
        }
    }

    private void drawMonth(Map<LocalDate, DayMarks> marks) {
        calendar.getChildren().removeIf(node -> node.getStyleClass().contains("day-cell"));
        LocalDate first = month.atDay(1);
        int offset = Math.floorMod(first.getDayOfWeek().getValue() - settings.get().firstDayOfWeek().getValue(), 7);
        LocalDate today = LocalDate.now(clock);
        for (DayMarks day : marks.values()) {
            int index = offset + day.date().getDayOfMonth() - 1;
            calendar.add(cell(day, today), index % 7, 1 + index / 7);
        }
    }

    private VBox cell(DayMarks day, LocalDate today) {
        Label number = new Label(Integer.toString(day.date().getDayOfMonth()));
        number.getStyleClass().add("day-number");
        Label skin = new Label(day.skin() == null ? "" : Integer.toString(day.skin()));
        skin.getStyleClass().add("day-skin");
        HBox top = new HBox(number, new Region(), skin);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        HBox markers = new HBox(3);
        markers.setAlignment(Pos.CENTER_LEFT);
        List<String> described = new ArrayList<>();
        if (day.skin() != null) {
            described.add(Messages.format(resources, "history.skinTip", day.skin()));
        }
        addMarker(markers, described, day.fermented(), "fermented");
        addMarker(markers, described, day.prebiotic(), "prebiotic");
        addMarker(markers, described, day.ultraProcessed(), "ultra-processed");
        VBox cell = new VBox(2, top, markers);
        cell.getStyleClass().add("day-cell");
        cell.setId("day-" + day.date());
        if (!day.logged()) {
            cell.getStyleClass().add("unlogged");
            if (day.notRemembered()) {
                cell.getStyleClass().add("not-remembered");
                skin.setText("?");
            }
            described.add(resources.getString(day.notRemembered() ? "history.notRemembered" : "history.unlogged"));
        } else if (day.band() == null) {
            cell.getStyleClass().add("no-skin");
            described.add(resources.getString("history.noSkin"));
        } else {
            cell.getStyleClass().add("skin-" + day.band().name().toLowerCase(Locale.ROOT));
        }
        if (day.date().equals(today)) {
            cell.getStyleClass().add("today");
        }
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        Tooltip.install(cell, new Tooltip(day.date().format(HIT_DATE) + "\n" + String.join(" · ", described)));
        cell.setOnMouseClicked(event -> openDay.accept(day.date()));
        return cell;
    }

    private void addMarker(HBox markers, List<String> described, boolean present, String kind) {
        if (present) {
            Label marker = new Label(resources.getString("history.marker." + kind));
            marker.getStyleClass().addAll("marker", "marker-" + kind);
            markers.getChildren().add(marker);
            described.add(resources.getString("history.had." + kind));
        }
    }

    private void runSearch() {
        searchDelay.stop();
        String text = search.getText() == null ? "" : search.getText().strip();
        if (text.length() < 2) {
            results.getItems().clear();
            searchSummary.setText(resources.getString("history.searchHint"));
            return;
        }
        tasks.onAnalysis(() -> searches.search(text, FoodTag::label))
                .onSuccess(hits -> {
                    if (!text.equals(search.getText() == null ? "" : search.getText().strip())) {
                        return; // the user typed on
                    }
                    results.setItems(FXCollections.observableArrayList(hits));
                    searchSummary.setText(summary(text, hits));
                }).whileDoing(resources.getString("history.whileSearching")).run();
    }

    private String summary(String text, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return Messages.format(resources, "history.noHits", text);
        }
        long days = hits.stream().map(SearchHit::date).distinct().count();
        long ago = ChronoUnit.DAYS.between(hits.get(0).date(), LocalDate.now(clock));
        String when = ago == 0 ? resources.getString("foods.today") : ago == 1 ? resources.getString("foods.yesterday")
                : Messages.format(resources, "foods.daysAgo", ago);
        return Messages.format(resources, hits.size() >= SearchService.LIMIT ? "history.hitsMany" : "history.hits",
                when, hits.get(0).date(), days);
    }
}
