package org.constl.examples.hydrology;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleCheck;
import org.constl.core.rules.RuleContext;
import org.constl.core.rules.RuleFormatException;
import org.constl.core.rules.RuleParameter;
import org.constl.core.rules.RuleType;
import org.constl.core.rules.TableColumn;
import org.constl.ipld.IpldValue;

/**
 * A cumulative rain gauge counts up from its daily reset (at 00:00 UTC at our stations): within
 * one day at one station, no reading may be lower than an earlier one. A lower reading is a
 * missed reset, a swapped station or a typing error; it is reported on its row, with the earlier
 * reading it falls below.
 *
 * <p>Rows come in any order, so the check keeps one small record per reading and compares them
 * once all rows are in ({@link RuleCheck#finish}). Put the rule on the reading column.
 */
public final class CumulativeGaugeRuleType implements RuleType {

  public static final String ID = "hydrology.cumulativeGauge";
  public static final String STATION = "station";
  public static final String TIME = "time";
  public static final String READING = "reading";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String label() {
    return "Cumulative gauge never decreases within a day";
  }

  @Override
  public List<RuleParameter> parameters() {
    return List.of(RuleParameter.of(STATION, "Station column", RuleParameter.Kind.COLUMN),
        RuleParameter.of(TIME, "Time column", RuleParameter.Kind.COLUMN),
        RuleParameter.of(READING, "Reading column (put the rule on this column)", RuleParameter.Kind.COLUMN));
  }

  @Override
  public RuleCheck prepare(ColumnRule rule, RuleContext context) {
    if (!(rule.rule().rule() instanceof Rule.Other other)) {
      throw new RuleFormatException("not a " + ID + " rule: " + rule.rule().rule());
    }
    String station = column(other.details(), STATION, context);
    String time = column(other.details(), TIME, context);
    String reading = column(other.details(), READING, context);
    return new Check(station, time, reading);
  }

  /** The column id stored under {@code key}, which must be a column of the table. */
  private static String column(IpldValue.MapValue details, String key, RuleContext context) {
    if (!details.has(key) || !(details.get(key) instanceof IpldValue.StringValue text)) {
      throw new RuleFormatException("the " + key + " column of a " + ID + " rule is missing or not a column id");
    }
    String id = text.value();
    if (context.columns().stream().map(TableColumn::id).noneMatch(id::equals)) {
      throw new RuleFormatException("the " + key + " column " + id + " is not a column of the table");
    }
    return id;
  }

  /** One reading, as much as the comparison needs. */
  private record Reading(String rowKey, Instant time, double value) {
  }

  /** A station on a day: where readings must not go down. */
  private record StationDay(String station, LocalDate day) {
  }

  private static final class Check implements RuleCheck {
    private final String stationColumn;
    private final String timeColumn;
    private final String readingColumn;
    private final Map<StationDay, List<Reading>> readings = new HashMap<>();

    Check(String stationColumn, String timeColumn, String readingColumn) {
      this.stationColumn = stationColumn;
      this.timeColumn = timeColumn;
      this.readingColumn = readingColumn;
    }

    @Override
    public void check(String rowKey, Map<String, IpldValue> cells, Sink sink) {
      IpldValue station = cells.get(stationColumn);
      IpldValue time = cells.get(timeColumn);
      IpldValue reading = cells.get(readingColumn);
      if (isEmpty(station) || isEmpty(time) || isEmpty(reading)) {
        return;
      }
      if (!Numbers.isNumber(reading)) {
        sink.uncheckable(rowKey, "the gauge reading must be a number, not a " + reading.kind());
        return;
      }
      Instant instant;
      try {
        instant = Times.instant(time);
      } catch (IllegalArgumentException e) {
        sink.uncheckable(rowKey, e.getMessage());
        return;
      }
      StationDay key = new StationDay(stationName(station), instant.atZone(ZoneOffset.UTC).toLocalDate());
      readings.computeIfAbsent(key, k -> new ArrayList<>()).add(new Reading(rowKey, instant, reading.asDouble()));
    }

    @Override
    public void finish(Sink sink) {
      readings.forEach((stationDay, dayReadings) -> {
        // By time; two readings at the same time by row key, so the report does not depend on
        // the order the rows came in.
        dayReadings.sort(Comparator.comparing(Reading::time).thenComparing(Reading::rowKey));
        Reading highest = null;
        for (Reading reading : dayReadings) {
          if (highest != null && reading.value() < highest.value()) {
            sink.violation(reading.rowKey(), "gauge reading " + Numbers.format(reading.value()) + " at "
                + reading.time() + " is below " + Numbers.format(highest.value()) + " read earlier that day at "
                + highest.time() + " (station " + stationDay.station() + ")");
          } else {
            highest = reading;
          }
        }
      });
      readings.clear();
    }

    private static boolean isEmpty(IpldValue value) {
      return value == null || value.isNull();
    }

    /** Station codes are texts or numbers in our tables; both name the same station. */
    private static String stationName(IpldValue station) {
      if (station instanceof IpldValue.StringValue text) {
        return text.value();
      }
      return Numbers.isNumber(station) ? Numbers.format(station.asDouble()) : station.toString();
    }
  }
}
