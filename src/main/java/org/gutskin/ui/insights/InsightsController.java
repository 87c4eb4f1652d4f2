package org.gutskin.ui.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gutskin.analysis.Association;
import org.gutskin.analysis.Associations;
import org.gutskin.analysis.Flag;
import org.gutskin.analysis.Insights;
import org.gutskin.analysis.SkinTrend;
import org.gutskin.service.AnalysisService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.Tasks;

/** Insights: the skin trend, the associations that passed, the recent patterns, and how it is worked out. */
public final class InsightsController {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final AnalysisService analysis;
    private final Tasks tasks;
    private final Clock clock;

    @FXML
    private ResourceBundle resources;
    @FXML
    private ScrollPane root;
    @FXML
    private Label loading;
    @FXML
    private Label arrow;
    @FXML
    private Label trend;
    @FXML
    private Label trendDetail;
    @FXML
    private VBox missingCard;
    @FXML
    private Label missing;
    @FXML
    private ProgressBar missingProgress;
    @FXML
    private Label associationsSummary;
    @FXML
    private VBox associations;
    @FXML
    private VBox flags;

    private int loads;

    public InsightsController(AnalysisService analysis, Tasks tasks, Clock clock) {
        this.analysis = analysis;
        this.tasks = tasks;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        root.parentProperty().addListener((observable, was, now) -> {
            if (now != null) {
                root.setVvalue(0); // shown again and computed afresh: from the top, title and all
                load();
            }
        });
        load();
    }

    private void load() {
        int load = ++loads;
        loading.setVisible(true);
        loading.setManaged(true);
        LocalDate today = LocalDate.now(clock);
        tasks.onAnalysis(() -> analysis.insights(null, today)).onSuccess(insights -> {
            if (load == loads) {
                loading.setVisible(false);
                loading.setManaged(false);
                show(insights);
            }
        }).whileDoing(resources.getString("insights.whileLoading")).run();
    }

    private void show(Insights insights) {
        showTrend(insights);
        Associations.Result result = insights.associations();
        boolean tooLittle = result.notEnoughData() != null;
        missingCard.setVisible(tooLittle);
        missingCard.setManaged(tooLittle);
        if (tooLittle) {
            missing.setText(result.notEnoughData());
            int needed = Associations.MIN_PAIRED_DAYS;
            missingProgress.setProgress(result.moreSkinDaysNeeded() > 0
                    ? (needed - result.moreSkinDaysNeeded()) / (double) needed : 1);
            associationsSummary.setText("");
        } else {
            associationsSummary.setText(result.reported().isEmpty()
                    ? Messages.format(resources, "insights.associationsNone", result.tested())
                    : Messages.format(resources, "insights.associationsSome", result.reported().size(),
                    result.tested()));
        }
        List<Node> cards = new ArrayList<>();
        for (Association association : result.reported()) {
            cards.add(associationCard(association));
        }
        associations.getChildren().setAll(cards);
        List<Node> flagCards = new ArrayList<>();
        for (Flag flag : insights.flags()) {
            flagCards.add(flagCard(flag));
        }
        if (flagCards.isEmpty()) {
            Label none = new Label(resources.getString("insights.flagsNone"));
            none.getStyleClass().add("muted");
            flagCards.add(none);
        }
        flags.getChildren().setAll(flagCards);
    }

    private void showTrend(Insights insights) {
        SkinTrend headline = insights.trend();
        if (headline.direction() == null) {
            arrow.setText("·");
            trend.setText(Messages.format(resources, "insights.trend.none", headline.checks(),
                    SkinTrend.MIN_CHECKS, headline.windowDays()));
        } else {
            arrow.setText(arrowFor(headline.direction()));
            trend.setText(Messages.format(resources, "insights.trend.sentence",
                    resources.getString("insights.trend." + headline.direction().key()), headline.windowDays(),
                    headline.slopePerWeek()));
        }
        arrow.getStyleClass().removeAll("improving", "stable", "worsening");
        if (headline.direction() != null) {
            arrow.getStyleClass().add(headline.direction().key());
        }
        LocalDate monthAgo = (insights.to() == null ? LocalDate.now(clock) : insights.to()).minusDays(30);
        long recentFlares = insights.flareDays().stream().filter(day -> day.isAfter(monthAgo)).count();
        SkinTrend twoWeeks = insights.trend14();
        trendDetail.setText(Messages.format(resources, "insights.trend.detail", twoWeeks.direction() == null
                ? resources.getString("insights.trend.detailNone")
                : resources.getString("insights.trend." + twoWeeks.direction().key()).toLowerCase(Locale.ROOT)
                + String.format(Locale.ROOT, " (%+.1f a week)", twoWeeks.slopePerWeek()), recentFlares));
    }

    /** Lower is better, so improving points down. */
    static String arrowFor(SkinTrend.Direction direction) {
        return switch (direction) {
            case IMPROVING -> "↘";
            case STABLE -> "→";
            case WORSENING -> "↗";
        };
    }

    private Node associationCard(Association association) {
        Label sentence = new Label(association.message());
        sentence.setWrapText(true);
        Label numbers = new Label(Double.isNaN(association.skinWith())
                ? Messages.format(resources, "insights.effectAmount", association.effect(), association.ciLow(),
                association.ciHigh(), q(association.q()), association.nExposed() + association.nUnexposed())
                : Messages.format(resources, "insights.effect", association.effect(), association.ciLow(),
                association.ciHigh(), q(association.q()), association.nExposed(), association.nUnexposed()));
        numbers.getStyleClass().add("muted");
        numbers.setWrapText(true);
        VBox card = new VBox(6, sentence, numbers);
        if (!Double.isNaN(association.skinWith())) {
            card.getChildren().add(comparison(association));
        }
        card.getStyleClass().addAll("card", "association-card",
                association.effect() > 0 ? "worse" : "better");
        return card;
    }

    private static String q(double q) {
        return q < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", q);
    }

    /** A small chart: mean skin (0–10) on days with the factor next to days without it. */
    private Node comparison(Association association) {
        VBox bars = new VBox(3, bar(resources.getString("insights.with"), association.skinWith(), "bar-with"),
                bar(resources.getString("insights.without"), association.skinWithout(), "bar-without"));
        bars.getStyleClass().add("comparison");
        return bars;
    }

    private Node bar(String label, double skin, String style) {
        Label name = new Label(label);
        name.setMinWidth(60);
        Region fill = new Region();
        fill.getStyleClass().addAll("comparison-bar", style);
        fill.setPrefWidth(Math.max(2, skin / 10 * 260));
        fill.setMinWidth(Region.USE_PREF_SIZE);
        fill.setPrefHeight(12);
        Label value = new Label(String.format(Locale.ROOT, "%.1f / 10", skin));
        value.getStyleClass().add("muted");
        HBox row = new HBox(8, name, fill, value);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node flagCard(Flag flag) {
        Label sentence = new Label(flag.message());
        sentence.setWrapText(true);
        Label window = new Label(Messages.format(resources, "insights.window", flag.windowStart().format(DAY),
                flag.windowEnd().format(DAY)));
        window.getStyleClass().add("muted");
        Double skinMean = flag.values().get("skin_mean");
        String skin = flag.skinTrend().direction() == null
                ? (skinMean == null ? resources.getString("trends.notLogged")
                : String.format(Locale.ROOT, "mean %.1f", skinMean))
                : resources.getString("insights.trend." + flag.skinTrend().direction().key()).toLowerCase(Locale.ROOT)
                + (skinMean == null ? "" : String.format(Locale.ROOT, ", mean %.1f", skinMean));
        Label skinLine = new Label(Messages.format(resources, "insights.skinSameWindow", skin));
        skinLine.getStyleClass().add("muted");
        VBox text = new VBox(4, sentence, window, skinLine);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox card = new HBox(12, text);
        card.getStyleClass().addAll("card", "flag-card");
        card.setId("flag-" + flag.id());
        return card;
    }

}
