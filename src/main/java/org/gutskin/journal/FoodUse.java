package org.gutskin.journal;

import java.time.LocalDate;

/** A day on which a food was eaten, and how many times. */
public record FoodUse(LocalDate date, int times) {
}
