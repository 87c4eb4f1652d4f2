package org.gutskin.journal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The day's skin check. Higher is worse everywhere.
 *
 * @param overall  0 (clear and calm) to 10 (worst flare)
 * @param symptoms severities 0–3; a symptom missing from the map was not rated, which is not the same as 0
 * @param areas    optional free text ("chin, cheeks"), {@code null} when none
 * @param note     optional, {@code null} when none
 */
public record SkinCheck(int overall, Map<Symptom, Integer> symptoms, String areas, String note) {
    public static final int MAX_OVERALL = 10;

    public SkinCheck {
        Checks.range("skin.overall", "Overall skin severity", overall, 0, MAX_OVERALL);
        EnumMap<Symptom, Integer> copy = new EnumMap<>(Symptom.class);
        symptoms.forEach((symptom, value) -> {
            Checks.required("skin." + symptom.key(), symptom.label(), value);
            copy.put(symptom, Checks.range("skin." + symptom.key(), symptom.label(), value, 0, Symptom.MAX));
        });
        symptoms = Collections.unmodifiableMap(copy);
        Checks.maxLength("skin.areas", "The areas", areas, Limits.MAX_TEXT_CHARACTERS);
        Checks.maxLength("skin.note", "The skin's note", note, Limits.MAX_TEXT_CHARACTERS);
    }
}
