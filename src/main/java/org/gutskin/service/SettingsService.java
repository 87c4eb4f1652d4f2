package org.gutskin.service;

import java.util.LinkedHashMap;
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
        if (!settings.values().containsKey(Settings.THEME) && rememberedDarkTheme != current.darkTheme()) {
            current = current.withDarkTheme(rememberedDarkTheme);
            save(current);
        }
        return current;
    }

    /**
     * Keeps the settings that differ from the defaults (an import fills in the others), and any
     * value this version cannot read that the change leaves alone, so that a newer version's
     * setting outlives a change made here.
     */
    public void save(Settings changed) {
        Map<String, String> stored = settings.values();
        Map<String, String> defaults = Settings.DEFAULTS.toValues();
        Map<String, String> kept = new LinkedHashMap<>();
        changed.toValues().forEach((key, value) -> {
            if (!value.equals(defaults.get(key))) {
                kept.put(key, value);
            }
        });
        stored.forEach((key, value) -> {
            if (!kept.containsKey(key) && !readable(key, value)) {
                kept.put(key, value);
            }
        });
        settings.replace(kept);
    }

    private static boolean readable(String key, String value) {
        try {
            Settings.DEFAULTS.with(key, value);
            return true;
        } catch (InvalidEntryException e) {
            return false;
        }
    }
}
