package org.gutskin.ui.today;

import java.util.ResourceBundle;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.gutskin.food.FoodTag;
import org.gutskin.food.TaggedItem;
import org.gutskin.ui.common.TagChips;

/** A recognised food as Today shows it: its amount and name with its tag chips,
        e.g. "2 glasses of red wine [alcohol]". */
final class FoodChips {
    private static final Set<String> ABBREVIATED_UNITS = Set.of("g", "kg", "ml", "l", "cl", "oz", "lb", "tbsp", "tsp");
    /** Tags a chip leaves out: plant and processing show elsewhere, the others are details for the Foods view. */
    private static final Set<FoodTag> UNCHIPPED = Set.of(FoodTag.PLANT, FoodTag.PROCESSED, FoodTag.DAIRY,
            FoodTag.WHOLE_GRAIN, FoodTag.HIGH_GLYCEMIC);

    private FoodChips() {
    }

    static Node chip(TaggedItem item, ResourceBundle resources) {
        HBox chip = new HBox(3);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("food-chip");
        chip.getChildren().add(new Label(amount(item) + item.food().name()));
        for (FoodTag tag : item.food().orderedTags()) {
            if (!UNCHIPPED.contains(tag)) {
                chip.getChildren().add(TagChips.chip(item.food(), tag, resources));
            }
        }
        return chip;
    }

    /** "2 glasses of ", "200 g ", "2 × " or nothing for one serving. */
    static String amount(TaggedItem item) {
        String quantity = DayEditor.formatNumber(item.quantity());
        String unit = item.unit();
        if (unit.equals("serving")) {
            return item.quantity() == 1 ? "" : quantity + " × ";
        }
        if (ABBREVIATED_UNITS.contains(unit)) {
            return quantity + " " + unit + " ";
        }
        String plural = item.quantity() == 1 ? unit
                : unit.endsWith("s") || unit.endsWith("sh") || unit.endsWith("ch") || unit.endsWith("x")
                ? unit + "es" : unit.endsWith("f") ? unit.substring(0, unit.length() - 1) + "ves" : unit + "s";
        return quantity + " " + plural + " of ";
    }
}
