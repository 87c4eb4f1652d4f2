package org.gutskin.ui.common;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gutskin.journal.Settings;
import org.gutskin.service.SettingsService;

/**
 * The journal's settings as the window follows them: read with the journal, changed on this
 * thread at once (every view that shows one follows the property), saved on the journal thread.
 */
public final class CurrentSettings {
    private final ReadOnlyObjectWrapper<Settings> settings;
    private final SettingsService service;
    private final Tasks tasks;

    public CurrentSettings(Settings loaded, SettingsService service, Tasks tasks) {
        this.settings = new ReadOnlyObjectWrapper<>(loaded);
        this.service = service;
        this.tasks = tasks;
    }

    public ReadOnlyObjectProperty<Settings> property() {
        return settings.getReadOnlyProperty();
    }

    public Settings get() {
        return settings.get();
    }

    /** Applies a change and saves it; a change that changes nothing saves nothing. */
    public void change(UnaryOperator<Settings> change) {
        Settings changed = change.apply(get());
        if (changed.equals(get())) {
            return;
        }
        settings.set(changed);
        tasks.onJournal(() -> {
            service.save(changed);
            return null;
        }).run();
    }
}
