package org.gutskin.ui.today;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.gutskin.analysis.FoodDay;
import org.gutskin.analysis.PlantCount;
import org.gutskin.text.Messages;

/** The day's food numbers: plants today and in 7 days, live-culture, prebiotic and ultra-processed servings. */
public final class SummaryStripController {
    @FXML
    private ResourceBundle resources;
    @FXML
    private Tooltip plantsTip;
    @FXML
    private Tooltip plantsWeekTip;
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

    private String plantsTipText;
    private String plantsWeekTipText;

    @FXML
    private void initialize() {
        plantsTipText = plantsTip.getText();
        plantsWeekTipText = plantsWeekTip.getText();
    }

    void show(FoodDay today, double weekPlants) {
        plantsToday.setText(PlantCount.shown(today.plantPoints()));
        plantsWeek.setText(PlantCount.shown(weekPlants) + " / 30");
        plantsTip.setText(withExactCount(plantsTipText, today.plantPoints()));
        plantsWeekTip.setText(withExactCount(plantsWeekTipText, weekPlants));
        fermentedToday.setText(points(today.fermented()));
        prebioticToday.setText(points(today.prebiotic()));
        processedToday.setText(points(today.ultraProcessed()));
    }

    /** The tooltip's text, with the count's quarters when the number shown is rounded. */
    private String withExactCount(String tip, double plants) {
        return PlantCount.rounded(plants) ? tip + "\n\n" + Messages.format(resources, "today.plantsExact",
                PlantCount.exact(plants)) : tip;
    }

    /** Servings as they are: whole numbers, or up to two decimals. */
    static String points(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value)
                .replaceAll("0$", "");
    }
}
