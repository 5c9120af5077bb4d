package org.constl.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.Rule;
import org.constl.core.rules.TableColumn;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.ConstellationController;
import org.constl.orbitdb.OrbitDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Databases ({@code bd}): layout, edits, tables, copy and delete, in a real store. */
class DatabasesTest {

  /** ipa's {@code créerBd}: the sub-databases and their types. */
  private static final Map<String, String> PARTS = Map.of("métadonnées", "keyvalue", "noms", "keyvalue",
      "descriptions", "keyvalue", "tableaux", "ordered-keyvalue", "motsClefs", "set", "nuées", "set");
  /** The column of {@link #addMeasures}. */
  private static final String FLOW = "débit";

  @TempDir
  Path folder;

  @Test
  void aNewDatabaseHasIpasLayoutIsListedAndPinnedAndItsControllerIsTheAccounts() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String id = node.databases().create("ODbl-1_0", Optional.of("CC-BY-SA-4_0"));
      OrbitDb orbitDb = node.orbitDb;
      assertEquals("keyvalue", Layouts.type(orbitDb, id));
      ConstellationController controller = Layouts.controller(orbitDb, id);
      assertEquals(node.account().id(), controller.manifest().write(), "any device of the account may write");
      assertTrue(controller.roles().allows(node.account().deviceId()));

      Map<String, IpldValue> root = Layouts.keyValues(orbitDb, id);
      assertEquals(IpldValue.of("bd"), root.get("type"));
      assertEquals(IpldValue.of("ODbl-1_0"), root.get("licence"));
      assertEquals(IpldValue.of("CC-BY-SA-4_0"), root.get("licenceContenu"));
      assertEquals(IpldValue.map(Map.of("statut", IpldValue.of("active"))), root.get("statut"));
      for (Map.Entry<String, String> part : PARTS.entrySet()) {
        String address = Layouts.string(root, part.getKey());
        assertEquals(part.getValue(), Layouts.type(orbitDb, address), part.getKey());
        assertEquals(controller.address(), Layouts.controller(orbitDb, address).address(), part.getKey());
      }
      assertEquals(List.of(id), node.databases().mine());
      String favourites = node.account().subDatabases().get("favoris");
      IpldValue pin = Layouts.keyValues(orbitDb, favourites).get(id);
      assertEquals(IpldValue.of("bd"), pin.asMap().get("type"));
      assertEquals(IpldValue.of("TOUS"), pin.asMap().get("base"));
      assertEquals(IpldValue.of("INSTALLÉ"), pin.asMap().get("données").asMap().get("fichiers"));
    }
  }

  @Test
  void aLicenceOutsideTheCatalogueIsRefusedAndNothingIsCreated() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      InvalidRequestException refused = assertThrows(InvalidRequestException.class,
          () -> node.databases().create("odbl-1_0", Optional.empty()));
      assertTrue(refused.getMessage().contains("'odbl-1_0'"), refused.getMessage());
      assertEquals(List.of(), node.databases().mine());
      assertEquals(44, Licences.all().size());
      assertTrue(Licences.find("CC-BY-SA-4_0").orElseThrow().shareAlike());
      assertFalse(Licences.find("CC-BY-4_0").orElseThrow().shareAlike());
      assertEquals("basesDeDonnées", Licences.find("PDDL").orElseThrow().category());
    }
  }

  @Test
  void namesDescriptionsMetadataStatusKeywordsAndImageAreKeptAcrossAReopen() throws Exception {
    TestNode node = TestNode.create(folder);
    Databases databases = node.databases();
    String id = databases.create("CC-BY-4_0", Optional.empty());
    databases.setName(id, "fr", "Hydrologie");
    databases.setName(id, "en", "Hydrology");
    databases.setName(id, "en", "Hydrology of the Ottawa");
    databases.setDescription(id, "fr", "Mesures de débit");
    databases.setMetadata(id, "région", IpldValue.of("Outaouais"));
    databases.setMetadata(id, "années", IpldValue.list(IpldValue.of(2023), IpldValue.of(2024)));
    databases.setStatus(id, ObjectStatus.obsolete("/orbitdb/zdpuAnother"));
    String keyword = node.constellation.keywords().create();
    databases.addKeyword(id, keyword);
    databases.addKeyword(id, keyword);
    String image = databases.setImage(id, "pixels".getBytes(StandardCharsets.UTF_8), "carte.webp");
    databases.setContentLicence(id, Optional.of("CC-0-1_0"));
    databases.setLicence(id, "ODC-BY-1_0");
    try (TestNode again = node.reopen()) {
      DatabaseInfo info = again.databases().get(id);
      assertEquals(Map.of("fr", "Hydrologie", "en", "Hydrology of the Ottawa"), info.names());
      assertEquals(Map.of("fr", "Mesures de débit"), info.descriptions());
      assertEquals(Map.of("région", IpldValue.of("Outaouais"), "années",
          IpldValue.list(IpldValue.of(2023), IpldValue.of(2024))), info.metadata());
      assertEquals(ObjectStatus.obsolete("/orbitdb/zdpuAnother"), info.status());
      assertEquals(List.of(keyword), info.keywords());
      assertEquals(Optional.of(image), info.image());
      assertEquals("ODC-BY-1_0", info.licence());
      assertEquals(Optional.of("CC-0-1_0"), info.contentLicence());
      Map<String, IpldValue> root = Layouts.keyValues(again.orbitDb, id);
      assertEquals(IpldValue.map(Map.of("statut", IpldValue.of("obsolète"), "idNouvelle",
          IpldValue.of("/orbitdb/zdpuAnother"))), root.get("statut"));

      again.databases().removeName(id, "en");
      again.databases().removeMetadata(id, "années");
      again.databases().removeKeyword(id, keyword);
      again.databases().removeImage(id);
      again.databases().setContentLicence(id, Optional.empty());
      again.databases().setStatus(id, ObjectStatus.of(Status.TOY));
      DatabaseInfo changed = again.databases().get(id);
      assertEquals(Map.of("fr", "Hydrologie"), changed.names());
      assertEquals(Map.of("région", IpldValue.of("Outaouais")), changed.metadata());
      assertEquals(List.of(), changed.keywords());
      assertEquals(Optional.empty(), changed.image());
      assertEquals(Optional.empty(), changed.contentLicence());
      assertEquals(IpldValue.map(Map.of("statut", IpldValue.of("jouet"))),
          Layouts.keyValues(again.orbitDb, id).get("statut"));
    }
  }

  @Test
  void tablesAreOrderedKeyedRenamedAndRemoved() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      Databases databases = node.databases();
      String id = databases.create("ODbl-1_0", Optional.empty());
      String sites = databases.addTable(id, Optional.of("sites"));
      String mesures = databases.addTable(id, Optional.of("mesures"));
      String unnamed = databases.addTable(id, Optional.empty());
      List<TableRef> tables = databases.get(id).tables();
      assertEquals(List.of(sites, mesures, unnamed), tables.stream().map(TableRef::id).toList());
      assertEquals(List.of("sites", "mesures"), tables.subList(0, 2).stream().map(TableRef::key).toList());
      assertTrue(tables.get(2).key().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
          tables.get(2).key());

      databases.setTableKey(id, sites, "stations");
      assertEquals(List.of(new TableRef(mesures, "mesures"), new TableRef(unnamed, tables.get(2).key()),
          new TableRef(sites, "stations")), databases.get(id).tables(), "as in ipa, a new key moves the table last");
      assertThrows(InvalidRequestException.class, () -> databases.setTableKey(id, "/orbitdb/zdpuNotATable", "x"));

      databases.removeTable(id, mesures);
      assertEquals(List.of(unnamed, sites), databases.get(id).tables().stream().map(TableRef::id).toList());
      ObjectNotFoundException gone = assertThrows(ObjectNotFoundException.class, () -> node.tables().get(mesures));
      assertEquals(mesures, gone.id());
    }
  }

  @Test
  void aCopyHasTheSameContentNewTablesAndCopiedFromWithOrWithoutRows() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      Databases databases = node.databases();
      Tables tables = node.tables();
      String id = databases.create("CC-BY-SA-4_0", Optional.empty());
      databases.setName(id, "fr", "Original");
      databases.setMetadata(id, "clef", IpldValue.of("valeur"));
      String keyword = node.constellation.keywords().create();
      databases.addKeyword(id, keyword);
      databases.setStatus(id, ObjectStatus.of(Status.INTERNAL));
      String table = addMeasures(node, id);

      for (boolean withRows : List.of(true, false)) {
        String copy = databases.copy(id, withRows);
        DatabaseInfo original = databases.get(id);
        DatabaseInfo copied = databases.get(copy);
        assertNotEquals(id, copy);
        assertEquals(Optional.of(id), copied.copiedFrom());
        assertEquals(original.licence(), copied.licence());
        assertEquals(original.names(), copied.names());
        assertEquals(original.metadata(), copied.metadata());
        assertEquals(original.keywords(), copied.keywords());
        assertEquals(original.status(), copied.status());
        assertEquals(1, copied.tables().size());
        TableRef copiedTable = copied.tables().get(0);
        assertEquals("mesures", copiedTable.key());
        assertNotEquals(table, copiedTable.id());
        TableInfo copiedInfo = tables.get(copiedTable.id());
        assertEquals(List.of(new TableColumn(FLOW, Optional.empty(), false)), copiedInfo.columns());
        assertEquals(Map.of("fr", "Mesures"), copiedInfo.names());
        assertEquals(1, copiedInfo.rules().size());
        assertEquals(withRows ? tables.rows(table) : Map.of(), tables.rows(copiedTable.id()));
        assertEquals(Layouts.controller(node.orbitDb, copy).address(),
            Layouts.controller(node.orbitDb, copiedTable.id()).address(), "the copied table is the copy's");
        assertTrue(databases.mine().contains(copy));
      }
    }
  }

  @Test
  void aTableCopiedInItsDatabaseIsListedLastUnderANewKeyWithOrWithoutRows() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      Databases databases = node.databases();
      Tables tables = node.tables();
      String id = databases.create("ODbl-1_0", Optional.empty());
      String table = addMeasures(node, id);
      String other = databases.addTable(id, Optional.of("stations"));
      tables.setIndex(table, FLOW, true);
      String rule = tables.get(table).rules().get(0).ruleId();

      String withRows = databases.copyTable(id, table, true);
      String withoutRows = databases.copyTable(id, table, false);
      List<TableRef> listed = databases.get(id).tables();
      assertEquals(List.of(table, other, withRows, withoutRows), listed.stream().map(TableRef::id).toList());
      assertEquals(4, listed.stream().map(TableRef::key).distinct().count(), "each table has its own key: " + listed);
      for (String copy : List.of(withRows, withoutRows)) {
        TableInfo copied = tables.get(copy);
        assertEquals(tables.get(table).columns(), copied.columns(), "the index column stays one");
        assertEquals(Map.of("fr", "Mesures"), copied.names());
        assertEquals(List.of(rule), copied.rules().stream().map(ColumnRule::ruleId).toList());
        assertEquals(Layouts.controller(node.orbitDb, id).address(), Layouts.controller(node.orbitDb, copy).address());
      }
      assertEquals(tables.rows(table), tables.rows(withRows));
      assertEquals(Map.of(), tables.rows(withoutRows));
      tables.addRows(withRows, List.of(Map.of(FLOW, IpldValue.of(7))));
      assertEquals(2, tables.rows(table).size(), "the copy's rows are its own");
      assertThrows(InvalidRequestException.class, () -> databases.copyTable(databases.create("ODbl-1_0",
          Optional.empty()), table, true), "a table is copied from the database that lists it");
    }
  }

  @Test
  void deleteUnlistsUnpinsAndDropsTheDatabaseAndItsTablesLocally() throws Exception {
    TestNode node = TestNode.create(folder);
    String keep = node.databases().create("ODbl-1_0", Optional.empty());
    String id = node.databases().create("ODbl-1_0", Optional.empty());
    String table = node.databases().addTable(id, Optional.of("t"));
    String rows = node.tables().get(table).rowsAddress();
    node.databases().delete(id);
    assertEquals(List.of(keep), node.databases().mine());
    assertFalse(Layouts.keyValues(node.orbitDb, node.account().subDatabases().get("favoris")).containsKey(id));
    assertThrows(ObjectNotFoundException.class, () -> node.databases().get(id));
    try (TestNode again = node.reopen()) {
      assertThrows(ObjectNotFoundException.class, () -> again.databases().get(id));
      assertThrows(ObjectNotFoundException.class, () -> again.tables().get(table));
      assertTrue(again.store.heads().get(rows).isEmpty(), "the rows database has no entries left here");
      assertEquals(keep, again.databases().get(keep).id());
    }
  }

  @Test
  void idsThatAreNotDatabasesAreReportedAsSuch() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String variable = node.variables().create(org.constl.core.rules.VariableCategory.simple(
          org.constl.core.rules.BaseCategory.NUMBER));
      ObjectNotFoundException notDatabase = assertThrows(ObjectNotFoundException.class,
          () -> node.databases().get(variable));
      assertTrue(notDatabase.getMessage().contains("not a database"), notDatabase.getMessage());
      assertThrows(ObjectNotFoundException.class, () -> node.databases().get("not an address"));
      assertThrows(ObjectNotFoundException.class,
          () -> node.databases().get("/orbitdb/zdpuAwrnGzsszSQQeHprHyGfpBWMkBYdX6SbbxS4GXH9jUNJc"));
    }
  }

  /**
   * Adds the table "mesures" to the database: named, with a column {@link #FLOW} that a rule of
   * the table requires, and two rows.
   */
  private static String addMeasures(TestNode node, String database) {
    String table = node.databases().addTable(database, Optional.of("mesures"));
    node.tables().setName(table, "fr", "Mesures");
    node.tables().addColumn(table, Optional.empty(), Optional.of(FLOW));
    node.tables().addRule(table, FLOW, new Rule.Exists());
    node.tables().addRows(table, List.of(Map.of(FLOW, IpldValue.of(12.5)), Map.of(FLOW, IpldValue.of(3))));
    return table;
  }
}
