package org.gutskin.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes and combo boxes. */
public final class Converters {
    private Converters() {
    }

    /** Shows each value as {@code text} says; {@code null} is passed to it too (e.g. "Any tag"). */
    public static <T> StringConverter<T> showing(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
