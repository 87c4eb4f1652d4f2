package org.gutskin.ui.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.gutskin.journal.RecentMeal;
import org.gutskin.service.MealService;
import org.gutskin.ui.common.Tasks;

/** The "Repeat" menu: favourite and recent meals, read when it opens, one click to log one again. */
final class RepeatMenu {
    private final MenuButton button;
    private final MealService meals;
    private final Tasks tasks;
    private final ResourceBundle resources;
    private final Consumer<RecentMeal> onChosen;

    RepeatMenu(MenuButton button, MealService meals, Tasks tasks, ResourceBundle resources,
               Supplier<LocalDate> date, Consumer<RecentMeal> onChosen) {
        this.button = button;
        this.meals = meals;
        this.tasks = tasks;
        this.resources = resources;
        this.onChosen = onChosen;
        button.setOnShowing(event -> fill(date.get()));
    }

    private void fill(LocalDate date) {
        tasks.onAnalysis(() -> meals.repeatable(date)).onSuccess(repeatable -> {
            List<MenuItem> items = new ArrayList<>();
            add(items, resources.getString("today.favourites"), repeatable.favourites());
            add(items, resources.getString("today.recent"), repeatable.recent());
            if (items.isEmpty()) {
                MenuItem none = new MenuItem(resources.getString("today.nothingToRepeat"));
                none.setDisable(true);
                items.add(none);
            }
            button.getItems().setAll(items);
        }).whileDoing(resources.getString("today.whileLoading")).run();
    }

    private void add(List<MenuItem> items, String heading, List<RecentMeal> offered) {
        if (offered.isEmpty()) {
            return;
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        MenuItem title = new MenuItem(heading);
        title.setDisable(true);
        items.add(title);
        for (RecentMeal recent : offered) {
            MenuItem item = new MenuItem(recent.description());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> onChosen.accept(recent));
            items.add(item);
        }
    }
}
