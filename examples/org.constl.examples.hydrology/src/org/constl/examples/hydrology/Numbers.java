package org.constl.examples.hydrology;

import java.math.BigDecimal;
import org.constl.ipld.IpldValue;

/** Numeric cells, as the rules read and print them. */
final class Numbers {

  private Numbers() {
  }

  static boolean isNumber(IpldValue value) {
    return value instanceof IpldValue.IntValue || value instanceof IpldValue.FloatValue;
  }

  /** 612 rather than 612.0, 12.5 as 12.5: how a hydrologist writes it. */
  static String format(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
