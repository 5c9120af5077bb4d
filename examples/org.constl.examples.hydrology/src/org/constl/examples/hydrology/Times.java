package org.constl.examples.hydrology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.constl.ipld.IpldValue;

/**
 * Reads a time cell as Constellation stores {@code horoDatage} values: milliseconds since 1970,
 * an ISO-8601 text (without an offset it is taken as UTC, as our loggers record), or
 * {@code {système, val}} around either.
 */
final class Times {

  private static final String SYSTEM = "système";
  private static final String VALUE = "val";

  private Times() {
  }

  /** @throws IllegalArgumentException saying why the cell is not a time */
  static Instant instant(IpldValue value) {
    if (Numbers.isNumber(value)) {
      return Instant.ofEpochMilli((long) value.asDouble());
    }
    if (value instanceof IpldValue.MapValue map && map.has(SYSTEM) && map.has(VALUE)) {
      return instant(map.get(VALUE));
    }
    if (value instanceof IpldValue.StringValue text) {
      return parse(text.value());
    }
    throw new IllegalArgumentException("the time must be a date, not a " + value.kind());
  }

  private static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notADateTime) {
        try {
          return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
          throw new IllegalArgumentException("the time \"" + text + "\" is not an ISO-8601 date");
        }
      }
    }
  }
}
