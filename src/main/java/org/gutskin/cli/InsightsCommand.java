package org.gutskin.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gutskin.app.App;
import org.gutskin.analysis.Association;
import org.gutskin.analysis.Flag;
import org.gutskin.analysis.Insights;
import org.gutskin.analysis.SkinTrend;
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
        SkinTrend trend = insights.trend();
        String skinTrend = "{\"direction\":" + (trend.direction() == null ? "null"
                : Json.string(trend.direction().key())) + ",\"slope_per_week\":" + Json.number(trend.slopePerWeek())
                + ",\"window_days\":" + trend.windowDays() + ",\"skin_checks\":" + trend.checks() + "}";
        String flags = insights.flags().stream().map(InsightsCommand::flagJson).collect(Collectors.joining(","));
        String associations = insights.associations().reported().stream().map(InsightsCommand::associationJson)
                .collect(Collectors.joining(","));
        String missing = insights.associations().notEnoughData();
        return "{\"from\":" + Json.string(String.valueOf(insights.from())) + ",\"to\":"
                + Json.string(String.valueOf(insights.to())) + ",\"days_logged\":" + insights.daysLogged()
                + ",\"skin_trend\":" + skinTrend
                + ",\"flare_days\":" + Json.strings(insights.flareDays().stream().map(LocalDate::toString).toList())
                + ",\"flags\":[" + flags + "],\"associations\":[" + associations + "],\"tested\":"
                + insights.associations().tested() + ",\"not_enough_data\":" + Json.string(missing) + "}";
    }

    private static String flagJson(Flag flag) {
        String values = flag.values().entrySet().stream()
                .map(entry -> Json.string(entry.getKey()) + ":" + Json.number(entry.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        SkinTrend trend = flag.skinTrend();
        return "{\"id\":" + Json.string(flag.id()) + ",\"message\":" + Json.string(flag.message())
                + ",\"window_start\":" + Json.string(flag.windowStart().toString()) + ",\"window_end\":"
                + Json.string(flag.windowEnd().toString()) + ",\"values\":" + values + ",\"skin_trend\":"
                + (trend.direction() == null ? "null" : Json.string(trend.direction().key())) + "}";
    }

    private static String associationJson(Association association) {
        return "{\"factor\":" + Json.string(association.factor().key())
                + (association.lagDays() != null ? ",\"lag_days\":" + association.lagDays()
                : ",\"window_days\":" + association.windowDays())
                + ",\"effect\":" + Json.number(association.effect()) + ",\"ci_low\":" + Json.number(association.ciLow())
                + ",\"ci_high\":" + Json.number(association.ciHigh()) + ",\"p\":" + Json.number(association.p())
                + ",\"q\":" + Json.number(association.q()) + ",\"n_exposed\":" + association.nExposed()
                + ",\"n_unexposed\":" + association.nUnexposed() + ",\"explained_by\":"
                + (association.explainedBy() == null ? "null" : Json.string(association.explainedBy().key()))
                + ",\"message\":" + Json.string(association.message()) + "}";
    }

    static String toText(Insights insights) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%d days logged from %s to %s.", insights.daysLogged(), insights.from(),
                insights.to()));
        SkinTrend trend = insights.trend();
        lines.add(trend.direction() == null
                ? String.format("Skin trend: not enough skin checks in the last %d days (%d of %d needed).",
                trend.windowDays(), trend.checks(), SkinTrend.MIN_CHECKS)
                : String.format("Skin trend over the last %d days: %s (%+.1f points a week; lower is better).",
                trend.windowDays(), trend.direction().key(), trend.slopePerWeek()));
        if (!insights.flags().isEmpty()) {
            lines.add("");
            lines.add("Patterns:");
            insights.flags().forEach(flag -> lines.add("  - " + flag.message()));
        }
        lines.add("");
        if (insights.associations().notEnoughData() != null) {
            lines.add(insights.associations().notEnoughData());
        } else if (insights.associations().reported().isEmpty()) {
            lines.add(String.format("No association passed the false-discovery check (%d tests run).",
                    insights.associations().tested()));
        } else {
            lines.add(String.format("Associations (%d tests run, false discovery rate %.0f%%):",
                    insights.associations().tested(), 5.0));
            insights.associations().reported().forEach(association -> lines.add("  - " + association.message()));
        }
        return String.join(System.lineSeparator(), lines);
    }

}
