package org.constl.core.rows.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.constl.core.rows.TableSchema;
import org.constl.core.rules.Finding;
import org.constl.core.rules.TableValidator;
import org.constl.ipld.IpldValue;

/** The findings of some rows, checked together by a validator of their own. */
final class RowChecks {

  private RowChecks() {
  }

  static TableValidator validator(TableSchema schema) {
    return TableValidator.prepare(schema.columns(), schema.rules(), schema.foreignTables(), schema.types());
  }

  /**
   * The findings of each of {@code rows} (key to cells). Rules that compare rows compare these
   * rows only; what they report about other rows is dropped.
   */
  static Map<String, List<Finding>> check(TableSchema schema, Map<String, Map<String, IpldValue>> rows) {
    Map<String, List<Finding>> findings = new HashMap<>();
    rows.keySet().forEach(key -> findings.put(key, new ArrayList<>()));
    if (schema.rules().isEmpty()) {
      return findings;
    }
    TableValidator validator = validator(schema);
    Consumer<Finding> sink = finding -> {
      List<Finding> ofRow = findings.get(finding.rowKey());
      if (ofRow != null) {
        ofRow.add(finding);
      }
    };
    rows.forEach((key, cells) -> validator.check(key, cells, sink));
    validator.finish(sink);
    return findings;
  }
}
