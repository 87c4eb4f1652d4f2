package org.gutskin.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.gutskin.app.App;
import org.gutskin.app.Autostart;
import org.gutskin.app.Logging;
import org.gutskin.journal.ReminderTopic;
import org.gutskin.journal.Settings;
import org.gutskin.service.BackupService;
import org.gutskin.store.DamagedJournalException;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.JournalInUseException;
import org.gutskin.ui.common.AfterLayout;
import org.gutskin.ui.common.CurrentSettings;
import org.gutskin.ui.common.ErrorDialog;
import org.gutskin.ui.common.FileDialogs;
import org.gutskin.ui.common.Tasks;
import org.gutskin.ui.common.ViewLoader;
import org.gutskin.ui.exchange.BackupsController;
import org.gutskin.ui.exchange.ExchangeController;
import org.gutskin.ui.foods.FoodsController;
import org.gutskin.ui.history.HistoryController;
import org.gutskin.ui.insights.InsightsController;
import org.gutskin.ui.settings.SettingsController;
import org.gutskin.ui.shell.FrontRequests;
import org.gutskin.ui.shell.OpeningFrame;
import org.gutskin.ui.shell.Section;
import org.gutskin.ui.shell.ShellController;
import org.gutskin.ui.shell.WindowState;
import org.gutskin.ui.today.CatchUpController;
import org.gutskin.ui.today.DayBarController;
import org.gutskin.ui.today.HabitsController;
import org.gutskin.ui.today.MealsController;
import org.gutskin.ui.today.NoteController;
import org.gutskin.ui.today.SkinController;
import org.gutskin.ui.today.SleepController;
import org.gutskin.ui.today.StressController;
import org.gutskin.ui.today.SummaryStripController;
import org.gutskin.ui.today.TodayController;
import org.gutskin.ui.today.WeekCardController;
import org.gutskin.ui.trends.TrendsController;

/**
 * The window's composition root: shows a first frame at once, builds the shell while the journal
 * opens on the journal thread, then builds each section's view with its services through the
 * controller factory.
 */
public final class GutskinApplication extends Application {
    public static final String BUNDLE = "org.gutskin.ui.messages";
    private static final String DATA_DIR_PARAMETER = "data-dir";
    private static final String DEMO_PARAMETER = "demo";
    private static final String MINIMIZED_PARAMETER = "minimized";
    private static final Logger LOG = Logger.getLogger(GutskinApplication.class.getName());

    private final ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE);
    private final Clock clock;
    private final FileDialogs dialogs;
    private DataDirectory dataDirectory;
    private boolean demo;
    private boolean minimized;
    private Tasks tasks;
    private WindowState windowState;
    private Stage stage;
    private WindowDialogs windowDialogs;
    private Scene scene;
    private ShellController shell;
    private App app;
    private TodayController today;
    private volatile FrontRequests frontRequests;
    private CurrentSettings settings;
    private WindowReminders reminders;

    /** Used by {@link Application#launch}; the data folder comes from the launch parameters. */
    public GutskinApplication() {
        this.clock = Clock.systemDefaultZone();
        this.dialogs = FileDialogs.platform();
    }

    /**
     * Used by tests, which start the application on a folder of their own, on a day of their
     * choosing, with file dialogs they answer themselves.
     */
    public GutskinApplication(DataDirectory dataDirectory, Clock clock, FileDialogs dialogs) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.dialogs = dialogs;
    }

    /**
     * Starts the window on the journal in {@code dataDirectory}, minimised when asked (the start at
     * login), and returns when it is closed.
     */
    public static void launchOn(DataDirectory dataDirectory, boolean minimized) {
        // the log first, so that a window that cannot start (no GTK, say) leaves its details somewhere
        Logging.toFileIn(dataDirectory.ensureExists().path());
        Application.launch(GutskinApplication.class, "--" + DATA_DIR_PARAMETER + "=" + dataDirectory.path(),
                "--" + MINIMIZED_PARAMETER + "=" + minimized);
    }

    /** Starts the window on a demo journal, with a banner that says so. */
    public static void launchDemo(DataDirectory dataDirectory) {
        Application.launch(GutskinApplication.class, "--" + DATA_DIR_PARAMETER + "=" + dataDirectory.path(),
                "--" + DEMO_PARAMETER + "=true");
    }

    @Override
    public void init() {
        if (dataDirectory == null) {
            dataDirectory = DataDirectory.at(Path.of(getParameters().getNamed().get(DATA_DIR_PARAMETER)));
            demo = Boolean.parseBoolean(getParameters().getNamed().getOrDefault(DEMO_PARAMETER, "false"));
            minimized = Boolean.parseBoolean(getParameters().getNamed().getOrDefault(MINIMIZED_PARAMETER, "false"));
        }
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        windowDialogs = new WindowDialogs(stage, bundle);
        tasks = new Tasks(failure -> ErrorDialog.show(stage, failure.error(), failure.whileDoing(), bundle));
        windowState = WindowState.loadFrom(dataDirectory.path());
        // Before any control exists, so that JavaFX never loads its default theme only to replace it.
        WindowTheme.useThemeStylesheet(windowState.darkTheme());
        Scene scene = new Scene(OpeningFrame.build(bundle, demo));
        scene.getStylesheets().add(WindowTheme.ownStylesheet().toExternalForm());
        WindowTheme.markDark(scene.getRoot(), windowState.darkTheme());

        stage.setTitle(bundle.getString("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setOnCloseRequest(this::confirmClose);
        windowState.applyTo(stage);
        stage.setIconified(minimized);
        stage.show();
        // Once the first frame is laid out (it is drawn in that pulse), the shell is built on this
        // thread while the journal opens on its own; queued first, the shell is in place before the
        // journal's outcome reaches this thread.
        AfterLayout.run(scene, () -> {
            Platform.runLater(() -> showShell(scene));
            openJournal();
        });
    }

    /** Replaces the first frame with the shell: navigation, theme switch, keyboard shortcuts. */
    private void showShell(Scene scene) {
        ViewLoader shellLoader = new ViewLoader(Map.of(ShellController.class, ShellController::new), bundle);
        ViewLoader.View<ShellController> shellView = shellLoader.load(ShellController.class);
        shell = shellView.controller();
        shell.showDemoBanner(demo);
        WindowTheme.markDark(shellView.root(), windowState.darkTheme());
        scene.setRoot(shellView.root());
        shell.setTheme(windowState.darkTheme(), dark -> {
            WindowTheme.apply(scene.getRoot(), dark);
            windowState.setDarkTheme(dark);
        });
        this.scene = scene;
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), this::quit);
        Section[] sections = Section.values();
        for (int index = 0; index < sections.length; index++) {
            Section section = sections[index];
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(index + 1)),
                    KeyCombination.SHORTCUT_DOWN), () -> shell.select(section));
        }
    }

    private void openJournal() {
        boolean rememberedDark = windowState.darkTheme();
        tasks.onJournal(() -> {
            App opened = App.openForWindow(dataDirectory, clock);
            if (frontRequests == null) { // a second start may now ask this window to come forward
                frontRequests = FrontRequests.watch(dataDirectory.path(), () -> Platform.runLater(this::bringToFront));
            }
            return new OpenedJournal(opened, opened.isInReadOnlyFolder() ? opened.settings().current()
                    : opened.settings().currentForWindow(rememberedDark));
        }).onSuccess(journal -> {
            App opened = journal.app();
            app = opened;
            followSettings(new CurrentSettings(journal.settings(), opened.settings(), tasks), opened);
            shell.showReadOnlyBanner(opened.isInReadOnlyFolder());
            ViewLoader loader = new ViewLoader(controllers(opened), bundle);
            shell.attach(section -> sectionView(section, loader, opened), opened.journalFile().toString());
            opened.warnings().forEach(windowDialogs::warn);
        }).onError(this::openFailed).run();
    }

    /** The journal as it was opened on the journal thread, with its settings. */
    private record OpenedJournal(App app, Settings settings) {
    }

    /**
     * The window follows the journal's settings: its theme (the sidebar's switch changes the
     * setting too; the window's own file remembers it only to paint the first frame) and reminders.
     */
    private void followSettings(CurrentSettings current, App opened) {
        settings = current;
        Consumer<Settings> apply = now -> {
            if (now.darkTheme() != windowState.darkTheme()) {
                WindowTheme.apply(scene.getRoot(), now.darkTheme());
                windowState.setDarkTheme(now.darkTheme());
            }
            shell.setTheme(now.darkTheme(), dark -> current.change(was -> was.withDarkTheme(dark)));
        };
        apply.accept(current.get());
        current.property().addListener((observable, was, now) -> apply.accept(now));
        reminders = new WindowReminders(clock, current, opened.days(), tasks, stage, bundle,
                WindowTheme.ownStylesheet().toExternalForm(), this::openAt);
    }

    private void openAt(LocalDate date, ReminderTopic topic) {
        bringToFront();
        shell.select(Section.TODAY);
        if (today != null) {
            today.openAt(date, topic);
        }
    }

    private void openFailed(Throwable error) {
        if (error instanceof JournalInUseException) {
            shell.showOpenElsewhere(bundle.getString("inUse.header"));
            windowDialogs.explainOpenElsewhere(dataDirectory.path());
            tasks.onJournal(() -> {
                FrontRequests.ask(dataDirectory.path());
                return null;
            }).andFinally(stage::close).onError(failed -> { }).run();
            return;
        }
        String whileOpening = bundle.getString("error.whileOpening");
        shell.showOpenFailed(ErrorDialog.sentence(error, whileOpening, bundle));
        if (error instanceof DamagedJournalException damaged && damaged.newestGoodBackup().isPresent()
                && windowDialogs.offerRestore(damaged)) {
            BackupService.restore(dataDirectory, damaged.newestGoodBackup().get(), clock);
            openJournal();
            return;
        }
        ErrorDialog.show(stage, error, whileOpening, bundle);
        stage.close();
    }

    private void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** Every controller the views ask for, with the services it needs. */
    private Map<Class<?>, Supplier<?>> controllers(App opened) {
        return Map.ofEntries(
                Map.entry(TodayController.class, () -> new TodayController(opened.days(), opened.habits(),
                        opened.foods(), settings, tasks, clock)),
                Map.entry(DayBarController.class, () -> new DayBarController(clock)),
                Map.entry(SummaryStripController.class, SummaryStripController::new),
                Map.entry(CatchUpController.class, () -> new CatchUpController(opened.days(), tasks)),
                Map.entry(WeekCardController.class, WeekCardController::new),
                Map.entry(MealsController.class, () -> new MealsController(opened.foods(), opened.meals(), tasks,
                        clock)),
                Map.entry(NoteController.class, NoteController::new),
                Map.entry(SleepController.class, () -> new SleepController(clock)),
                Map.entry(StressController.class, () -> new StressController(clock)),
                Map.entry(SkinController.class, () -> new SkinController(opened.days(), tasks)),
                Map.entry(HabitsController.class, () -> new HabitsController(opened.habits(), tasks)),
                Map.entry(HistoryController.class, () -> new HistoryController(opened.days(), opened.search(),
                        opened.foods(), settings, tasks, clock, this::openDay)),
                Map.entry(TrendsController.class, () -> new TrendsController(opened.analysis(), settings, tasks, clock, dialogs,
                        this::openDay)),
                Map.entry(InsightsController.class, () -> new InsightsController(opened.analysis(), tasks, clock)),
                Map.entry(FoodsController.class, () -> new FoodsController(opened.foods(), opened.meals(), tasks, clock)),
                Map.entry(ExchangeController.class, () -> new ExchangeController(opened.exchange(), tasks, clock,
                        dialogs)),
                Map.entry(BackupsController.class, () -> new BackupsController(opened.backups(), opened.secondCopy(),
                        tasks, dialogs, this::restoreBackup)),
                Map.entry(SettingsController.class, () -> new SettingsController(settings, Autostart.thisApp()
                        .map(command -> Autostart.of(command, dataDirectory.path(), System.getenv(),
                                System.getProperty("os.name"), Path.of(System.getProperty("user.home")))), tasks)));
    }

    /** The view that shows each section. */
    private static final Map<Section, Class<?>> SECTION_VIEWS = Map.of(
            Section.TODAY, TodayController.class,
            Section.HISTORY, HistoryController.class,
            Section.TRENDS, TrendsController.class,
            Section.INSIGHTS, InsightsController.class,
            Section.FOODS, FoodsController.class,
            Section.EXCHANGE, ExchangeController.class,
            Section.SETTINGS, SettingsController.class);

    private Node sectionView(Section section, ViewLoader loader, App opened) {
        ViewLoader.View<?> view = loader.load(SECTION_VIEWS.get(section));
        if (view.controller() instanceof TodayController loaded) {
            today = loaded;
            // the journal this view saves to, even if a restore has already let go of it
            today.setOnSaved(date -> shell.showReadOnlyBanner(opened.isInReadOnlyFolder()));
        }
        return view.root();
    }

    /**
     * Puts a backup in place of the journal: saves what is on screen, closes the journal, restores
     * (the current file is set aside, never deleted), and opens the journal again.
     */
    private void restoreBackup(Path backup) {
        if (today != null && today.hasFailedSave()) {
            ErrorDialog.show(stage, new IllegalStateException(bundle.getString("restore.unsaved")),
                    bundle.getString("restore.button"), bundle);
            return;
        }
        if (today != null) {
            today.saveNow();
        }
        App closing = app;
        app = null;
        today = null;
        reminders.close();
        shell.detach();
        tasks.startOver(); // what the closed views asked for reports to no one
        tasks.onJournal(() -> {
            closing.close();
            return BackupService.restore(dataDirectory, backup, clock);
        }).onError(error -> ErrorDialog.show(stage, error, bundle.getString("restore.button")
                .toLowerCase(Locale.ROOT), bundle)).andFinally(this::openJournal).run();
    }

    /** Opens a day in Today, from History or Trends. */
    private void openDay(LocalDate date) {
        shell.select(Section.TODAY);
        if (today != null) {
            today.showDate(date);
        }
    }

    /** Ctrl+Q (⌘Q on a Mac): closes the window as its close button does, asking first when it must. */
    private void quit() {
        WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        confirmClose(request);
        if (!request.isConsumed()) {
            stage.close();
        }
    }

    /** Closing the window with a day that cannot be saved asks first, so nothing typed is lost unseen. */
    private void confirmClose(WindowEvent event) {
        if (today != null && (today.hasFailedSave() || !today.saveNow()) && !windowDialogs.closeUnsaved()) {
            event.consume();
        }
    }

    @Override
    public void stop() throws InterruptedException {
        if (frontRequests != null) {
            frontRequests.close();
        }
        if (reminders != null) {
            reminders.close();
        }
        if (today != null) {
            today.saveNow();
        }
        if (stage != null && windowState != null) {
            windowState.rememberFrom(stage);
            windowState.save();
        }
        if (tasks != null) {
            App opened = app;
            tasks.runOnJournalAndStop(() -> {
                if (opened != null) {
                    try {
                        opened.close();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Closing the journal failed", e);
                    }
                }
            }, 10);
        }
    }
}
