package org.gutskin.ui.common;

import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.gutskin.food.Food;
import org.gutskin.food.FoodTag;

/**
 * Small coloured labels for a food's tags; the colours are the theme's semantic tokens. The
 * fermented chip says whether live cultures are left ("fermented · live"), since only those
 * count as fermented servings.
 */
public final class TagChips {
    private TagChips() {
    }

    public static Label chip(Food food, FoodTag tag, ResourceBundle bundle) {
        Label chip = new Label(tag.label());
        if (tag == FoodTag.FERMENTED) {
            String kind = food.hasLiveCultures() ? "chip.fermentedLive" : "chip.fermentedNotLive";
            chip.setText(bundle.getString(kind));
            Tooltip tip = new Tooltip(bundle.getString(kind + ".tip"));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            chip.setTooltip(tip);
        }
        chip.getStyleClass().addAll("tag-chip", "tag-" + tag.key().replace('_', '-'));
        chip.setMinWidth(Region.USE_PREF_SIZE); // a chip is whole or not shown, never "proces…"
        return chip;
    }

    public static List<Node> chips(Food food, ResourceBundle bundle) {
        return food.orderedTags().stream().map(tag -> (Node) chip(food, tag, bundle)).toList();
    }
}
