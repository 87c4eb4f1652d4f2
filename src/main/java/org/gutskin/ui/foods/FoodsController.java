package org.gutskin.ui.foods;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.gutskin.food.Food;
import org.gutskin.food.FoodLibrary;
import org.gutskin.food.FoodTag;
import org.gutskin.journal.FoodUse;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.service.MealService;
import org.gutskin.text.Messages;
import org.gutskin.ui.common.Converters;
import org.gutskin.ui.common.ErrorDialog;
import org.gutskin.ui.common.TagChips;
import org.gutskin.ui.common.Tasks;

/**
 * The food library: search and filter every food the app knows, change a food's tags, add your
 * own foods, teach the app a phrase, and see when a food was eaten.
 */
public final class FoodsController {
    /** Tags the user sets by hand; processed, ultra-processed and plant follow from NOVA and plants. */
    private static final List<FoodTag> EDITABLE_TAGS = List.of(FoodTag.PREBIOTIC, FoodTag.FERMENTED,
            FoodTag.ADDED_SUGAR, FoodTag.ALCOHOL, FoodTag.DAIRY, FoodTag.WHOLE_GRAIN, FoodTag.HIGH_GLYCEMIC);

    private final FoodLibrary library;
    private final MealService meals;
    private final Tasks tasks;
    private final Clock clock;

    @FXML
    private ResourceBundle resources;
    @FXML
    private TextField search;
    @FXML
    private ComboBox<FoodTag> tagFilter;
    @FXML
    private ComboBox<Integer> novaFilter;
    @FXML
    private CheckBox customOnly;
    @FXML
    private Label count;
    @FXML
    private TableView<Food> table;
    @FXML
    private TableColumn<Food, String> nameColumn;
    @FXML
    private TableColumn<Food, Integer> novaColumn;
    @FXML
    private TableColumn<Food, Food> tagsColumn;
    @FXML
    private VBox editor;
    @FXML
    private Label editorTitle;
    @FXML
    private Label origin;
    @FXML
    private TextField name;
    @FXML
    private TextField synonyms;
    @FXML
    private TextField group;
    @FXML
    private ComboBox<Integer> nova;
    @FXML
    private FlowPane tagBoxes;
    @FXML
    private CheckBox liveCultures;
    @FXML
    private TextField alcoholUnits;
    @FXML
    private TextField plants;
    @FXML
    private Label formError;
    @FXML
    private Button save;
    @FXML
    private Button reset;
    @FXML
    private TextField phrase;
    @FXML
    private Label phraseResult;
    @FXML
    private Label usageSummary;
    @FXML
    private ListView<String> usageDates;

    private final Map<FoodTag, CheckBox> tagChecks = new EnumMap<>(FoodTag.class);
    private Food editing;

    public FoodsController(FoodLibrary library, MealService meals, Tasks tasks, Clock clock) {
        this.library = library;
        this.meals = meals;
        this.tasks = tasks;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        tagFilter.getItems().add(null);
        tagFilter.getItems().addAll(FoodTag.values());
        tagFilter.setConverter(Converters.showing(tag -> tag == null ? resources.getString("foods.anyTag")
                : tag.label()));
        novaFilter.getItems().addAll(null, 1, 2, 3, 4);
        novaFilter.setConverter(Converters.showing(group -> group == null ? resources.getString("foods.anyNova")
                : "NOVA " + group));
        nova.getItems().addAll(null, 1, 2, 3, 4);
        nova.setConverter(Converters.showing(group -> group == null ? resources.getString("foods.novaUnknown")
                : resources.getString("nova." + group)));
        search.textProperty().addListener((observable, was, now) -> refresh());
        tagFilter.valueProperty().addListener((observable, was, now) -> refresh());
        novaFilter.valueProperty().addListener((observable, was, now) -> refresh());
        customOnly.selectedProperty().addListener((observable, was, now) -> refresh());

        nameColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        novaColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().nova()));
        tagsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        tagsColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Food food, boolean empty) {
                super.updateItem(food, empty);
                if (empty || food == null) {
                    setGraphic(null);
                } else {
                    // the chips wrap within the column rather than run out of it on a narrow window
                    FlowPane chips = new FlowPane(4, 4, TagChips.chips(food, resources).toArray(new Node[0]));
                    chips.setAlignment(Pos.CENTER_LEFT);
                    chips.prefWrapLengthProperty().bind(tagsColumn.widthProperty().subtract(14));
                    chips.setMinWidth(0);
                    setGraphic(chips);
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, was, food) -> {
            if (food != null) {
                edit(food);
            }
        });

        for (FoodTag tag : EDITABLE_TAGS) {
            CheckBox box = new CheckBox(tag.label());
            box.setId("tag-" + tag.key());
            tagChecks.put(tag, box);
            tagBoxes.getChildren().add(box);
        }
        tagChecks.get(FoodTag.FERMENTED).selectedProperty().addListener((observable, was, now) ->
                liveCultures.setDisable(!now));
        tagChecks.get(FoodTag.ALCOHOL).selectedProperty().addListener((observable, was, now) ->
                alcoholUnits.setDisable(!now));
        refresh();
        editor.setDisable(true);
    }

    private void refresh() {
        FoodFilter filter = new FoodFilter(search.getText(), tagFilter.getValue(), novaFilter.getValue(),
                customOnly.isSelected());
        List<Food> shown = filter.apply(library.knowledge().foods());
        table.setItems(FXCollections.observableArrayList(shown));
        count.setText(Messages.format(resources, "foods.count", shown.size(), library.knowledge().size()));
    }

    private void edit(Food food) {
        editing = food;
        editor.setDisable(false);
        editorTitle.setText(food.name());
        origin.setText(resources.getString(!food.custom() ? "foods.origin.shipped"
                : library.isShipped(food.name()) ? "foods.origin.changed" : "foods.origin.custom"));
        name.setText(food.name());
        name.setEditable(false);
        synonyms.setText(String.join(", ", food.synonyms()));
        group.setText(food.group());
        nova.setValue(food.nova());
        tagChecks.forEach((tag, box) -> box.setSelected(food.has(tag)));
        liveCultures.setSelected(food.hasLiveCultures());
        liveCultures.setDisable(!food.has(FoodTag.FERMENTED));
        alcoholUnits.setText(food.alcoholUnits() > 0 ? Double.toString(food.alcoholUnits()) : "");
        alcoholUnits.setDisable(!food.has(FoodTag.ALCOHOL));
        plants.setText(FoodForm.formatPlants(food.plants()));
        reset.setVisible(food.custom());
        reset.setText(resources.getString(library.isShipped(food.name()) ? "foods.reset" : "foods.delete"));
        formError.setText("");
        phraseResult.setText("");
        showUses(food.name());
    }

    @FXML
    private void addFood() {
        table.getSelectionModel().clearSelection();
        editing = null;
        editor.setDisable(false);
        editorTitle.setText(resources.getString("foods.newFood"));
        origin.setText(resources.getString("foods.origin.custom"));
        name.setEditable(true);
        for (TextField field : List.of(name, synonyms, alcoholUnits, plants)) {
            field.clear();
        }
        group.setText("custom");
        nova.setValue(null);
        tagChecks.values().forEach(box -> box.setSelected(false));
        liveCultures.setSelected(false);
        reset.setVisible(false);
        formError.setText("");
        usageSummary.setText("");
        usageDates.getItems().clear();
        name.requestFocus();
    }

    @FXML
    private void saveFood() {
        Food food;
        try {
            EnumSet<FoodTag> tags = EnumSet.noneOf(FoodTag.class);
            tagChecks.forEach((tag, box) -> {
                if (box.isSelected()) {
                    tags.add(tag);
                }
            });
            food = FoodForm.build(name.getText(), synonyms.getText(), group.getText(), nova.getValue(), tags,
                    liveCultures.isSelected(), alcoholUnits.getText(), plants.getText());
            if (editing == null && library.knowledge().food(food.name()) != null) {
                throw new InvalidEntryException("food.name",
                        Messages.format(resources, "foods.exists", food.name()));
            }
        } catch (IllegalArgumentException e) {
            formError.setText(e.getMessage());
            return;
        }
        formError.setText("");
        save.setDisable(true);
        tasks.onJournal(() -> {
            library.saveFood(food);
            return food.name();
        }).onSuccess(saved -> {
            selectAfterChange(saved);
            formError.setText(resources.getString("foods.saved"));
        }).andFinally(() -> save.setDisable(false)).whileDoing(resources.getString("foods.whileSaving")).run();
    }

    @FXML
    private void resetFood() {
        if (editing == null) {
            return;
        }
        String foodName = editing.name();
        tasks.onJournal(() -> {
            library.resetFood(foodName);
            return foodName;
        }).onSuccess(this::selectAfterChange).whileDoing(resources.getString("foods.whileSaving")).run();
    }

    @FXML
    private void teachPhrase() {
        if (editing == null || phrase.getText().isBlank()) {
            phraseResult.setText(resources.getString("foods.phraseNeeded"));
            return;
        }
        String text = phrase.getText();
        String foodName = editing.name();
        tasks.onJournal(() -> {
            library.teachPhrase(text, foodName);
            return text;
        }).onSuccess(taught -> {
            selectAfterChange(foodName);
            phrase.clear();
            phraseResult.setText(Messages.format(resources, "foods.phraseTaught", taught, foodName));
        }).onError(error -> phraseResult.setText(ErrorDialog.sentence(error, resources.getString("foods.whileSaving"),
                resources))).run();
    }

    private void selectAfterChange(String foodName) {
        refresh();
        table.getItems().stream().filter(food -> food.name().equals(foodName)).findFirst().ifPresentOrElse(
                food -> {
                    table.getSelectionModel().select(food);
                    table.scrollTo(food);
                    edit(food);
                }, () -> editor.setDisable(true));
    }

    private void showUses(String foodName) {
        usageSummary.setText(resources.getString("foods.usesLoading"));
        usageDates.getItems().clear();
        tasks.onAnalysis(() -> meals.usesOf(foodName)).onSuccess(uses -> {
            if (editing == null || !editing.name().equals(foodName)) {
                return; // another food was chosen meanwhile
            }
            usageSummary.setText(summary(uses, LocalDate.now(clock)));
            usageDates.setItems(FXCollections.observableArrayList(uses.stream()
                    .map(use -> use.times() > 1 ? use.date() + "  ×" + use.times() : use.date().toString()).toList()));
        }).onError(error -> usageSummary.setText(ErrorDialog.sentence(error, resources.getString("foods.whileLoading"),
                resources))).run();
    }

    private String summary(List<FoodUse> uses, LocalDate today) {
        if (uses.isEmpty()) {
            return resources.getString("foods.neverEaten");
        }
        LocalDate last = uses.get(0).date();
        long daysAgo = ChronoUnit.DAYS.between(last, today);
        int times = uses.stream().mapToInt(FoodUse::times).sum();
        String when = daysAgo == 0 ? resources.getString("foods.today")
                : daysAgo == 1 ? resources.getString("foods.yesterday")
                : Messages.format(resources, "foods.daysAgo", daysAgo);
        return Messages.format(resources, "foods.lastEaten", when, last, times, uses.size());
    }
}
