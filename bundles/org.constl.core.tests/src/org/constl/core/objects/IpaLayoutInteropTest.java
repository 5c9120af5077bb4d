package org.constl.core.objects;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.Bound;
import org.constl.core.rules.BoundOperator;
import org.constl.core.rules.Choices;
import org.constl.core.rules.Rule;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.DatabaseArchive;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.Manifest;
import org.constl.testing.InteropScript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Java services write against the real {@code @constl/ipa} 1.6.16. The objects of
 * {@code interop/vectors/constellation-objects.mjs} (same names, categories, units, rules, columns
 * and rows) are made with the Java services, every database of the store is exported, and
 * {@code interop/check-layouts.mjs} opens them with OrbitDB and ipa's access controllers and
 * checks every value with the bohr-db schema ipa gives it; then the layout it read (kind, OrbitDB
 * type, controller type and shape of every database) is compared with what ipa wrote
 * ({@code resources/vectors/constellation-objects.json}).
 */
class IpaLayoutInteropTest {

  /** The kind of a translatable text cell's database of texts. */
  private static final String TRANSLATIONS_KIND = "texteTraductible";
  /** ipa names the device kind it runs on: a node process is a {@code serveur}, the workbench an {@code ordinateur}. */
  private static final String DEVICE_NAMES_KIND = "compte.nomsDispositifs";
  private static final IpldValue ANY_DEVICE_TYPE = IpldValue.of("<device type>");
  /** The column of the second table whose cells hold translatable text databases. */
  private static final String TRANSLATABLE_COLUMN = "nom";
  private static final String CHECK_LAYOUTS = "check-layouts.mjs";

  @TempDir
  static Path temp;
  private static Map<String, Object> vector;
  private static InteropScript.Run check;
  private static List<IpldValue> javaShapes;
  private static Map<String, String> javaRowKeys;
  /** For each translatable text cell Java wrote: its database's controller, then its table's. */
  private static final List<List<String>> javaCellControllers = new ArrayList<>();

  @SuppressWarnings("unchecked")
  @BeforeAll
  static void writeWithJavaAndCheckWithIpa() throws Exception {
    InteropScript script = InteropScript.find(CHECK_LAYOUTS);
    try (InputStream in = IpaLayoutInteropTest.class.getResourceAsStream("/vectors/constellation-objects.json")) {
      vector = OrderedJson.object(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Path exported = temp.resolve("exported");
    try (TestNode node = TestNode.create(temp.resolve("node"))) {
      javaRowKeys = makeTheVectorsObjects(node.constellation, (List<Object>) vector.get("rowKeys"));
      DatabaseArchive archive = new DatabaseArchive(node.orbitDb);
      int n = 0;
      for (Manifest manifest : node.orbitDb.databases()) {
        archive.export(manifest.address(), exported.resolve(String.format("%03d", n++)));
      }
    }
    Path shapes = temp.resolve("shapes.json");
    check = script.runAllowingFailure("--shapes", shapes.toString(), exported.toString());
    javaShapes = Files.exists(shapes) ? IpldJson.parse(Files.readString(shapes)).asList() : List.of();
  }

  @Test
  void everyValueJavaWritesPassesTheSchemasIpaAppliesToIt() {
    assertEquals(0, check.exitCode(), "check-layouts.mjs:\n" + check.out() + check.err());
    assertTrue(check.out().contains(" 0 failures"), check.out());
  }

  @SuppressWarnings("unchecked")
  @Test
  void javaWritesTheDatabasesIpaWritesForTheSameObjects() {
    Map<String, List<IpldValue>> ipa = byKind(((List<Object>) vector.get("databases")).stream().map(OrderedJson::ipld).toList());
    Map<String, List<IpldValue>> java = byKind(javaShapes);
    List<Executable> checks = new ArrayList<>();
    assertTrue(ipa.keySet().containsAll(Set.of("compte", "bd", "tableau", "tableau.données", "variable", "motClef", "projet",
        TRANSLATIONS_KIND)), ipa.keySet().toString());
    for (String kind : ipa.keySet()) {
      checks.add(() -> assertEquals(sorted(ipa.get(kind)), sorted(java.getOrDefault(kind, List.of())),
          kind + ": kind, type, controller type and shape of each database"));
    }
    for (String kind : java.keySet()) {
      checks.add(() -> assertTrue(ipa.containsKey(kind), kind + ": a kind of database ipa did not write"));
    }
    assertAll(checks);
  }

  /** ipa makes a cell's texts database with its table's controller; so does Java. */
  @SuppressWarnings("unchecked")
  @Test
  void aTranslatableTextCellsDatabaseSharesItsTablesController() {
    Map<String, String> ipaControllers = new LinkedHashMap<>();
    List<String> ipaCells = new ArrayList<>();
    for (Object item : (List<Object>) vector.get("databases")) {
      IpldValue database = OrderedJson.ipld(item);
      String label = database.asMap().get("label").asString();
      String controller = database.asMap().get("accessController").asMap().get("address").asString();
      ipaControllers.put(label, controller);
      if (database.asMap().get("kind").asString().equals(TRANSLATIONS_KIND)) {
        ipaCells.add(label);
      }
    }
    assertEquals(2, ipaCells.size(), ipaCells.toString());
    for (String cell : ipaCells) {
      assertEquals(ipaControllers.get("tableau espèces"), ipaControllers.get(cell), "ipa: " + cell);
    }
    assertEquals(2, javaCellControllers.size());
    for (List<String> controllers : javaCellControllers) {
      assertEquals(controllers.get(1), controllers.get(0), "Java");
    }
  }

  @Test
  void aValueIpaWouldDropIsReportedWhereJavaWroteIt() throws Exception {
    Path exported = temp.resolve("exported-wrong");
    String bd;
    try (TestNode node = TestNode.create(temp.resolve("node-wrong"))) {
      bd = node.databases().create("ODbl-1_0", Optional.empty());
      // Straight into OrbitDB, past the services: a status that is not {statut, idNouvelle?}.
      new KeyValue(Layouts.open(node.orbitDb, bd)).put("statut", IpldValue.of("jouet"));
      DatabaseArchive archive = new DatabaseArchive(node.orbitDb);
      int n = 0;
      for (Manifest manifest : node.orbitDb.databases()) {
        archive.export(manifest.address(), exported.resolve(String.format("%03d", n++)));
      }
    }
    InteropScript.Run wrong = InteropScript.find(CHECK_LAYOUTS)
        .runAllowingFailure("--shapes", temp.resolve("shapes-wrong.json").toString(), exported.toString());
    List<String> failures = wrong.out().lines().filter(line -> line.startsWith("FAIL\t")).toList();
    assertEquals(1, wrong.exitCode(), wrong.out() + wrong.err());
    assertEquals(2, failures.size(), "the value, and the root then missing its status:\n" + wrong.out());
    assertTrue(failures.get(0).contains("\tbd\tstatut\t/ must be object"), failures.get(0));
    assertTrue(failures.get(1).contains("\tbd\t(root)\t") && failures.get(1).contains("statut"), failures.get(1));
  }

  @SuppressWarnings("unchecked")
  @Test
  void indexedRowsGetTheKeysIpaGaveTheSameInputs() {
    List<Executable> checks = new ArrayList<>();
    for (Object item : (List<Object>) vector.get("rowKeys")) {
      Map<String, Object> row = (Map<String, Object>) item;
      if (row.get("indexJson") instanceof IpldValue json && json.kind().equals("string")) {
        String input = IpldJson.print(OrderedJson.ipld(row.get("input")));
        String expected = ((IpldValue) row.get("key")).asString();
        checks.add(() -> assertEquals(expected, javaRowKeys.get(input), "row " + input));
      }
    }
    assertTrue(checks.size() >= 4, "the vector has indexed rows");
    assertAll(checks);
  }

  /** kind -> (kind, type, controller type, shape) of each database of that kind. */
  private static Map<String, List<IpldValue>> byKind(List<IpldValue> databases) {
    return databases.stream().map(IpldValue::asMap).collect(Collectors.groupingBy(d -> d.get("kind").asString(), TreeMap::new,
        Collectors.mapping(d -> IpldValue.map(Map.of("kind", d.get("kind"), "type", d.get("type"),
            "accessController", d.get("accessController").asMap().get("type"),
            "shape", comparable(d.get("kind").asString(), d.get("shape")))), Collectors.toList())));
  }

  /** The shape with what may rightly differ replaced: the device kind. */
  private static IpldValue comparable(String kind, IpldValue shape) {
    return kind.equals(DEVICE_NAMES_KIND) ? replaceInValues(shape, "type", ANY_DEVICE_TYPE) : shape;
  }

  /** Each {key, value} item of a shape with {@code value[field]}, where present, replaced. */
  private static IpldValue replaceInValues(IpldValue shape, String field, IpldValue replacement) {
    return IpldValue.list(shape.asList().stream().map(item -> {
      Map<String, IpldValue> entry = new LinkedHashMap<>(item.asMap().entries());
      Map<String, IpldValue> value = new LinkedHashMap<>(entry.get("value").asMap().entries());
      value.computeIfPresent(field, (f, old) -> replacement);
      entry.put("value", IpldValue.map(value));
      return IpldValue.map(entry);
    }).toList());
  }

  private static List<String> sorted(List<IpldValue> values) {
    return values.stream().map(IpldJson::print).sorted().toList();
  }

  /**
   * The objects constellation-objects.mjs makes through ipa, made through the Java services in
   * the same order; returns the key each row of the vector's first table got, by input.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, String> makeTheVectorsObjects(Constellation c, List<Object> vectorRows) {
    c.account().setProfileName("fr", "Curatrice");
    c.account().setProfileName("en", "Curator");
    c.account().addContact(new Contact(Contact.EMAIL, "curatrice@example.org"));

    String keyword = c.keywords().create();
    c.keywords().setName(keyword, "fr", "hydrologie");
    c.keywords().setName(keyword, "en", "hydrology");
    c.keywords().setDescription(keyword, "fr", "Eaux de surface");

    Variables variables = c.variables();
    Map<String, String> v = new LinkedHashMap<>();
    Object[][] made = {
      {"site", VariableCategory.simple(BaseCategory.TEXT), Map.of("fr", "Site")},
      {"date", VariableCategory.simple(BaseCategory.TIMESTAMP), Map.of("fr", "Date")},
      {"hauteur", VariableCategory.simple(BaseCategory.NUMBER), Map.of("fr", "Hauteur", "en", "Height")},
      {"hauteurMax", VariableCategory.simple(BaseCategory.NUMBER), Map.of("fr", "Hauteur maximale")},
      {"notes", VariableCategory.simple(BaseCategory.TRANSLATABLE_TEXT), Map.of("fr", "Notes")},
      {"valide", VariableCategory.simple(BaseCategory.BOOLEAN), Map.of("fr", "Valide")},
      {"lieu", VariableCategory.simple(BaseCategory.GEOJSON), Map.of("fr", "Lieu")},
      {"photo", VariableCategory.simple(BaseCategory.IMAGE), Map.of("fr", "Photo")},
      {"mesures", VariableCategory.list(BaseCategory.NUMBER), Map.of("fr", "Mesures")},
      {"espèce", VariableCategory.simple(BaseCategory.TEXT), Map.of("fr", "Espèce")},
    };
    for (Object[] variable : made) {
      String id = variables.create((VariableCategory) variable[1]);
      ((Map<String, String>) variable[2]).forEach((language, name) -> variables.setName(id, language, name));
      v.put((String) variable[0], id);
    }
    variables.setDescription(v.get("hauteur"), "fr", "Hauteur de l'eau");
    variables.setUnit(v.get("hauteur"), "m");
    variables.setUnit(v.get("hauteurMax"), "m");
    variables.addRule(v.get("hauteur"), new Rule.Bounds(new Bound.Fixed(IpldValue.of(0)), operator(">=")));
    variables.addRule(v.get("hauteur"), new Rule.Bounds(new Bound.OtherVariable(v.get("hauteurMax")), operator("<=")));
    variables.addRule(v.get("site"), new Rule.Exists());

    Databases databases = c.databases();
    String bd = databases.create("ODbl-1_0", Optional.of("CC-BY-SA-4_0"));
    databases.setName(bd, "fr", "Niveaux d'eau");
    databases.setName(bd, "en", "Water levels");
    databases.setDescription(bd, "fr", "Relevés de terrain");
    databases.setDescription(bd, "es", "Datos de campo");
    databases.setMetadata(bd, "région", IpldValue.of("Outaouais"));
    databases.setMetadata(bd, "années", IpldValue.list(IpldValue.of(2023), IpldValue.of(2024)));
    databases.setMetadata(bd, "protocole", IpldValue.map(Map.of("version", IpldValue.of(2))));
    databases.addKeyword(bd, keyword);
    databases.setStatus(bd, ObjectStatus.of(Status.TOY));

    Tables tables = c.tables();
    String observations = databases.addTable(bd, Optional.of("observations"));
    String species = databases.addTable(bd, Optional.of("espèces"));
    tables.setName(observations, "fr", "Observations");
    tables.setName(species, "fr", "Espèces");
    tables.setName(species, "en", "Species");
    v.forEach((column, variable) -> tables.addColumn(observations, Optional.of(variable), Optional.of(column)));
    tables.addColumn(observations, Optional.empty(), Optional.of("remarque"));
    tables.setIndex(observations, "site", true);
    tables.setIndex(observations, "date", true);
    tables.addColumn(species, Optional.of(v.get("espèce")), Optional.of("code"));
    tables.addColumn(species, Optional.of(v.get("notes")), Optional.of(TRANSLATABLE_COLUMN));

    tables.addRule(observations, "site", new Rule.Exists());
    tables.addRule(observations, "hauteur", new Rule.Category(VariableCategory.simple(BaseCategory.NUMBER)));
    tables.addRule(observations, "hauteur", new Rule.Bounds(new Bound.Fixed(IpldValue.of(10)), operator("<")));
    tables.addRule(observations, "hauteur", new Rule.Bounds(new Bound.OtherColumn("hauteurMax"), operator("≤")));
    tables.addRule(observations, "hauteur", new Rule.Bounds(new Bound.OtherVariable(v.get("hauteurMax")), operator("<=")));
    tables.addRule(observations, "espèce", new Rule.AllowedValues(new Choices.Listed(List.of(IpldValue.of("SALFON"), IpldValue.of("ACESAC")))));
    tables.addRule(observations, "espèce", new Rule.AllowedValues(new Choices.FromColumn(species, "code")));

    List<Map<String, IpldValue>> rows = new ArrayList<>();
    for (Object item : vectorRows) {
      Map<String, Object> row = (Map<String, Object>) item;
      if (((IpldValue) row.get("table")).asString().equals("tableau observations")) {
        Map<String, IpldValue> cells = new LinkedHashMap<>();
        ((Map<String, Object>) row.get("input")).forEach((column, value) -> cells.put(column, OrderedJson.ipld(value)));
        rows.add(cells);
      }
    }
    List<String> keys = tables.addRows(observations, rows);
    Map<String, String> keyByInput = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      keyByInput.put(IpldJson.print(IpldValue.map(rows.get(i))), keys.get(i));
    }
    // ipa imports each text into a database of its own; here one of them is also written over, so
    // ipa reads its final state from puts and a delete.
    Translations translations = c.translations();
    String willow = translations.create(species);
    translations.setTexts(willow, Map.of("fr", "Saule", "en", "Willow"));
    translations.setTexts(willow, Map.of("fr", "Saule fontinal"));
    translations.removeText(willow, "en");
    String maple = translations.create(tables.get(species).rowsAddress());
    translations.setTexts(maple, Map.of("fr", "Érable à sucre"));
    for (String cell : List.of(willow, maple)) {
      javaCellControllers.add(List.of(controllerOf(c, cell), controllerOf(c, species)));
    }
    tables.addRows(species, List.of(
        Map.of("code", IpldValue.of("SALFON"), TRANSLATABLE_COLUMN, IpldValue.of(willow)),
        Map.of("code", IpldValue.of("ACESAC"), TRANSLATABLE_COLUMN, IpldValue.of(maple)),
        Map.of("code", IpldValue.of("QUERUB"))));

    Projects projects = c.projects();
    String project = projects.create();
    projects.setName(project, "fr", "Suivi des rivières");
    projects.setDescription(project, "fr", "Trois bassins");
    projects.addDatabase(project, bd);
    projects.addKeyword(project, keyword);
    return keyByInput;
  }

  private static String controllerOf(Constellation c, String address) {
    try {
      return Layouts.open(c.orbitDb(), address).accessController().address();
    } catch (Exception e) {
      throw new AssertionError(address + " cannot be opened", e);
    }
  }

  private static BoundOperator operator(String stored) {
    return BoundOperator.fromStored(stored).orElseThrow();
  }
}
