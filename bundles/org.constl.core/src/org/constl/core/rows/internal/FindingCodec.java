package org.constl.core.rows.internal;

import java.util.List;
import org.constl.core.rules.Finding;
import org.constl.core.rules.RuleSource;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;

/** A row's findings as the row index keeps them: DAG-CBOR, one list per finding, the row key left out. */
final class FindingCodec {

  /** The bytes of no findings. */
  static final byte[] NONE = encode(List.of());

  private FindingCodec() {
  }

  static byte[] encode(List<Finding> findings) {
    return DagCbor.encode(IpldValue.list(findings.stream().map(f -> IpldValue.list(IpldValue.of(f.columnId()),
        IpldValue.of(f.ruleId()), IpldValue.of(f.ruleType()), IpldValue.of(f.source().kind().name()),
        IpldValue.of(f.source().id()), IpldValue.of(f.kind().name()), IpldValue.of(f.message()))).toList()));
  }

  static List<Finding> decode(String rowKey, byte[] bytes) {
    return DagCbor.decode(bytes).asList().stream().map(IpldValue::asList).map(f -> new Finding(rowKey,
        f.get(0).asString(), f.get(1).asString(), f.get(2).asString(),
        new RuleSource(RuleSource.Kind.valueOf(f.get(3).asString()), f.get(4).asString()),
        Finding.Kind.valueOf(f.get(5).asString()), f.get(6).asString())).toList();
  }
}
