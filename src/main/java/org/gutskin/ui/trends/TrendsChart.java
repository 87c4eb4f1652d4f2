package org.gutskin.ui.trends;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.gutskin.ui.trends.TrendSeries.Point;
import org.gutskin.ui.trends.TrendSeries.Row;

/**
 * Skin on top and what went in underneath, on one shared time axis, drawn on a canvas so that
 * ten years redraw at once. Days with nothing logged are gaps.
 */
final class TrendsChart extends Region {
    static final double LABEL_WIDTH = 150;
    private static final double RIGHT = 16;
    private static final double TOP = 10;
    private static final double SKIN_HEIGHT = 170;
    private static final double ROW_HEIGHT = 44;
    private static final double GAP = 10;
    private static final double AXIS_HEIGHT = 26;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** The colours the chart draws with, read from the theme's tokens. */
    record Palette(Paint text, Paint muted, Paint grid, Paint skin, Paint skinMean, Paint flare, Paint antibiotic,
                   Map<Row, Paint> rows) {
    }

    private final Canvas canvas = new Canvas();
    private TrendSeries series;
    private Set<Row> shown = EnumSet.allOf(Row.class);
    private Palette palette;
    private Map<Row, String> labels = new EnumMap<>(Row.class);
    private String skinLabel = "";
    private int hovered = -1;
    private Consumer<Point> onHover = point -> { };
    private Consumer<Point> onOpen = point -> { };

    TrendsChart() {
        getChildren().add(canvas);
        getStyleClass().add("trends-chart");
        setOnMouseMoved(event -> hover(indexAt(event.getX())));
        setOnMouseExited(event -> hover(-1));
        setOnMouseClicked(event -> {
            int index = indexAt(event.getX());
            if (index >= 0) {
                onOpen.accept(series.points().get(index));
            }
        });
    }

    void setText(String skin, Map<Row, String> rowLabels) {
        this.skinLabel = skin;
        this.labels = rowLabels;
    }

    void setOnHover(Consumer<Point> onHover) {
        this.onHover = onHover;
    }

    void setOnOpen(Consumer<Point> onOpen) {
        this.onOpen = onOpen;
    }

    /** Shows a series with the chosen rows; one redraw. */
    void show(TrendSeries newSeries, Set<Row> rows, Palette colours) {
        this.series = newSeries;
        this.shown = rows.isEmpty() ? EnumSet.noneOf(Row.class) : EnumSet.copyOf(rows);
        this.palette = colours;
        this.hovered = -1;
        requestLayout();
        redraw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return TOP + SKIN_HEIGHT + shown.size() * (ROW_HEIGHT + GAP) + GAP + AXIS_HEIGHT;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 700;
    }

    @Override
    protected void layoutChildren() {
        double width = Math.max(1, getWidth());
        double height = Math.max(1, computePrefHeight(width));
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            redraw();
        }
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - LABEL_WIDTH - RIGHT);
    }

    private double x(int index) {
        return LABEL_WIDTH + (index + 0.5) * plotWidth() / series.points().size();
    }

    private int indexAt(double mouseX) {
        if (series == null || series.points().isEmpty() || mouseX < LABEL_WIDTH || mouseX > canvas.getWidth() - RIGHT) {
            return -1;
        }
        int index = (int) ((mouseX - LABEL_WIDTH) / plotWidth() * series.points().size());
        return Math.max(0, Math.min(series.points().size() - 1, index));
    }

    private void hover(int index) {
        if (index != hovered) {
            hovered = index;
            redraw();
            onHover.accept(index < 0 ? null : series.points().get(index));
        }
    }

    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (series == null || palette == null || series.points().isEmpty()) {
            return;
        }
        g.setFont(Font.font(12));
        double y = TOP;
        drawSkin(g, y);
        y += SKIN_HEIGHT + GAP;
        for (Row row : Row.values()) {
            if (shown.contains(row)) {
                drawRow(g, row, y);
                y += ROW_HEIGHT + GAP;
            }
        }
        drawAxis(g, y);
        if (hovered >= 0) {
            g.setStroke(palette.muted());
            g.setLineWidth(1);
            g.strokeLine(x(hovered), TOP, x(hovered), y);
        }
    }

    private double step() {
        return plotWidth() / series.points().size();
    }

    private void drawSkin(GraphicsContext g, double top) {
        List<Point> points = series.points();
        double bottom = top + SKIN_HEIGHT;
        // antibiotic courses, shaded
        g.setFill(palette.antibiotic());
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).antibiotic()) {
                g.fillRect(x(i) - step() / 2, top, step() + 0.5, SKIN_HEIGHT);
            }
        }
        g.setStroke(palette.grid());
        g.setLineWidth(1);
        g.setFill(palette.muted());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int level = 0; level <= 10; level += 5) {
            double yy = skinY(level, top);
            g.strokeLine(LABEL_WIDTH, yy, canvas.getWidth() - RIGHT, yy);
            g.fillText(Integer.toString(level), LABEL_WIDTH - 6, yy);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(palette.text());
        g.fillText(skinLabel, 4, top + SKIN_HEIGHT / 2);
        // 7-day mean, broken at gaps
        g.setStroke(palette.skinMean());
        g.setLineWidth(2.5);
        polyline(g, points.stream().mapToDouble(Point::skinMean).toArray(), value -> skinY(value, top));
        // daily (or weekly) values
        double radius = Math.max(1.5, Math.min(4, step() / 3));
        for (int i = 0; i < points.size(); i++) {
            double value = points.get(i).skin();
            if (Double.isNaN(value)) {
                continue;
            }
            g.setFill(palette.skin());
            g.fillOval(x(i) - radius, skinY(value, top) - radius, radius * 2, radius * 2);
            if (points.get(i).flare()) {
                g.setStroke(palette.flare());
                g.setLineWidth(2);
                g.strokeOval(x(i) - radius - 3, skinY(value, top) - radius - 3, radius * 2 + 6, radius * 2 + 6);
            }
        }
        g.setStroke(palette.grid());
        g.strokeLine(LABEL_WIDTH, bottom, canvas.getWidth() - RIGHT, bottom);
    }

    private static double skinY(double value, double top) {
        return top + 6 + (1 - value / 10) * (SKIN_HEIGHT - 12);
    }

    private interface Scale {
        double y(double value);
    }

    private void polyline(GraphicsContext g, double[] values, Scale scale) {
        boolean drawing = false;
        g.beginPath();
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                drawing = false;
                continue;
            }
            if (drawing) {
                g.lineTo(x(i), scale.y(values[i]));
            } else {
                g.moveTo(x(i), scale.y(values[i]));
                drawing = true;
            }
        }
        g.stroke();
    }

    private void drawRow(GraphicsContext g, Row row, double top) {
        List<Point> points = series.points();
        double[] values = points.stream().mapToDouble(point -> point.value(row)).toArray();
        double max = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                max = Math.max(max, value);
            }
        }
        if (row == Row.PLANTS) {
            for (Point point : points) {
                if (!Double.isNaN(point.plants7d())) {
                    max = Math.max(max, point.plants7d());
                }
            }
            max = Math.max(max, 30);
        }
        max = Math.max(max, row == Row.SLEEP_HOURS ? 10 : 1);
        double limit = max;
        Scale scale = value -> top + ROW_HEIGHT - value / limit * ROW_HEIGHT;
        g.setStroke(palette.grid());
        g.setLineWidth(1);
        g.strokeLine(LABEL_WIDTH, top + ROW_HEIGHT, canvas.getWidth() - RIGHT, top + ROW_HEIGHT);
        g.setFill(palette.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        List<String> lines = linesWithin(labels.getOrDefault(row, row.name()), g.getFont(), LABEL_WIDTH - 12);
        double lineHeight = 13;
        double first = top + ROW_HEIGHT / 2 - 6 - (lines.size() - 1) * lineHeight / 2;
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), 4, first + i * lineHeight);
        }
        g.setFill(palette.muted());
        g.fillText(String.format(Locale.ROOT, "max %s", max == Math.rint(max) ? Long.toString((long) max)
                : String.format(Locale.ROOT, "%.1f", max)), 4, first + lines.size() * lineHeight + 2);
        Paint colour = palette.rows().get(row);
        boolean bars = row.ordinal() <= Row.PLANTS.ordinal();
        if (bars) {
            double width = Math.max(1, step() * 0.7);
            g.setFill(colour);
            for (int i = 0; i < values.length; i++) {
                if (!Double.isNaN(values[i]) && values[i] > 0) {
                    double yy = scale.y(values[i]);
                    g.fillRect(x(i) - width / 2, yy, width, top + ROW_HEIGHT - yy);
                }
            }
        }
        if (row == Row.PLANTS) {
            g.setStroke(palette.muted());
            g.setLineDashes(4, 4);
            g.strokeLine(LABEL_WIDTH, scale.y(30), canvas.getWidth() - RIGHT, scale.y(30));
            g.setLineDashes();
            g.setStroke(colour);
            g.setLineWidth(2);
            polyline(g, points.stream().mapToDouble(Point::plants7d).toArray(), scale);
        } else if (!bars) {
            g.setStroke(colour);
            g.setLineWidth(2);
            polyline(g, values, scale);
        }
    }

    private void drawAxis(GraphicsContext g, double top) {
        List<Point> points = series.points();
        g.setFill(palette.muted());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int labelsWanted = Math.max(2, (int) (plotWidth() / 90));
        int every = Math.max(1, (int) Math.ceil(points.size() / (double) labelsWanted));
        boolean months = points.get(points.size() - 1).start().toEpochDay() - points.get(0).start().toEpochDay() > 200;
        List<Integer> ticks = new ArrayList<>();
        for (int i = 0; i < points.size(); i += every) {
            ticks.add(i);
        }
        for (int i : ticks) {
            g.fillText(points.get(i).start().format(months ? MONTH : DAY), x(i), top + 4);
        }
    }

    static Paint colourOrDefault(Paint paint) {
        return paint == null ? Color.GRAY : paint;
    }

    /** A row's name in lines no wider than {@code width}, broken between words, so that it never runs into the plot. */
    static List<String> linesWithin(String text, Font font, double width) {
        Text measure = new Text();
        measure.setFont(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            measure.setText(longer);
            if (line.isEmpty() || measure.getLayoutBounds().getWidth() <= width) {
                line.setLength(0);
                line.append(longer);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
