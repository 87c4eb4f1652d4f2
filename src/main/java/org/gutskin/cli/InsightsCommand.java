package org.gutskin.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gutskin.analysis.Association;
import org.gutskin.analysis.Flag;
import org.gutskin.analysis.Insights;
import org.gutskin.analysis.SkinTrend;
import org.gutskin.app.App;
import org.gutskin.text.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gutskin insights [--from DATE] [--to DATE] [--json]}: the skin trend, pattern flags and associations. */
@Command(name = "insights", mixinStandardHelpOptions = true,
        description = "Shows your skin trend, pattern flags and the associations found in your journal.%n"
                + "Associations are not causes; the app gives no medical advice. Method: docs/analysis.md.")
public final class InsightsCommand implements Runnable {
    @ParentCommand
    private GutskinCommand parent;
    @Spec
    private CommandSpec spec;

    @Mixin
    private DateRange range;
    @Option(names = "--json", description = "Print one JSON object (schema in docs/analysis.md).")
    private boolean json;

    @Override
    public void run() {
        range.check();
        Insights insights;
        try (App app = parent.openForReading()) {
            insights = app.analysis().insights(range.from(), range.to());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(insights) : toText(insights));
        out.flush();
    }

    static String toJson(Insights insights) {
        return Json.write(json -> {
            json.writeStartObject();
            Json.string(json, "from", String.valueOf(insights.from()));
            Json.string(json, "to", String.valueOf(insights.to()));
            json.writeNumberField("days_logged", insights.daysLogged());
            SkinTrend trend = insights.trend();
            json.writeObjectFieldStart("skin_trend");
            Json.string(json, "direction", trend.direction() == null ? null : trend.direction().key());
            Json.number(json, "slope_per_week", trend.slopePerWeek());
            json.writeNumberField("window_days", trend.windowDays());
            json.writeNumberField("skin_checks", trend.checks());
            json.writeEndObject();
            Json.strings(json, "flare_days", insights.flareDays().stream().map(LocalDate::toString).toList());
            json.writeArrayFieldStart("flags");
            for (Flag flag : insights.flags()) {
                flag(json, flag);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("associations");
            for (Association association : insights.associations().reported()) {
                association(json, association);
            }
            json.writeEndArray();
            json.writeNumberField("tested", insights.associations().tested());
            Json.string(json, "not_enough_data", insights.associations().notEnoughData());
            json.writeEndObject();
        });
    }

    private static void flag(JsonGenerator json, Flag flag) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", flag.id());
        json.writeStringField("message", flag.message());
        json.writeStringField("window_start", flag.windowStart().toString());
        json.writeStringField("window_end", flag.windowEnd().toString());
        json.writeObjectFieldStart("values");
        for (Map.Entry<String, Double> value : flag.values().entrySet()) {
            Json.number(json, value.getKey(), value.getValue());
        }
        json.writeEndObject();
        SkinTrend trend = flag.skinTrend();
        Json.string(json, "skin_trend", trend.direction() == null ? null : trend.direction().key());
        json.writeEndObject();
    }

    private static void association(JsonGenerator json, Association association) throws IOException {
        json.writeStartObject();
        json.writeStringField("factor", association.factor().key());
        if (association.lagDays() != null) {
            json.writeNumberField("lag_days", association.lagDays());
        } else {
            json.writeNumberField("window_days", association.windowDays());
        }
        Json.number(json, "effect", association.effect());
        Json.number(json, "ci_low", association.ciLow());
        Json.number(json, "ci_high", association.ciHigh());
        Json.probability(json, "p", association.p());
        Json.probability(json, "q", association.q());
        json.writeNumberField("n_exposed", association.nExposed());
        json.writeNumberField("n_unexposed", association.nUnexposed());
        Json.string(json, "explained_by", association.explainedBy() == null ? null
                : association.explainedBy().key());
        json.writeStringField("message", association.message());
        json.writeEndObject();
    }

    static String toText(Insights insights) {
        List<String> lines = new ArrayList<>();
        lines.add(insights.from() == null ? Messages.text("cli.insights.empty")
                : Messages.text("cli.insights.logged", insights.daysLogged(), insights.from(), insights.to()));
        SkinTrend trend = insights.trend();
        lines.add(trend.direction() == null
                ? Messages.text("cli.insights.noTrend", trend.windowDays(), trend.checks(), SkinTrend.MIN_CHECKS)
                : Messages.text("cli.insights.trend", trend.windowDays(), trend.direction().key(),
                trend.slopePerWeek()));
        if (!insights.flags().isEmpty()) {
            lines.add("");
            lines.add("Patterns:");
            insights.flags().forEach(flag -> lines.add("  - " + flag.message()));
        }
        lines.add("");
        if (insights.associations().notEnoughData() != null) {
            lines.add(insights.associations().notEnoughData());
        } else if (insights.associations().reported().isEmpty()) {
            lines.add(Messages.text("cli.insights.none", insights.associations().tested()));
        } else {
            lines.add(Messages.text("cli.insights.some", insights.associations().tested()));
            insights.associations().reported().forEach(association -> lines.add("  - " + association.message()));
        }
        return String.join(System.lineSeparator(), lines);
    }

}
