package org.constl.core.rules;

import java.util.Map;
import org.constl.ipld.IpldValue;

/**
 * The prepared check of one rule on one column. Rows come one at a time, in any order, so a
 * table of any size is checked in constant memory; a check that compares rows (e.g. "must not
 * decrease") keeps what it needs and may report an earlier row later, or in {@link #finish}.
 */
public interface RuleCheck {

  /** Where a check reports the cells that fail its rule. */
  interface Sink {

    /**
     * The rule's column in this row breaks the rule; {@code reason} says how, e.g. "value 612 is
     * above the upper bound 500".
     */
    void violation(String rowKey, String reason);

    /** The value cannot be checked: ipa's own check stops with an error on it. */
    void uncheckable(String rowKey, String reason);
  }

  /** Checks one row: {@code cells} maps column ids to values, as the row is stored. */
  void check(String rowKey, Map<String, IpldValue> cells, Sink sink);

  /** After the last row. */
  default void finish(Sink sink) {
  }
}
