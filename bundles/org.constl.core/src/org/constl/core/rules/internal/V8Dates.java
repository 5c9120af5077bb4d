package org.constl.core.rules.internal;

import java.time.LocalDate;

/**
 * Whether {@code new Date(text)} is a valid date in Node 20 (V8 11.3): V8's date parser, which
 * takes the ECMAScript date-time format first and then its legacy free-form syntax, followed by
 * the range check of {@code TimeClip}. A time without a zone is local time, read here as UTC (it
 * only matters within a day of the ends of the range). The text is read as UTF-16 code units and
 * a NUL unit ends it, as in V8.
 */
final class V8Dates {

  /** The largest time a JS Date holds, either side of 1970. */
  static final double MAX_TIME_MS = 8.64e15;

  private static final int NONE = Integer.MAX_VALUE;
  private static final int MAX_SIGNIFICANT_DIGITS = 9;
  // Node on 64-bit has 31-bit Smis.
  private static final long SMI_MAX = Integer.MAX_VALUE;

  private V8Dates() {
  }

  /** {@code new Date(number)}: valid within the range. */
  static boolean isValid(double time) {
    return Math.abs(time) <= MAX_TIME_MS;
  }

  static boolean isValid(String text) {
    Fields fields = new Parser(text).parse();
    if (fields == null) {
      return false;
    }
    double day = LocalDate.of(fields.year, fields.month + 1, 1).toEpochDay() + fields.day - 1.0;
    double time = fields.hour * 3_600_000.0 + fields.minute * 60_000.0 + fields.second * 1000.0 + fields.millisecond;
    double date = day * 86_400_000.0 + time;
    if (fields.utcOffsetSeconds != null) {
      date -= fields.utcOffsetSeconds * 1000.0;
    }
    return isValid(date);
  }

  private record Fields(int year, int month, int day, int hour, int minute, int second, int millisecond,
      Integer utcOffsetSeconds) {
  }

  private enum KeywordType {
    INVALID,
    MONTH_NAME,
    TIME_ZONE_NAME,
    TIME_SEPARATOR,
    AM_PM
  }

  /** V8's keyword table: a word is known by its first three letters (months by a longer word too). */
  private record Keyword(String prefix, KeywordType type, int value) {
    static final Keyword[] TABLE = {
      new Keyword("jan", KeywordType.MONTH_NAME, 1), new Keyword("feb", KeywordType.MONTH_NAME, 2),
      new Keyword("mar", KeywordType.MONTH_NAME, 3), new Keyword("apr", KeywordType.MONTH_NAME, 4),
      new Keyword("may", KeywordType.MONTH_NAME, 5), new Keyword("jun", KeywordType.MONTH_NAME, 6),
      new Keyword("jul", KeywordType.MONTH_NAME, 7), new Keyword("aug", KeywordType.MONTH_NAME, 8),
      new Keyword("sep", KeywordType.MONTH_NAME, 9), new Keyword("oct", KeywordType.MONTH_NAME, 10),
      new Keyword("nov", KeywordType.MONTH_NAME, 11), new Keyword("dec", KeywordType.MONTH_NAME, 12),
      new Keyword("am", KeywordType.AM_PM, 0), new Keyword("pm", KeywordType.AM_PM, 12),
      new Keyword("ut", KeywordType.TIME_ZONE_NAME, 0), new Keyword("utc", KeywordType.TIME_ZONE_NAME, 0),
      new Keyword("z", KeywordType.TIME_ZONE_NAME, 0), new Keyword("gmt", KeywordType.TIME_ZONE_NAME, 0),
      new Keyword("cdt", KeywordType.TIME_ZONE_NAME, -5), new Keyword("cst", KeywordType.TIME_ZONE_NAME, -6),
      new Keyword("edt", KeywordType.TIME_ZONE_NAME, -4), new Keyword("est", KeywordType.TIME_ZONE_NAME, -5),
      new Keyword("mdt", KeywordType.TIME_ZONE_NAME, -6), new Keyword("mst", KeywordType.TIME_ZONE_NAME, -7),
      new Keyword("pdt", KeywordType.TIME_ZONE_NAME, -7), new Keyword("pst", KeywordType.TIME_ZONE_NAME, -8),
      new Keyword("t", KeywordType.TIME_SEPARATOR, 0),
    };

    /** The keyword for a word (its lower-cased first three units, zero-padded), or the invalid one. */
    static Keyword lookup(int[] prefix, int length) {
      for (Keyword keyword : TABLE) {
        boolean same = true;
        for (int j = 0; j < 3; j++) {
          int c = j < keyword.prefix.length() ? keyword.prefix.charAt(j) : 0;
          same &= prefix[j] == c;
        }
        if (same && (length <= 3 || keyword.type == KeywordType.MONTH_NAME)) {
          return keyword;
        }
      }
      return new Keyword("", KeywordType.INVALID, 0);
    }
  }

  private enum Tag {
    INVALID,
    UNKNOWN,
    WHITE_SPACE,
    NUMBER,
    SYMBOL,
    END,
    KEYWORD
  }

  private record Token(Tag tag, int length, int value, KeywordType keyword) {
    static final Token END = new Token(Tag.END, 0, -1, null);
    static final Token INVALID = new Token(Tag.INVALID, 0, -1, null);
    static final Token UNKNOWN = new Token(Tag.UNKNOWN, 1, -1, null);

    static Token number(int value, int length) {
      return new Token(Tag.NUMBER, length, value, null);
    }

    static Token symbol(char c) {
      return new Token(Tag.SYMBOL, 1, c, null);
    }

    boolean isNumber() {
      return tag == Tag.NUMBER;
    }

    boolean isFixedLengthNumber(int n) {
      return tag == Tag.NUMBER && length == n;
    }

    boolean isSymbol(char c) {
      return tag == Tag.SYMBOL && value == c;
    }

    boolean isAsciiSign() {
      return tag == Tag.SYMBOL && (value == '+' || value == '-');
    }

    int asciiSign() {
      return 44 - value;
    }

    boolean isKeywordType(KeywordType type) {
      return tag == Tag.KEYWORD && keyword == type;
    }

    boolean isKeywordZ() {
      return isKeywordType(KeywordType.TIME_ZONE_NAME) && length == 1 && value == 0;
    }
  }

  private static boolean between(int x, int lo, int hi) {
    return Integer.compareUnsigned(x - lo, hi - lo) <= 0;
  }

  private static boolean isMonth(int x) {
    return between(x, 1, 12);
  }

  private static boolean isDay(int x) {
    return between(x, 1, 31);
  }

  private static boolean isHour(int x) {
    return between(x, 0, 23);
  }

  private static boolean isMinute(int x) {
    return between(x, 0, 59);
  }

  /** The characters, and the tokens they make. */
  private static final class Scanner {
    private static final char[] SYMBOLS = {':', '-', '+', '.', ')'};
    private final String text;
    private int index;
    private int ch;
    private Token next;

    Scanner(String text) {
      this.text = text;
      advance();
      next = scan();
    }

    Token next() {
      Token result = next;
      next = scan();
      return result;
    }

    Token peek() {
      return next;
    }

    boolean skipSymbol(char c) {
      if (next.isSymbol(c)) {
        next = scan();
        return true;
      }
      return false;
    }

    private void advance() {
      ch = index < text.length() ? text.charAt(index) : 0;
      index++;
    }

    private boolean skip(char c) {
      if (ch == c) {
        advance();
        return true;
      }
      return false;
    }

    private boolean isDigit() {
      return ch >= '0' && ch <= '9';
    }

    /** Words are made of characters from 'A' up, except white space (line terminators are in words). */
    private boolean isWordCharacter() {
      return ch >= 'A' && !isWhiteSpace();
    }

    private boolean isWhiteSpace() {
      return switch (ch) {
        case '\t', 0x0B, '\f', ' ', 0xA0, 0xFEFF -> true;
        default -> Character.getType(ch) == Character.SPACE_SEPARATOR;
      };
    }

    private Token scan() {
      int start = index;
      if (ch == 0) {
        return Token.END;
      }
      if (isDigit()) {
        // Leading zeros do not count among the significant digits.
        while (ch == '0') {
          advance();
        }
        int n = 0;
        int digits = 0;
        while (isDigit()) {
          if (digits < MAX_SIGNIFICANT_DIGITS) {
            n = n * 10 + ch - '0';
          }
          digits++;
          advance();
        }
        return Token.number(n, index - start);
      }
      for (char symbol : SYMBOLS) {
        if (skip(symbol)) {
          return Token.symbol(symbol);
        }
      }
      if (isWordCharacter()) {
        int[] prefix = new int[3];
        int length = 0;
        for (; isWordCharacter(); advance(), length++) {
          if (length < 3) {
            prefix[length] = ch | 0x20;
          }
        }
        Keyword keyword = Keyword.lookup(prefix, length);
        return new Token(Tag.KEYWORD, length, keyword.value(), keyword.type());
      }
      if (isWhiteSpace() || ch == '\n' || ch == '\r') {
        advance();
        return new Token(Tag.WHITE_SPACE, index - start, -1, null);
      }
      if (ch == '(') {
        int balance = 0;
        do {
          if (ch == ')') {
            balance--;
          } else if (ch == '(') {
            balance++;
          }
          advance();
        } while (balance > 0 && ch != 0);
        return Token.UNKNOWN;
      }
      advance();
      return Token.UNKNOWN;
    }
  }

  private static final class Day {
    final int[] comp = new int[3];
    int index;
    int namedMonth = NONE;
    boolean isoDate;

    boolean add(int n) {
      if (index < 3) {
        comp[index++] = n;
        return true;
      }
      return false;
    }
  }

  private static final class Time {
    final int[] comp = new int[4];
    int index;
    int hourOffset = NONE;

    boolean isEmpty() {
      return index == 0;
    }

    boolean isExpecting(int n) {
      return index == 1 && isMinute(n) || index == 2 && isMinute(n) || index == 3 && between(n, 0, 999);
    }

    boolean add(int n) {
      if (index < 4) {
        comp[index++] = n;
        return true;
      }
      return false;
    }

    boolean addFinal(int n) {
      if (!add(n)) {
        return false;
      }
      while (index < 4) {
        comp[index++] = 0;
      }
      return true;
    }
  }

  private static final class Zone {
    int sign = NONE;
    int hour = NONE;
    int minute = NONE;

    void set(int offsetInHours) {
      sign = offsetInHours < 0 ? -1 : 1;
      hour = offsetInHours * sign;
      minute = 0;
    }

    void setSign(int s) {
      sign = s < 0 ? -1 : 1;
    }

    boolean isExpecting(int n) {
      return hour != NONE && minute == NONE && isMinute(n);
    }

    boolean isUtc() {
      return hour == 0 && minute == 0;
    }

    boolean isEmpty() {
      return hour == NONE;
    }
  }

  private static final class Parser {
    private final Scanner scanner;
    private final Day day = new Day();
    private final Time time = new Time();
    private final Zone zone = new Zone();

    Parser(String text) {
      scanner = new Scanner(text);
    }

    /** The fields, or null when V8 refuses the text. */
    Fields parse() {
      Token token = parseIsoDateTime();
      if (token.tag() == Tag.INVALID) {
        return null;
      }
      boolean hasReadNumber = day.index > 0;
      for (; token.tag() != Tag.END; token = scanner.next()) {
        if (token.isNumber()) {
          hasReadNumber = true;
          int n = token.value();
          if (scanner.skipSymbol(':')) {
            if (scanner.skipSymbol(':')) {
              if (!time.isEmpty()) {
                return null;
              }
              time.add(n);
              time.add(0);
            } else {
              if (!time.add(n)) {
                return null;
              }
              if (scanner.peek().isSymbol('.')) {
                scanner.next();
              }
            }
          } else if (scanner.skipSymbol('.') && time.isExpecting(n)) {
            time.add(n);
            if (!scanner.peek().isNumber()) {
              return null;
            }
            int ms = readMilliseconds(scanner.next());
            if (ms < 0) {
              return null;
            }
            time.addFinal(ms);
          } else if (zone.isExpecting(n)) {
            zone.minute = n;
          } else if (time.isExpecting(n)) {
            time.addFinal(n);
            // Only the end, white space, "Z", "+" or "-" may follow a completed time.
            Token peek = scanner.peek();
            if (peek.tag() != Tag.END && peek.tag() != Tag.WHITE_SPACE && !peek.isKeywordZ() && !peek.isAsciiSign()) {
              return null;
            }
          } else {
            if (!day.add(n)) {
              return null;
            }
            scanner.skipSymbol('-');
          }
        } else if (token.tag() == Tag.KEYWORD) {
          KeywordType type = token.keyword();
          if (type == KeywordType.AM_PM && !time.isEmpty()) {
            time.hourOffset = token.value();
          } else if (type == KeywordType.MONTH_NAME) {
            day.namedMonth = token.value();
            scanner.skipSymbol('-');
          } else if (type == KeywordType.TIME_ZONE_NAME && hasReadNumber) {
            zone.set(token.value());
          } else {
            // Words are ignored before the first number, and must be separated from it.
            if (hasReadNumber || scanner.peek().isNumber()) {
              return null;
            }
          }
        } else if (token.isAsciiSign() && (zone.isUtc() || !time.isEmpty())) {
          zone.setSign(token.asciiSign());
          int n = 0;
          int length = 0;
          if (scanner.peek().isNumber()) {
            Token number = scanner.next();
            length = number.length();
            n = number.value();
          }
          hasReadNumber = true;
          if (scanner.peek().isSymbol(':')) {
            zone.hour = n;
            zone.minute = NONE;
          } else if (length == 1 || length == 2) {
            zone.hour = n;
            zone.minute = 0;
          } else if (length == 3 || length == 4) {
            zone.hour = n / 100;
            zone.minute = n % 100;
          } else {
            return null;
          }
        } else if ((token.isAsciiSign() || token.isSymbol(')')) && hasReadNumber) {
          return null;
        }
      }
      return write();
    }

    /**
     * As far as the text follows [+-yy]yyyy[-MM[-DD]][THH:mm[:ss[.sss]][Z|+-hh:mm]]: the token
     * the legacy parser goes on with, END when the text is complete, INVALID when it cannot be.
     */
    private Token parseIsoDateTime() {
      if (scanner.peek().isAsciiSign()) {
        Token sign = scanner.next();
        if (!scanner.peek().isFixedLengthNumber(6)) {
          return sign;
        }
        int year = scanner.next().value();
        if (sign.asciiSign() < 0 && year == 0) {
          return sign;
        }
        day.add(sign.asciiSign() * year);
      } else if (scanner.peek().isFixedLengthNumber(4)) {
        day.add(scanner.next().value());
      } else {
        return scanner.next();
      }
      if (scanner.skipSymbol('-')) {
        if (!scanner.peek().isFixedLengthNumber(2) || !isMonth(scanner.peek().value())) {
          return scanner.next();
        }
        day.add(scanner.next().value());
        if (scanner.skipSymbol('-')) {
          if (!scanner.peek().isFixedLengthNumber(2) || !isDay(scanner.peek().value())) {
            return scanner.next();
          }
          day.add(scanner.next().value());
        }
      }
      if (!scanner.peek().isKeywordType(KeywordType.TIME_SEPARATOR)) {
        if (scanner.peek().tag() != Tag.END) {
          return scanner.next();
        }
      } else {
        scanner.next();
        if (!scanner.peek().isFixedLengthNumber(2) || !between(scanner.peek().value(), 0, 24)) {
          return Token.INVALID;
        }
        // 24:00[:00[.000]] is the end of the day; no other time starts with 24.
        boolean hourIs24 = scanner.peek().value() == 24;
        time.add(scanner.next().value());
        if (!scanner.skipSymbol(':')) {
          return Token.INVALID;
        }
        if (!scanner.peek().isFixedLengthNumber(2) || !isMinute(scanner.peek().value())
            || hourIs24 && scanner.peek().value() > 0) {
          return Token.INVALID;
        }
        time.add(scanner.next().value());
        if (scanner.skipSymbol(':')) {
          if (!scanner.peek().isFixedLengthNumber(2) || !isMinute(scanner.peek().value())
              || hourIs24 && scanner.peek().value() > 0) {
            return Token.INVALID;
          }
          time.add(scanner.next().value());
          if (scanner.skipSymbol('.')) {
            if (!scanner.peek().isNumber() || hourIs24 && scanner.peek().value() > 0) {
              return Token.INVALID;
            }
            time.add(readMilliseconds(scanner.next()));
          }
        }
        if (scanner.peek().isKeywordZ()) {
          scanner.next();
          zone.set(0);
        } else if (scanner.peek().isSymbol('+') || scanner.peek().isSymbol('-')) {
          zone.setSign(scanner.next().value() == '+' ? 1 : -1);
          if (scanner.peek().isFixedLengthNumber(4)) {
            int hourMinute = scanner.next().value();
            if (!isHour(hourMinute / 100) || !isMinute(hourMinute % 100)) {
              return Token.INVALID;
            }
            zone.hour = hourMinute / 100;
            zone.minute = hourMinute % 100;
          } else {
            if (!scanner.peek().isFixedLengthNumber(2) || !isHour(scanner.peek().value())) {
              return Token.INVALID;
            }
            zone.hour = scanner.next().value();
            if (!scanner.skipSymbol(':')) {
              return Token.INVALID;
            }
            if (!scanner.peek().isFixedLengthNumber(2) || !isMinute(scanner.peek().value())) {
              return Token.INVALID;
            }
            zone.minute = scanner.next().value();
          }
        }
        if (scanner.peek().tag() != Tag.END) {
          return Token.INVALID;
        }
      }
      // A date alone is UTC; a date with a time and no zone is local time.
      if (zone.isEmpty() && time.isEmpty()) {
        zone.set(0);
      }
      day.isoDate = true;
      return Token.END;
    }

    /** The first three significant digits of a fraction of a second, from its value and length. */
    private static int readMilliseconds(Token number) {
      int n = number.value();
      int length = number.length();
      if (length == 1) {
        return n * 100;
      }
      if (length == 2) {
        return n * 10;
      }
      int factor = 1;
      for (int l = Math.min(length, MAX_SIGNIFICANT_DIGITS); l > 3; l--) {
        factor *= 10;
      }
      return n / factor;
    }

    private Fields write() {
      if (day.index < 1) {
        return null;
      }
      while (day.index < 3) {
        day.comp[day.index++] = 1;
      }
      int[] c = day.comp;
      int year;
      int month;
      int dayOfMonth;
      if (day.namedMonth == NONE) {
        if (day.isoDate || !isDay(c[0])) {
          year = c[0];
          month = c[1];
          dayOfMonth = c[2];
        } else {
          // A missing year is the padding 1, read as 2001.
          month = c[0];
          dayOfMonth = c[1];
          year = c[2];
        }
      } else {
        month = day.namedMonth;
        // V8 looks for a lone day here, but only after padding to three parts: it never finds one.
        if (!isDay(c[0])) {
          year = c[0];
          dayOfMonth = c[1];
        } else {
          dayOfMonth = c[0];
          year = c[1];
        }
      }
      if (!day.isoDate) {
        if (between(year, 0, 49)) {
          year += 2000;
        } else if (between(year, 50, 99)) {
          year += 1900;
        }
      }
      if (!isMonth(month) || !isDay(dayOfMonth)) {
        return null;
      }
      while (time.index < 4) {
        time.comp[time.index++] = 0;
      }
      int hour = time.comp[0];
      int minute = time.comp[1];
      int second = time.comp[2];
      int millisecond = time.comp[3];
      if (time.hourOffset != NONE) {
        if (!between(hour, 0, 12)) {
          return null;
        }
        hour = hour % 12 + time.hourOffset;
      }
      if (!isHour(hour) || !isMinute(minute) || !isMinute(second) || !between(millisecond, 0, 999)) {
        if (hour != 24 || minute != 0 || second != 0 || millisecond != 0) {
          return null;
        }
      }
      Integer offset = null;
      if (zone.sign != NONE) {
        long hours = zone.hour == NONE ? 0 : zone.hour & 0xFFFFFFFFL;
        long minutes = zone.minute == NONE ? 0 : zone.minute & 0xFFFFFFFFL;
        // V8 computes this in 32-bit unsigned arithmetic, so a large hour wraps around.
        long total = (hours * 3600 + minutes * 60) & 0xFFFFFFFFL;
        if (total > SMI_MAX) {
          return null;
        }
        offset = zone.sign < 0 ? -(int) total : (int) total;
      }
      return new Fields(year, month - 1, dayOfMonth, hour, minute, second, millisecond, offset);
    }
  }
}
