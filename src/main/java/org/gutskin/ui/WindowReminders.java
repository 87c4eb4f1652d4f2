package org.gutskin.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Stage;
import org.gutskin.journal.ReminderTopic;
import org.gutskin.service.DayService;
import org.gutskin.ui.common.CurrentSettings;
import org.gutskin.ui.common.Tasks;
import org.gutskin.ui.shell.ReminderClock;
import org.gutskin.ui.shell.ReminderNotices;

/**
 * The window's reminders (docs/reminders.md): the clock that says when one is due, a look at the
 * day on the journal thread (none when that part is logged), and the notice that opens Today where
 * it asks. The notices are made with the first reminder due: looking for a tray loads AWT.
 */
final class WindowReminders implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WindowReminders.class.getName());

    private final CurrentSettings settings;
    private final DayService days;
    private final Tasks tasks;
    private final Stage stage;
    private final ResourceBundle bundle;
    private final String stylesheet;
    private final BiConsumer<LocalDate, ReminderTopic> open;
    private final ReminderClock reminderClock;
    private volatile ReminderNotices notices;

    /** @param open shows Today on the day, with the keyboard where the reminder's topic asks */
    WindowReminders(Clock clock, CurrentSettings settings, DayService days, Tasks tasks, Stage stage,
                    ResourceBundle bundle, String stylesheet, BiConsumer<LocalDate, ReminderTopic> open) {
        this.settings = settings;
        this.days = days;
        this.tasks = tasks;
        this.stage = stage;
        this.bundle = bundle;
        this.stylesheet = stylesheet;
        this.open = open;
        this.reminderClock = ReminderClock.start(clock, () -> settings.get().reminders(), this::remind);
    }

    /** A reminder's time came: unless that part of the day is logged already, it is shown. */
    private void remind(ReminderClock.Due due) {
        LocalTime since = ReminderClock.previousOfTopic(due, settings.get().reminders());
        tasks.onJournal(() -> {
            if (notices == null) {
                notices = ReminderNotices.forWindow(stage, bundle.getString("app.title"),
                        bundle.getString("reminder.open"), stylesheet);
            }
            return due.reminder().topic().isDone(days.day(due.date()), since);
        }).onSuccess(done -> {
            if (!done) {
                ReminderTopic topic = due.reminder().topic();
                notices.show(bundle.getString("reminder.title." + topic.key()),
                        bundle.getString("reminder.text." + topic.key()), settings.get().darkTheme(),
                        () -> open.accept(due.date(), topic));
            }
        }).onError(error -> LOG.log(Level.WARNING, "A reminder could not be given", error)).run();
    }

    /** No more reminders from this journal (the window closes, or a backup takes its place). */
    @Override
    public void close() {
        reminderClock.close();
        if (notices != null) {
            notices.close();
        }
    }
}
