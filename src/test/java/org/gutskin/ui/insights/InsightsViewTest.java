package org.gutskin.ui.insights;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.gutskin.TestClock;
import org.gutskin.app.App;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.SkinCheck;
import org.gutskin.sample.JournalGenerator;
import org.gutskin.store.DataDirectory;
import org.gutskin.ui.RunningApp;
import org.gutskin.ui.shell.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsViewTest {
    @TempDir
    Path folder;
    private RunningApp app;

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private void open() throws Exception {
        app = RunningApp.start(folder).awaitJournal();
        app.show(Section.INSIGHTS);
        app.await(() -> !app.robot.lookup("#insights-loading").query().isVisible());
    }

    private String text(String id) {
        return app.robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aPlantedAssociationIsShownAsACardWithItsNumbers() throws Exception {
        try (App journal = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            journal.days().saveAll(new JournalGenerator(journal.foods().tagger()).generate(240, 3,
                    TestClock.TODAY));
        }
        open();
        VBox cards = app.robot.lookup("#association-cards").queryAs(VBox.class);
        assertTrue(cards.getChildren().size() > 0);
        String all = String.join("\n", app.robot.from(cards).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertTrue(all.contains("Two days after ultra-processed food your skin was on average"), all);
        assertTrue(all.contains("not proof that one causes the other"), all);
        assertTrue(all.contains("95% interval"), all);
        assertTrue(text("#trend-sentence").matches("(Improving|Stable|Worsening) over the last 30 days.*"),
                text("#trend-sentence"));
    }

    @Test
    void aFiveDayJournalSaysWhatIsMissing() throws Exception {
        try (App journal = App.open(DataDirectory.at(folder), TestClock.FIXED)) {
            List<DayEntry> days = new ArrayList<>();
            for (int d = 0; d < 5; d++) {
                LocalDate date = TestClock.TODAY.minusDays(d);
                days.add(SampleDays.on(date).withSkin(Optional.of(SampleDays.skin(d))).withMeals(List.of(
                        new Meal(LocalTime.NOON, MealKind.LUNCH, "kefir",
                                journal.foods().tag("kefir").foodItems()))).build());
            }
            journal.days().saveAll(days);
        }
        open();
        assertTrue(app.robot.lookup("#missing-card").query().isVisible());
        assertTrue(text("#insights-missing").startsWith("Log 16 more days with both meals and a skin check"),
                text("#insights-missing"));
        assertTrue(text("#trend-sentence").startsWith("Not enough skin checks yet"), text("#trend-sentence"));
    }

    @Test
    void anEmptyJournalOpensWithoutErrors() throws Exception {
        open();
        assertTrue(text("#insights-missing").startsWith("Log 21 more days"), text("#insights-missing"));
    }
}
