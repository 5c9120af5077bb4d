package org.constl.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.Choices;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleFormat;
import org.constl.core.rules.VariableCategory;
import org.constl.core.rules.VariableRule;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.OrbitDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variables, keywords and projects: layouts, edits, copies and deletes, in a real store. */
class ObjectsTest {

  @TempDir
  Path folder;

  @Test
  void aVariableHasIpasLayoutAndKeepsItsCategoryUnitRulesAndStatus() throws Exception {
    TestNode node = TestNode.create(folder);
    Variables variables = node.variables();
    String id = variables.create(VariableCategory.list(BaseCategory.TIMESTAMP));
    OrbitDb orbitDb = node.orbitDb;
    Map<String, IpldValue> root = Layouts.keyValues(orbitDb, id);
    assertEquals(List.of("type", "noms", "descriptions", "règles", "catégorie", "statut"), List.copyOf(root.keySet()));
    assertEquals(IpldValue.of("variable"), root.get("type"));
    assertEquals(IpldValue.map(Map.of("type", IpldValue.of("liste"), "catégorie", IpldValue.of("horoDatage"))),
        root.get("catégorie"));
    assertEquals(node.account().id(), Layouts.controller(orbitDb, id).manifest().write());
    for (String part : List.of("noms", "descriptions", "règles")) {
      assertEquals("keyvalue", Layouts.type(orbitDb, Layouts.string(root, part)));
      assertEquals(Layouts.controller(orbitDb, id).address(), Layouts.controller(orbitDb, Layouts.string(root, part)).address());
    }
    assertEquals(List.of(id), variables.mine());

    variables.setCategory(id, VariableCategory.simple(BaseCategory.NUMBER));
    variables.setUnit(id, "m³/s");
    variables.setName(id, "fr", "Débit");
    variables.setDescription(id, "fr", "Débit moyen journalier");
    Rule allowed = new Rule.AllowedValues(new Choices.Listed(List.of(IpldValue.of(1), IpldValue.of(2))));
    String rule = variables.addRule(id, new Rule.Exists());
    variables.replaceRule(id, rule, allowed);
    variables.setStatus(id, ObjectStatus.of(Status.INTERNAL));
    try (TestNode again = node.reopen()) {
      VariableInfo info = again.variables().get(id);
      assertEquals(Optional.of(VariableCategory.simple(BaseCategory.NUMBER)), info.category());
      assertEquals(Optional.of("m³/s"), info.unit());
      assertEquals(Map.of("fr", "Débit"), info.names());
      assertEquals(Map.of("fr", "Débit moyen journalier"), info.descriptions());
      assertEquals(List.of(new VariableRule(rule, allowed)), info.rules());
      assertEquals(ObjectStatus.of(Status.INTERNAL), info.status());
      assertEquals(RuleFormat.writeRule(allowed),
          Layouts.keyValues(again.orbitDb, Layouts.string(Layouts.keyValues(again.orbitDb, id), "règles")).get(rule));

      String copy = again.variables().copy(id);
      VariableInfo copied = again.variables().get(copy);
      assertNotEquals(id, copy);
      assertEquals(info.category(), copied.category());
      assertEquals(info.unit(), copied.unit());
      assertEquals(info.names(), copied.names());
      assertEquals(info.rules(), copied.rules(), "the rules keep their ids, as in ipa");
      assertEquals(info.status(), copied.status());

      again.variables().delete(id);
      assertEquals(List.of(copy), again.variables().mine());
      assertThrows(ObjectNotFoundException.class, () -> again.variables().get(id));
    }
  }

  @Test
  void aKeywordHasIpasLayoutAndIsCopiedAndDeleted() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      Keywords keywords = node.constellation.keywords();
      String id = keywords.create();
      Map<String, IpldValue> root = Layouts.keyValues(node.orbitDb, id);
      assertEquals(List.of("type", "noms", "descriptions"), List.copyOf(root.keySet()));
      assertEquals(IpldValue.of("motClef"), root.get("type"));
      keywords.setName(id, "fr", "hydrologie");
      keywords.setDescription(id, "en", "water");
      String copy = keywords.copy(id);
      assertEquals(new KeywordInfo(copy, Map.of("fr", "hydrologie"), Map.of("en", "water")), keywords.get(copy));
      assertEquals(List.of(id, copy), keywords.mine());
      keywords.removeDescription(id, "en");
      assertEquals(Map.of(), keywords.get(id).descriptions());
      keywords.delete(id);
      assertEquals(List.of(copy), keywords.mine());
    }
  }

  @Test
  void aProjectHasIpasLayoutAndHoldsDatabasesKeywordsStatusAndImage() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      Projects projects = node.constellation.projects();
      String id = projects.create();
      Map<String, IpldValue> root = Layouts.keyValues(node.orbitDb, id);
      assertEquals(List.of("type", "noms", "descriptions", "bds", "motsClefs", "statut"), List.copyOf(root.keySet()));
      assertEquals("set", Layouts.type(node.orbitDb, Layouts.string(root, "bds")));
      assertEquals("set", Layouts.type(node.orbitDb, Layouts.string(root, "motsClefs")));
      String database = node.databases().create("ODbl-1_0", Optional.empty());
      String keyword = node.constellation.keywords().create();
      projects.addDatabase(id, database);
      projects.addKeyword(id, keyword);
      projects.setName(id, "fr", "Rivières");
      projects.setStatus(id, ObjectStatus.of(Status.TOY));
      String image = projects.setImage(id, new byte[] {1, 2, 3}, "logo.png");
      ProjectInfo info = projects.get(id);
      assertEquals(List.of(database), info.databases());
      assertEquals(List.of(keyword), info.keywords());
      assertEquals(Optional.of(image), info.image());

      String copy = projects.copy(id);
      ProjectInfo copied = projects.get(copy);
      assertEquals(Optional.of(id), copied.copiedFrom());
      assertEquals(info.databases(), copied.databases());
      assertEquals(info.names(), copied.names());
      assertEquals(info.status(), copied.status());
      assertEquals(info.image(), copied.image());

      projects.removeDatabase(id, database);
      projects.removeKeyword(id, keyword);
      assertEquals(List.of(), projects.get(id).databases());
      projects.delete(id);
      assertEquals(List.of(copy), projects.mine());
      assertTrue(node.databases().mine().contains(database), "deleting a project keeps its databases");
    }
  }
}
