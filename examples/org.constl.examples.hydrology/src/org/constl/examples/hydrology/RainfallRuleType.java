package org.constl.examples.hydrology;

import java.util.List;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.RuleCheck;
import org.constl.core.rules.RuleContext;
import org.constl.core.rules.RuleParameter;
import org.constl.core.rules.RuleType;
import org.constl.ipld.IpldValue;

/**
 * Rainfall over one reading period, in millimetres: from 0 to 500. More than 500 mm is beyond
 * any daily record kept at our stations and almost always a unit slip (tenths of mm, or inches
 * times 25.4 twice); below 0 is a sensor or transcription error. An empty cell passes (a gap is
 * {@code existe}'s business).
 */
public final class RainfallRuleType implements RuleType {

  public static final String ID = "hydrology.rainfallMm";
  static final double MIN_MM = 0;
  static final double MAX_MM = 500;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String label() {
    return "Rainfall in mm, 0 to 500";
  }

  @Override
  public List<RuleParameter> parameters() {
    return List.of();
  }

  @Override
  public RuleCheck prepare(ColumnRule rule, RuleContext context) {
    String column = rule.columnId();
    return (rowKey, cells, sink) -> {
      IpldValue value = cells.get(column);
      if (value == null || value.isNull()) {
        return;
      }
      if (!Numbers.isNumber(value)) {
        sink.uncheckable(rowKey, "rainfall must be a number of mm, not a " + value.kind());
        return;
      }
      double mm = value.asDouble();
      if (mm < MIN_MM) {
        sink.violation(rowKey, "rainfall " + Numbers.format(mm) + " mm is below " + Numbers.format(MIN_MM) + " mm");
      } else if (mm > MAX_MM) {
        sink.violation(rowKey, "rainfall " + Numbers.format(mm) + " mm is above " + Numbers.format(MAX_MM) + " mm");
      }
    };
  }
}
