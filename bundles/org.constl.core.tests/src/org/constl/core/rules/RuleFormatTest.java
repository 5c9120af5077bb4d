package org.constl.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;

class RuleFormatTest {

  @Test
  void aBoundsRuleIsWrittenAsIpaWritesIt() {
    Rule rule = new Rule.Bounds(new Bound.Fixed(IpldValue.of(500)), BoundOperator.AT_MOST);
    assertEquals("{\"détails\":{\"op\":\"≤\",\"val\":500,\"type\":\"fixe\"},\"typeRègle\":\"bornes\"}",
        IpldJson.print(RuleFormat.writeRule(rule)));
  }

  @Test
  void aColumnRuleKeepsItsIdSourceAndColumn() {
    String stored = "{\"règle\":{\"id\":\"r1\",\"règle\":{\"typeRègle\":\"valeurCatégorique\",\"détails\":"
        + "{\"type\":\"dynamique\",\"tableau\":\"t2\",\"colonne\":\"nom\"}}},\"source\":{\"type\":\"tableau\","
        + "\"id\":\"t1\"},\"colonne\":\"espèce\"}";
    ColumnRule rule = RuleFormat.readColumnRule(IpldJson.parse(stored));
    assertEquals(new ColumnRule(new VariableRule("r1", new Rule.AllowedValues(new Choices.FromColumn("t2", "nom"))),
        RuleSource.table("t1"), "espèce"), rule);
    assertEquals(IpldJson.print(IpldJson.parse(stored)), IpldJson.print(RuleFormat.writeColumnRule(rule)));
  }

  @Test
  void aRuleOfAnUnknownTypeIsKeptAsItIs() {
    IpldValue stored = IpldJson.parse(
        "{\"typeRègle\":\"pluieCumulée\",\"détails\":{\"station\":\"s\",\"n\":[1,2]}}");
    Rule rule = RuleFormat.readRule(stored);
    assertInstanceOf(Rule.Other.class, rule);
    assertEquals("pluieCumulée", rule.type());
    assertEquals(stored, RuleFormat.writeRule(rule));
  }

  @Test
  void malformedRulesSayWhatIsWrongAndWhere() {
    assertMalformed("{\"typeRègle\":\"bornes\",\"détails\":{\"type\":\"fixe\",\"val\":5,\"op\":\"=\"}}",
        "règle.détails.op must be one of > < >= <= ≥ ≤, found \"=\"");
    assertMalformed("{\"typeRègle\":\"bornes\",\"détails\":{\"type\":\"fixe\",\"val\":\"5\",\"op\":\"<\"}}",
        "règle.détails.val must be a number for a fixe bound, found string");
    assertMalformed("{\"typeRègle\":\"bornes\",\"détails\":{\"type\":\"fixe\",\"op\":\"<\"}}",
        "règle.détails has no val");
    assertMalformed("{\"typeRègle\":\"bornes\",\"détails\":{\"type\":\"autre\",\"val\":\"c\",\"op\":\"<\"}}",
        "règle.détails.type must be fixe, dynamiqueColonne or dynamiqueVariable, found \"autre\"");
    assertMalformed("{\"typeRègle\":\"valeurCatégorique\",\"détails\":{\"type\":\"fixe\"}}",
        "règle.détails has no options");
    assertMalformed("{\"typeRègle\":\"valeurCatégorique\",\"détails\":{\"type\":\"fixe\",\"options\":\"a\"}}",
        "règle.détails.options must be a list, found string");
    assertMalformed("{\"typeRègle\":\"catégorie\",\"détails\":{\"catégorie\":"
        + "{\"type\":\"simple\",\"catégorie\":\"texte\"}}}",
        "règle.détails.catégorie.catégorie is not one of the 11 categories: \"texte\"");
    assertMalformed("{\"typeRègle\":\"catégorie\",\"détails\":{\"catégorie\":"
        + "{\"type\":\"tableau\",\"catégorie\":\"image\"}}}",
        "règle.détails.catégorie.type must be simple or liste, found \"tableau\"");
    assertMalformed("{\"typeRègle\":\"existe\"}", "règle has no détails");
    assertMalformed("{\"typeRègle\":\"existe\",\"détails\":[]}", "règle.détails must be a map, found list");
    assertMalformed("{\"détails\":{}}", "règle has no typeRègle");
    assertMalformed("5", "règle must be a map, found int");
  }

  @Test
  void aColumnRuleNeedsAKnownSource() {
    RuleFormatException e = assertThrows(RuleFormatException.class, () -> RuleFormat.readColumnRule(IpldJson.parse(
        "{\"règle\":{\"id\":\"r\",\"règle\":{\"typeRègle\":\"existe\",\"détails\":{}}},"
            + "\"source\":{\"type\":\"projet\",\"id\":\"p\"},\"colonne\":\"c\"}")));
    assertEquals("règleColonne.source.type must be variable or tableau, found \"projet\"", e.getMessage());
  }

  @Test
  void bothSpellingsOfAnOperatorAreReadAndKept() {
    for (String op : new String[] {">=", "≥", "<=", "≤"}) {
      IpldValue stored = IpldJson.parse("{\"typeRègle\":\"bornes\",\"détails\":{\"type\":\"dynamiqueVariable\","
          + "\"val\":\"v\",\"op\":\"" + op + "\"}}");
      assertEquals(stored, RuleFormat.writeRule(RuleFormat.readRule(stored)));
    }
  }

  @Test
  void columnsReadNullAsAbsentAndWriteIndexOnlyWhenSet() {
    assertEquals(new TableColumn("c", Optional.empty(), false),
        RuleFormat.readColumn(IpldJson.parse("{\"id\":\"c\",\"variable\":null,\"index\":null}")));
    TableColumn indexed = RuleFormat.readColumn(IpldJson.parse("{\"id\":\"c\",\"variable\":\"v\",\"index\":true}"));
    assertEquals(TableColumn.of("c", "v").variableId(), indexed.variableId());
    assertEquals("{\"id\":\"c\",\"index\":true,\"variable\":\"v\"}", IpldJson.print(RuleFormat.writeColumn(indexed)));
    assertEquals("{\"id\":\"c\"}", IpldJson.print(RuleFormat.writeColumn(
        RuleFormat.readColumn(IpldJson.parse("{\"id\":\"c\",\"index\":false}")))));
  }

  private static void assertMalformed(String json, String message) {
    RuleFormatException e = assertThrows(RuleFormatException.class, () -> RuleFormat.readRule(IpldJson.parse(json)));
    assertEquals(message, e.getMessage());
  }
}
