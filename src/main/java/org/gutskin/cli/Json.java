package org.gutskin.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** The JSON the commands print, written by Jackson's streaming generator: one object on one line. */
final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** Writes one JSON value. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private Json() {
    }

    static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing JSON to a string failed", e);
        }
        return out.toString();
    }

    /** A number with up to four decimals, or {@code null} for a missing one (JSON has no NaN). */
    static void number(JsonGenerator json, String field, double value) throws IOException {
        json.writeFieldName(field);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.writeNull();
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros());
        }
    }

    /**
     * A probability to three significant digits, so that a tiny one stays above zero (0.0000012,
     * not 0: a p-value of a few thousand shuffles or a normal tail is never exactly 0).
     */
    static void probability(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isNaN(value) || value == 0 || value == 1) {
            number(json, field, value);
            return;
        }
        json.writeFieldName(field);
        json.writeNumber(new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros());
    }

    /** A string, or {@code null}. */
    static void string(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
