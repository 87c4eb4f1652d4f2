package org.gutskin.journal;

import java.time.LocalDate;

/** A day that matched a search, and the text that matched. */
public record SearchHit(LocalDate date, String text) {
}
