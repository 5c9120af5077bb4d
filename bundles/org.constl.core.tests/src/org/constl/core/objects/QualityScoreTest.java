package org.constl.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.Bound;
import org.constl.core.rules.BoundOperator;
import org.constl.core.rules.Rule;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality score of a database, with ipa's arithmetic ({@code suivreQualitéBd}). */
class QualityScoreTest {

  @TempDir
  Path folder;

  @Test
  void anEmptyDatabaseHasOnlyItsLicence() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String id = node.databases().create("ODbl-1_0", Optional.empty());
      assertEquals(new QualityScore(0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 1),
          node.databases().quality(id));
    }
  }

  @Test
  void coverageCountsNumericColumnsWithARuleAndValidityTheirCellsWithoutErrors() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      Variables variables = node.variables();
      String positive = variables.create(VariableCategory.simple(BaseCategory.NUMBER));
      variables.addRule(positive, new Rule.Bounds(new Bound.Fixed(IpldValue.of(0)),
          BoundOperator.fromStored(">=").orElseThrow()));
      String free = variables.create(VariableCategory.simple(BaseCategory.NUMBER));
      String text = variables.create(VariableCategory.simple(BaseCategory.TEXT));
      String id = node.databases().create("ODbl-1_0", Optional.empty());
      String table = node.databases().addTable(id, Optional.of("t"));
      Tables tables = node.tables();
      tables.addColumn(table, Optional.of(positive), Optional.of("a"));
      tables.addColumn(table, Optional.of(free), Optional.of("b"));
      tables.addColumn(table, Optional.of(text), Optional.of("c"));
      tables.addColumn(table, Optional.empty(), Optional.of("d"));
      tables.addRows(table, List.of(
          Map.of("a", IpldValue.of(5), "b", IpldValue.of(1), "c", IpldValue.of("x")),
          Map.of("a", IpldValue.of(-1), "b", IpldValue.of("oops"), "c", IpldValue.of("y")),
          Map.of("a", IpldValue.of(2), "d", IpldValue.of(7))));

      // Numeric columns a and b; only a has a rule besides its category. Their present cells:
      // 2 + 2 + 1 = 5, of which 2 are faulty (a = -1 breaks bornes, "oops" its category).
      QualityScore score = node.databases().quality(id);
      assertEquals(OptionalDouble.of(0.5), score.coverage());
      assertEquals(OptionalDouble.of(3.0 / 5), score.validity());
      assertEquals(OptionalDouble.empty(), score.access());
      assertEquals(1, score.licence());
      assertEquals((0.5 + 3.0 / 5) / 3, score.total(), 1e-12);

      tables.addRule(table, "b", new Rule.Exists());
      assertEquals(OptionalDouble.of(1.0), node.databases().quality(id).coverage());
    }
  }
}
