package org.gutskin.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
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
            save(current, Set.of(Settings.THEME));
        }
        return current;
    }

    /** The settings the person has chosen (the others are at their defaults, for an import to fill in). */
    public Set<String> chosen() {
        return settings.values().keySet().stream().filter(Settings.KEYS::contains)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Saves the settings, those that differ from the ones stored becoming the person's choices. */
    public void save(Settings changed) {
        Map<String, String> before = current().toValues();
        save(changed, changed.toValues().entrySet().stream().filter(value -> !value.getValue()
                .equals(before.get(value.getKey()))).map(Map.Entry::getKey).toList());
    }

    /**
     * Saves the settings: those {@code choosing} names become the person's choices (even a default
     * one: "light" chosen is not "light" unset), and those chosen before stay chosen; the others
     * stay unset, at their defaults, for an import to fill in. A value this version cannot read
     * (a newer one's) that the change leaves alone is kept as it was.
     */
    public void save(Settings changed, Collection<String> choosing) {
        Map<String, String> stored = settings.values();
        Map<String, String> kept = new LinkedHashMap<>();
        changed.toValues().forEach((key, value) -> {
            if (choosing.contains(key) || (stored.containsKey(key) && readable(key, stored.get(key)))) {
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
