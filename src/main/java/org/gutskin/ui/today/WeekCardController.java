package org.gutskin.ui.today;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.gutskin.analysis.PlantCount;
import org.gutskin.text.Messages;

/** The week ending on the day shown: plants, food days, sleep, stress, and the skin against the week before. */
public final class WeekCardController {
    @FXML
    private ResourceBundle resources;
    @FXML
    private Label weekSkinArrow;
    @FXML
    private Label weekPlants;
    @FXML
    private Label weekFood;
    @FXML
    private Label weekSleep;
    @FXML
    private Label weekStress;
    @FXML
    private Label weekSkin;

    void show(WeekSummary week) {
        weekPlants.setText(Messages.format(resources, "today.week.plants", Double.isNaN(week.plants()) ? "0"
                : PlantCount.shown(week.plants())));
        weekFood.setText(Messages.format(resources, "today.week.food", week.fermentedDays(),
                week.ultraProcessedDays(), week.foodDays()));
        weekSleep.setText(Double.isNaN(week.sleepHours()) ? resources.getString("today.week.noSleep")
                : Double.isNaN(week.sleepRegularity()) ? Messages.format(resources, "today.week.sleepOnly",
                week.sleepHours())
                : Messages.format(resources, "today.week.sleep", week.sleepHours(), week.sleepRegularity()));
        weekStress.setText(Double.isNaN(week.stress()) ? resources.getString("today.week.noStress")
                : Messages.format(resources, "today.week.stress", week.stress()));
        weekSkinArrow.setText(week.skinArrow());
        weekSkin.setText(Double.isNaN(week.skinChange()) ? resources.getString("today.week.noSkin")
                : Messages.format(resources, "today.week.skin", week.skinChange()));
    }
}
