package org.gutskin.service;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Settings;
import org.gutskin.store.SettingsRepository;

/** The person's settings, kept in the journal. */
public final class SettingsService {
    private static final Logger LOG = Logger.getLogger(SettingsService.class.getName());

    private final SettingsRepository settings;

    public SettingsService(SettingsRepository settings) {
        this.settings = settings;
    }

    /**
     * The settings as stored; a value this version cannot read (written by a newer one, say) keeps
     * its default here and is logged, never a reason the journal cannot open.
     */
    public Settings current() {
        Settings current = Settings.DEFAULTS;
        for (Map.Entry<String, String> value : settings.values().entrySet()) {
            try {
                current = current.with(value.getKey(), value.getValue());
            } catch (InvalidEntryException e) {
                LOG.log(Level.WARNING, "Setting {0} ignored: {1}", new Object[] {value.getKey(), e.getMessage()});
            }
        }
        return current;
    }

    /**
     * The settings, for the window: a journal from before the theme was kept in it takes the theme
     * the window remembered (and keeps it from now on).
     */
    public Settings currentForWindow(boolean rememberedDarkTheme) {
        Settings current = current();
        if (!settings.values().containsKey(Settings.THEME)) {
            current = current.withDarkTheme(rememberedDarkTheme);
            save(current);
        }
        return current;
    }

    public void save(Settings changed) {
        settings.replace(changed.toValues());
    }
}
