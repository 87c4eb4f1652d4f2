package org.gutskin.ui.trends;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javax.imageio.ImageIO;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Settings;
import org.gutskin.service.AnalysisService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.CurrentSettings;
import org.gutskin.ui.common.FileDialogs;
import org.gutskin.ui.common.Tasks;
import org.gutskin.ui.trends.TrendSeries.Point;
import org.gutskin.ui.trends.TrendSeries.Row;

/**
 * Trends: skin severity over time with what went in underneath, for a chosen range. The journal
 * is read once per visit on the analysis pool; ranges and rows then redraw from memory.
 */
public final class TrendsController {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final AnalysisService analysis;
    private final CurrentSettings settings;
    @FXML
    private Label note;
    private final Tasks tasks;
    private final Clock clock;
    private final FileDialogs dialogs;
    private final Consumer<LocalDate> openDay;
    private final TrendsChart chart = new TrendsChart();
    private final Map<Row, CheckBox> rowChecks = new EnumMap<>(Row.class);

    @FXML
    private ResourceBundle resources;
    @FXML
    private VBox root;
    @FXML
    private ToggleGroup ranges;
    @FXML
    private HBox customRange;
    @FXML
    private DatePicker customFrom;
    @FXML
    private DatePicker customTo;
    @FXML
    private FlowPane rowToggles;
    @FXML
    private Label status;
    @FXML
    private Label hover;
    @FXML
    private ScrollPane scroll;
    @FXML
    private StackPane chartHolder;
    @FXML
    private Label textSwatch;
    @FXML
    private Label mutedSwatch;
    @FXML
    private Region gridSwatch;
    @FXML
    private Region skinSwatch;
    @FXML
    private Region skinMeanSwatch;
    @FXML
    private Region flareSwatch;
    @FXML
    private Region antibioticSwatch;
    @FXML
    private Region prebioticSwatch;
    @FXML
    private Region fermentedSwatch;
    @FXML
    private Region processedSwatch;
    @FXML
    private Region sugarSwatch;
    @FXML
    private Region alcoholSwatch;
    @FXML
    private Region plantSwatch;
    @FXML
    private Region sleepSwatch;
    @FXML
    private Region regularitySwatch;
    @FXML
    private Region stressSwatch;

    private NavigableMap<LocalDate, DayEntry> days = new TreeMap<>();
    private List<LocalDate> flares = List.of();
    private TrendSeries series;
    private int loads;

    public TrendsController(AnalysisService analysis, CurrentSettings settings, Tasks tasks, Clock clock,
                            FileDialogs dialogs, Consumer<LocalDate> openDay) {
        this.analysis = analysis;
        this.settings = settings;
        this.tasks = tasks;
        this.clock = clock;
        this.dialogs = dialogs;
        this.openDay = openDay;
    }

    @FXML
    private void initialize() {
        chartHolder.getChildren().add(chart);
        chart.setId("trends-chart");
        for (Row row : Row.values()) {
            CheckBox check = new CheckBox();
            check.setId("row-" + row.name().toLowerCase(Locale.ROOT));
            check.setSelected(true);
            check.selectedProperty().addListener((observable, was, now) -> redraw());
            rowChecks.put(row, check);
            rowToggles.getChildren().add(check);
        }
        nameRows();
        settings.property().addListener((observable, was, now) -> {
            if (was.alcoholUnit() != now.alcoholUnit() || was.firstDayOfWeek() != now.firstDayOfWeek()) {
                nameRows();
                rebuild();
            }
        });
        chart.setOnHover(this::showHover);
        chart.setOnOpen(point -> openDay.accept(point.start()));
        ranges.selectedToggleProperty().addListener((observable, was, now) -> {
            if (now == null) {
                was.setSelected(true);
                return;
            }
            boolean custom = "custom".equals(now.getUserData());
            customRange.setVisible(custom);
            customRange.setManaged(custom);
            rebuild();
        });
        customFrom.valueProperty().addListener(observable -> rebuild());
        customTo.valueProperty().addListener(observable -> rebuild());
        root.parentProperty().addListener((observable, was, now) -> {
            if (now != null) {
                load();
            }
        });
        root.sceneProperty().addListener((observable, was, now) -> redraw()); // the theme may have changed
        load();
    }

    /** Reads the journal, then draws the chosen range. */
    private void load() {
        int load = ++loads;
        tasks.onAnalysis(analysis::journal).onSuccess(loaded -> {
            if (load == loads) {
                days = loaded.days();
                flares = loaded.flares();
                rebuild();
            }
        }).whileDoing(resources.getString("trends.whileLoading")).run();
    }

    /** The range chosen: the last N days up to the newest day logged (or today), all, or custom. */
    LocalDate[] range() {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = days.isEmpty() || !days.lastKey().isAfter(today) ? today : days.lastKey();
        Object choice = ranges.getSelectedToggle() == null ? "90" : ranges.getSelectedToggle().getUserData();
        if ("all".equals(choice)) {
            return new LocalDate[] {days.isEmpty() ? last : days.firstKey(), last};
        }
        if ("custom".equals(choice)) {
            LocalDate from = customFrom.getValue() == null ? last.minusDays(89) : customFrom.getValue();
            LocalDate to = customTo.getValue() == null ? last : customTo.getValue();
            return to.isBefore(from) ? new LocalDate[] {to, from} : new LocalDate[] {from, to};
        }
        int length = Integer.parseInt(choice.toString());
        return new LocalDate[] {last.minusDays(length - 1L), last};
    }

    /** The rows' names, alcohol's in the unit it is counted in. */
    private void nameRows() {
        Map<Row, String> labels = new EnumMap<>(Row.class);
        for (Row row : Row.values()) {
            String label = row == Row.ALCOHOL ? resources.getString("today.alcohol."
                    + settings.get().alcoholUnit().key())
                    : resources.getString("trends.row." + row.name().toLowerCase(Locale.ROOT));
            labels.put(row, label);
            rowChecks.get(row).setText(label);
        }
        chart.setText(resources.getString("trends.skin"), labels);
    }

    private void rebuild() {
        LocalDate[] range = range();
        NavigableMap<LocalDate, DayEntry> snapshot = days;
        List<LocalDate> flareDays = flares;
        Settings chosen = settings.get();
        tasks.onAnalysis(() -> TrendSeries.of(analysis.features(snapshot, range[0], range[1]), flareDays,
                        chosen.firstDayOfWeek(), chosen.alcoholUnit()))
                .onSuccess(built -> {
                    series = built;
                    int count = built.points().size();
                    status.setText(snapshot.subMap(range[0], true, range[1], true).isEmpty()
                            ? resources.getString("trends.empty")
                            : Messages.format(resources, built.weekly() ? "trends.weekly" : "trends.daily",
                            range[0], range[1], count));
                    note.setText(resources.getString(built.weekly() ? "trends.noteWeekly" : "trends.note"));
                    redraw();
                }).whileDoing(resources.getString("trends.whileLoading")).run();
    }

    /** Draws the current series with the rows ticked; cheap enough to run on every toggle. */
    private void redraw() {
        if (series == null || root.getScene() == null) {
            return;
        }
        Set<Row> shown = EnumSet.noneOf(Row.class);
        rowChecks.forEach((row, check) -> {
            if (check.isSelected()) {
                shown.add(row);
            }
        });
        chart.show(series, shown, palette());
    }

    /** The theme's colour tokens, as the hidden swatches carry them after CSS is applied. */
    private TrendsChart.Palette palette() {
        root.applyCss();
        Map<Row, Paint> rows = new EnumMap<>(Row.class);
        rows.put(Row.PREBIOTIC, fill(prebioticSwatch));
        rows.put(Row.FERMENTED, fill(fermentedSwatch));
        rows.put(Row.ULTRA_PROCESSED, fill(processedSwatch));
        rows.put(Row.ADDED_SUGAR, fill(sugarSwatch));
        rows.put(Row.ALCOHOL, fill(alcoholSwatch));
        rows.put(Row.PLANTS, fill(plantSwatch));
        rows.put(Row.SLEEP_HOURS, fill(sleepSwatch));
        rows.put(Row.SLEEP_REGULARITY, fill(regularitySwatch));
        rows.put(Row.STRESS, fill(stressSwatch));
        return new TrendsChart.Palette(textSwatch.getTextFill(), mutedSwatch.getTextFill(), fill(gridSwatch),
                fill(skinSwatch), fill(skinMeanSwatch), fill(flareSwatch), fill(antibioticSwatch), rows);
    }

    private static Paint fill(Region swatch) {
        return swatch.getBackground() == null || swatch.getBackground().getFills().isEmpty() ? null
                : TrendsChart.colourOrDefault(swatch.getBackground().getFills().get(0).getFill());
    }

    private void showHover(Point point) {
        if (point == null) {
            hover.setText("");
            return;
        }
        List<String> parts = new ArrayList<>();
        parts.add("skin " + value(point.skin()) + (Double.isNaN(point.skinMean()) ? ""
                : " (7-day mean " + value(point.skinMean()) + ")"));
        for (Row row : Row.values()) {
            if (rowChecks.get(row).isSelected() && !Double.isNaN(point.value(row))) {
                parts.add(rowChecks.get(row).getText().replaceAll(" \\(.*\\)", "").toLowerCase(Locale.ROOT) + " "
                        + value(point.value(row)));
            }
        }
        hover.setText(Messages.format(resources, series.weekly() ? "trends.hoverWeek" : "trends.hoverDay",
                point.start().format(DATE), String.join(" · ", parts)));
    }

    private String value(double number) {
        return Double.isNaN(number) ? resources.getString("trends.notLogged")
                : number == Math.rint(number) ? Long.toString((long) number)
                : String.format(Locale.ROOT, "%.1f", number);
    }

    @FXML
    private void savePng() {
        File file = dialogs.saveFile(root.getScene().getWindow(), "gutskin-trends-" + LocalDate.now(clock) + ".png");
        if (file != null) {
            saveTo(file);
        }
    }

    /** Writes the chart as it is shown to a PNG file. */
    private void saveTo(File file) {
        WritableImage image = chart.snapshot(null, null);
        tasks.onAnalysis(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).onSuccess(saved -> status.setText(Messages.format(resources, "trends.saved", saved)))
                .whileDoing(resources.getString("trends.savePng")).run();
    }
}
