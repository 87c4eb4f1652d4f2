package org.gutskin.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gutskin.app.App;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.FoodTag;
import org.gutskin.food.MealTagger;
import org.gutskin.food.PlantPart;
import org.gutskin.food.TaggedItem;
import org.gutskin.food.TaggedMeal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutskin tag [--json] TEXT…}: shows what the app recognises in a meal description. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Shows the foods recognised in a meal description, with their tags.%n"
                + "Uses your own foods and corrections when the journal folder has a journal.")
public final class TagCommand implements Runnable {
    @ParentCommand
    private GutskinCommand parent;
    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object (format in docs/food-knowledge.md).")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The meal, e.g. \"greek yogurt with banana\".")
    private List<String> words;

    @Override
    public void run() {
        TaggedMeal meal = tagger().tag(String.join(" ", words));
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(meal) : toText(meal));
        out.flush();
    }

    /** The shipped knowledge, with the user's own from the journal if the folder has one. */
    private MealTagger tagger() {
        if (!parent.dataDirectory().holdsJournal()) {
            return new MealTagger(FoodKnowledge.shipped());
        }
        try (App app = parent.openForReading()) {
            return app.foods().tagger();
        }
    }

    static String toJson(TaggedMeal meal) {
        return Json.write(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("items");
            for (TaggedItem item : meal.items()) {
                Food food = item.food();
                json.writeStartObject();
                json.writeStringField("text", item.text());
                json.writeStringField("food", food.name());
                json.writeNumberField("quantity", item.quantity());
                json.writeStringField("unit", item.unit());
                json.writeFieldName("nova");
                if (food.nova() == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(food.nova());
                }
                Json.strings(json, "tags", food.orderedTags().stream().map(FoodTag::key).toList());
                Json.strings(json, "plants", food.plants().stream().map(PlantPart::plant).toList());
                json.writeEndObject();
            }
            json.writeEndArray();
            Json.strings(json, "unknown", meal.unknown());
            json.writeEndObject();
        });
    }

    private static String toText(TaggedMeal meal) {
        StringBuilder text = new StringBuilder();
        for (TaggedItem item : meal.items()) {
            Food food = item.food();
            text.append(String.format(Locale.ROOT, "%s → %s (%s %s)  NOVA %s  %s%n", item.text(), food.name(),
                    formatQuantity(item.quantity()), item.unit(), food.nova() == null ? "?" : food.nova(),
                    food.orderedTags().stream().map(FoodTag::label).collect(Collectors.joining(", "))));
        }
        if (meal.items().isEmpty()) {
            text.append("No foods recognised.").append(System.lineSeparator());
        }
        if (!meal.unknown().isEmpty()) {
            text.append("Unknown: ").append(String.join(", ", meal.unknown())).append(System.lineSeparator());
        }
        return text.toString().stripTrailing();
    }

    private static String formatQuantity(double quantity) {
        return quantity == Math.rint(quantity) ? Long.toString((long) quantity) : Double.toString(quantity);
    }
}
