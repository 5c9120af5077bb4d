package org.constl.core.objects.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.constl.core.objects.DatabaseInfo;
import org.constl.core.objects.ObjectNotFoundException;
import org.constl.core.objects.QualityScore;
import org.constl.core.objects.TableDefinition;
import org.constl.core.objects.TableRef;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Finding;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.RuleTypes;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.TableValidator;
import org.constl.core.rules.VariableCategory;
import org.constl.core.rules.VariableRules;
import org.constl.ipld.IpldValue;

/**
 * A database's quality score, with ipa's arithmetic ({@code bds.ts}: {@code suivreQualitéBd},
 * {@code suivreScoreCouvertureBd}, {@code suivreScoreValideBd}). Only numeric columns count
 * (ipa also names a {@code catégorique} category, which no variable can have).
 */
final class QualityScorer {

  private final TableService tables;

  QualityScorer(TableService tables) {
    this.tables = tables;
  }

  QualityScore score(DatabaseInfo database) {
    int licence = database.licence().isEmpty() ? 0 : 1;
    Ratio coverage = new Ratio();
    Ratio validity = new Ratio();
    for (TableRef ref : database.tables()) {
      TableDefinition table;
      try {
        table = tables.definition(ref.id());
      } catch (ObjectNotFoundException e) {
        continue;
      }
      Map<String, VariableRules> variables = tables.variableRules(table.columns());
      List<ColumnRule> rules = table.rules();
      List<String> numeric = table.columns().stream().filter(c -> isNumeric(c, variables)).map(TableColumn::id).toList();
      coverage.add(numeric.stream().filter(column -> rules.stream()
          .anyMatch(r -> !RuleFormat.CATEGORY.equals(r.ruleType()) && r.columnId().equals(column))).count(),
          numeric.size());
      validity(ref.id(), table, numeric).ifPresent(validity::add);
    }
    OptionalDouble coverageScore = coverage.value();
    OptionalDouble validityScore = validity.value();
    double total = licence == 0 ? 0 : (coverageScore.orElse(0) + validityScore.orElse(0)) / 3;
    return new QualityScore(total, OptionalDouble.empty(), coverageScore, validityScore, licence);
  }

  /**
   * The table's faulty cells (of any column, each once) against its numeric columns' present
   * cells. Empty when a check cannot run on some value: ipa's check then fails and the table never
   * reports.
   */
  private Optional<Ratio> validity(String tableId, TableDefinition table, List<String> numeric) {
    TableValidator validator = TableValidator.prepare(table.columns(), table.rules(), table.foreignTables(),
        RuleTypes.builtIn());
    Set<String> faulty = new HashSet<>();
    boolean[] uncheckable = {false};
    long present = 0;
    for (Map.Entry<String, Map<String, IpldValue>> row : tables.rows(tableId).entrySet()) {
      validator.check(row.getKey(), row.getValue(), finding -> note(finding, faulty, uncheckable));
      present += numeric.stream().filter(row.getValue()::containsKey).count();
    }
    validator.finish(finding -> note(finding, faulty, uncheckable));
    if (uncheckable[0]) {
      return Optional.empty();
    }
    Ratio ratio = new Ratio();
    ratio.add(present - faulty.size(), present);
    return Optional.of(ratio);
  }

  private static void note(Finding finding, Set<String> faulty, boolean[] uncheckable) {
    if (finding.kind() == Finding.Kind.UNCHECKABLE) {
      uncheckable[0] = true;
    } else {
      faulty.add(finding.rowKey() + "\u0000" + finding.columnId());
    }
  }

  private static boolean isNumeric(TableColumn column, Map<String, VariableRules> variables) {
    return column.variableId().map(variables::get).flatMap(VariableRules::category).map(VariableCategory::base)
        .filter(BaseCategory.NUMBER::equals).isPresent();
  }

  /** A sum of numerators over a sum of denominators; none without denominator. */
  private static final class Ratio {
    private long numerator;
    private long denominator;

    void add(long partNumerator, long partDenominator) {
      numerator += partNumerator;
      denominator += partDenominator;
    }

    void add(Ratio other) {
      add(other.numerator, other.denominator);
    }

    OptionalDouble value() {
      return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
  }
}
