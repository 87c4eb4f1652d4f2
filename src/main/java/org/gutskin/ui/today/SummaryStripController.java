package org.gutskin.ui.today;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.gutskin.analysis.FoodDay;

/** The day's food numbers: plants today and in 7 days, live-culture, prebiotic and ultra-processed servings. */
public final class SummaryStripController {
    @FXML
    private Label plantsToday;
    @FXML
    private Label plantsWeek;
    @FXML
    private Label fermentedToday;
    @FXML
    private Label prebioticToday;
    @FXML
    private Label processedToday;

    void show(FoodDay today, double weekPlants) {
        plantsToday.setText(points(today.plantPoints()));
        plantsWeek.setText(points(weekPlants) + " / 30");
        fermentedToday.setText(points(today.fermented()));
        prebioticToday.setText(points(today.prebiotic()));
        processedToday.setText(points(today.ultraProcessed()));
    }

    /** Whole numbers as they are, quarters (herbs count a quarter plant) with up to two decimals. */
    static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value)
                .replaceAll("0$", "");
    }
}
