package org.constl.ui.tables.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.constl.core.rows.PlainText;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.OrbitDbAddress;

/**
 * Cell values to and from the text people type, paste and copy, per variable category, stored as
 * {@code @constl/ipa} stores them (CONSTELLATION.md §3.4). {@link #text} and {@link #parse} are
 * inverse: copying cells and pasting them back gives the same values.
 *
 * <p>Dates are stored as {@code {système: "dateJS", val: "<ISO 8601 UTC text>"}}: ipa's import
 * writes {@code val} as milliseconds, which its own validator then refuses; the text form is what
 * both its date reader and its validator accept.
 */
final class CellValues {

  static final String DATE_SYSTEM_KEY = "système";
  static final String DATE_VALUE_KEY = "val";
  static final String DATE_SYSTEM_JS = "dateJS";

  private static final BigInteger MAX_SAFE_INTEGER = BigInteger.ONE.shiftLeft(53).subtract(BigInteger.ONE);
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
  /** Spaces that group digits: space, no-break space, narrow no-break space, thin space, apostrophe. */
  private static final Pattern DIGIT_GROUPING = Pattern.compile("[ \\u00a0\\u202f\\u2009']");
  private static final List<String> TRUE_WORDS = List.of("true", "vrai", "yes", "oui", "1");
  private static final List<String> FALSE_WORDS = List.of("false", "faux", "no", "non", "0");
  private static final String INTERVAL_SEPARATOR = " / ";
  private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  /** What a text becomes: a value (empty to clear the cell), or the reason it cannot be one. */
  sealed interface Parsed {}

  record Value(Optional<IpldValue> value) implements Parsed {}

  record Refused(String reason) implements Parsed {}

  /**
   * What a translatable text cell holds for a text that is not already the address of a database
   * of texts: a paste, or a list typed, makes a database of that text ({@link PastedTranslations}).
   */
  @FunctionalInterface
  interface Translator {
    IpldValue translated(String text);
  }

  /** Writes nothing: a text stands for itself, for checking a text before it is written. */
  static final Translator UNWRITTEN = IpldValue::of;

  /** Why a text is not a value; becomes {@link Refused}. */
  private static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    ParseException(String reason) {
      super(reason);
    }
  }

  private final ZoneId localZone;

  /** @param localZone where a date and time typed without a zone is (as JS reads it: local time) */
  CellValues(ZoneId localZone) {
    this.localZone = localZone;
  }

  /**
   * The value a text stands for in a column of that category (empty: a column without a
   * variable, where numbers and true/false are recognised and the rest is text). A blank text
   * clears the cell.
   */
  Parsed parse(String text, Optional<VariableCategory> category) {
    return parse(text, category, UNWRITTEN);
  }

  /** As {@link #parse(String, Optional)}, a translatable text's texts going where {@code translator} puts them. */
  Parsed parse(String text, Optional<VariableCategory> category, Translator translator) {
    if (text.isBlank()) {
      return new Value(Optional.empty());
    }
    try {
      if (category.isEmpty()) {
        return new Value(Optional.of(guess(text.strip())));
      }
      if (category.get().isList()) {
        return new Value(Optional.of(list(text.strip(), category.get().base(), translator)));
      }
      return new Value(Optional.of(simple(text.strip(), category.get().base(), translator)));
    } catch (ParseException e) {
      return new Refused(e.getMessage());
    }
  }

  private IpldValue guess(String text) {
    try {
      return number(text);
    } catch (ParseException notANumber) {
      String word = text.toLowerCase(Locale.ROOT);
      return word.equals("true") || word.equals("false") ? IpldValue.of(word.equals("true")) : IpldValue.of(text);
    }
  }

  private IpldValue list(String text, BaseCategory base, Translator translator) throws ParseException {
    if (!text.startsWith("[")) {
      return IpldValue.list(simple(text, base, translator));
    }
    IpldValue parsed = json(text, "a list");
    if (!(parsed instanceof IpldValue.ListValue items)) {
      throw new ParseException("'" + text + "' is not a list: write it as a JSON array, e.g. [1, 2]");
    }
    List<IpldValue> values = new ArrayList<>();
    for (IpldValue item : items.values()) {
      // Items given as JSON text go through the category's conversion; others are kept as typed.
      values.add(item instanceof IpldValue.StringValue s ? simple(s.value(), base, translator) : item);
    }
    return IpldValue.list(values);
  }

  private IpldValue simple(String text, BaseCategory base, Translator translator) throws ParseException {
    return switch (base) {
      case NUMBER -> number(text);
      case BOOLEAN -> bool(text);
      case TEXT -> IpldValue.of(text);
      // An address (as ipa's export and older copies give) is kept; any other text gets its database.
      case TRANSLATABLE_TEXT -> OrbitDbAddress.isValid(text) ? IpldValue.of(text) : translator.translated(text);
      case TIMESTAMP -> timestamp(text);
      case TIME_INTERVAL -> interval(text);
      case GEOJSON -> geoJson(text);
      case IMAGE, AUDIO, VIDEO, FILE -> file(text);
    };
  }

  private static IpldValue number(String text) throws ParseException {
    String digits = DIGIT_GROUPING.matcher(text).replaceAll("");
    int comma = digits.lastIndexOf(',');
    int dot = digits.lastIndexOf('.');
    // The last of a comma and a dot is the decimal separator, the other groups digits: 1,234.5 and 1.234,5.
    if (comma > dot) {
      digits = digits.replace(".", "").replace(',', '.');
    } else if (comma >= 0) {
      digits = digits.replace(",", "");
    }
    if (!NUMBER.matcher(digits).matches()) {
      throw new ParseException("'" + text + "' is not a number (write it as 1234.5 or 1234,5, e.g. without units)");
    }
    BigDecimal decimal = new BigDecimal(digits);
    double value = decimal.doubleValue();
    if (!Double.isFinite(value)) {
      throw new ParseException("'" + text + "' is too large to store as a number");
    }
    // As JS stores numbers: integers within the safe range as integers, every other as a double.
    if (value == Math.rint(value) && BigDecimal.valueOf(value).toBigInteger().abs().compareTo(MAX_SAFE_INTEGER) <= 0) {
      return IpldValue.of((long) value);
    }
    return IpldValue.of(value);
  }

  private static IpldValue bool(String text) throws ParseException {
    String word = text.toLowerCase(Locale.ROOT);
    if (TRUE_WORDS.contains(word)) {
      return IpldValue.of(true);
    }
    if (FALSE_WORDS.contains(word)) {
      return IpldValue.of(false);
    }
    throw new ParseException("'" + text + "' is not true or false (also read: vrai/faux, yes/no, oui/non, 1/0)");
  }

  private IpldValue timestamp(String text) throws ParseException {
    if (text.startsWith("{")) {
      IpldValue parsed = json(text, "a date");
      if (parsed instanceof IpldValue.MapValue map && map.has(DATE_VALUE_KEY)
          && map.get(DATE_VALUE_KEY) instanceof IpldValue.StringValue inner) {
        return timestamp(inner.value());
      }
      throw new ParseException("'" + text + "' is not a date");
    }
    return IpldValue.map(Map.of(DATE_SYSTEM_KEY, IpldValue.of(DATE_SYSTEM_JS),
        DATE_VALUE_KEY, IpldValue.of(UTC_TEXT.format(instant(text)))));
  }

  /** ISO 8601 dates, as JS reads them: a date alone is UTC midnight, a time without a zone is local. */
  private Instant instant(String text) throws ParseException {
    String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
    try {
      if (iso.length() == 10) {
        return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (iso.endsWith("Z") || iso.endsWith("z") || iso.matches(".*T.*[+-][0-9]{2}:?[0-9]{2}$")) {
        return OffsetDateTime.parse(iso.replace('z', 'Z'), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      }
      return LocalDateTime.parse(iso).atZone(localZone).toInstant();
    } catch (DateTimeParseException e) {
      throw new ParseException("'" + text + "' is not a date: write it as 2024-05-31, 2024-05-31 14:30 or"
          + " 2024-05-31T14:30:00Z (day/month orders such as 31/05/2024 are ambiguous)");
    } catch (DateTimeException e) {
      throw new ParseException("'" + text + "' is not a date: " + e.getMessage());
    }
  }

  private IpldValue interval(String text) throws ParseException {
    if (text.startsWith("[")) {
      IpldValue parsed = json(text, "a pair of dates");
      if (parsed instanceof IpldValue.ListValue pair && pair.values().size() == 2
          && pair.values().get(0) instanceof IpldValue.StringValue from
          && pair.values().get(1) instanceof IpldValue.StringValue to) {
        return IpldValue.list(timestamp(from.value()), timestamp(to.value()));
      }
      throw new ParseException("'" + text + "' is not a pair of dates");
    }
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      throw new ParseException("'" + text + "' is not a pair of dates: write it as 2024-05-01 / 2024-05-31");
    }
    return IpldValue.list(timestamp(text.substring(0, slash).strip()), timestamp(text.substring(slash + 1).strip()));
  }

  private static IpldValue geoJson(String text) throws ParseException {
    IpldValue parsed = json(text, "GeoJSON");
    if (!(parsed instanceof IpldValue.MapValue map) || !map.has("type")
        || !(map.get("type") instanceof IpldValue.StringValue)) {
      throw new ParseException("GeoJSON is an object with a \"type\", e.g. {\"type\": \"Point\", \"coordinates\": [-73.6, 45.5]}");
    }
    return parsed;
  }

  private static IpldValue file(String text) throws ParseException {
    int slash = text.indexOf('/');
    if (slash > 0 && slash < text.length() - 1) {
      try {
        Cid.parse(text.substring(0, slash));
        return IpldValue.of(text);
      } catch (IpldException | IllegalArgumentException notACid) {
        // reported below
      }
    }
    throw new ParseException("a file cell holds <CID>/<file name>; '" + text + "' is not one (choose the file with F2)");
  }

  private static IpldValue json(String text, String what) throws ParseException {
    try {
      return IpldJson.parse(text);
    } catch (IpldException | IllegalArgumentException e) {
      throw new ParseException("'" + text + "' is not " + what + " (not valid JSON: " + e.getMessage() + ")");
    }
  }

  /** The text of a value, as cells show it and copy puts it on the clipboard. */
  static String text(IpldValue value, Optional<VariableCategory> category) {
    Optional<BaseCategory> base = category.map(VariableCategory::base);
    boolean list = category.map(VariableCategory::isList).orElse(false);
    if (!list && base.isPresent()) {
      if (base.get() == BaseCategory.TIMESTAMP) {
        return timestampText(value);
      }
      if (base.get() == BaseCategory.TIME_INTERVAL && value instanceof IpldValue.ListValue pair
          && pair.values().size() == 2) {
        return timestampText(pair.values().get(0)) + INTERVAL_SEPARATOR + timestampText(pair.values().get(1));
      }
    }
    return PlainText.of(value);
  }

  /** A stored date as the text that reads back to it: the date alone at UTC midnight. */
  private static String timestampText(IpldValue value) {
    if (value instanceof IpldValue.MapValue map && map.has(DATE_VALUE_KEY)
        && map.get(DATE_VALUE_KEY) instanceof IpldValue.StringValue inner) {
      try {
        Instant instant = Instant.parse(inner.value());
        if (instant.equals(LocalDate.ofInstant(instant, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant())) {
          return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
        }
        return UTC_TEXT.format(instant);
      } catch (DateTimeParseException e) {
        return inner.value();
      }
    }
    return value instanceof IpldValue.StringValue s ? s.value() : IpldJson.print(value);
  }
}
