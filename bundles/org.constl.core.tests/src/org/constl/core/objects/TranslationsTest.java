package org.constl.core.objects;

import static org.constl.core.objects.States.next;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.Database;
import org.constl.orbitdb.DatabaseLease;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.LogWriter;
import org.constl.orbitdb.OrbitDb;
import org.constl.orbitdb.OrbitDbAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translations databases of translatable text cells, in a real store: made as ipa makes them
 * (keyvalue, under the table's controller), read, written and followed. That ipa reads what they
 * hold is {@link IpaLayoutInteropTest}'s business.
 */
class TranslationsTest {

  @TempDir
  Path folder;

  private LogWriter writer;

  @Test
  void aCellsTranslationsAreAKeyvalueDatabaseUnderItsTablesController() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String table = newTable(node);
      Translations translations = node.constellation.translations();
      String cell = translations.create(table);
      String other = translations.create(node.tables().get(table).rowsAddress());

      assertNotEquals(cell, other, "each cell gets a database of its own");
      assertEquals(KeyValue.TYPE, Layouts.type(node.orbitDb, cell));
      String controller = Layouts.controller(node.orbitDb, table).address();
      assertEquals(controller, Layouts.controller(node.orbitDb, cell).address());
      assertEquals(controller, Layouts.controller(node.orbitDb, other).address(), "created from the rows' database too");
      assertEquals(Map.of(), translations.texts(cell));

      translations.setTexts(cell, Map.of("fr", "Saule", "en", "Willow"));
      translations.setTexts(cell, Map.of("fr", "Saule fontinal"));
      translations.removeText(cell, "en");
      assertEquals(Map.of("fr", "Saule fontinal"), translations.texts(cell));
      assertEquals(Map.of("fr", IpldValue.of("Saule fontinal")), Layouts.keyValues(node.orbitDb, cell), "stored as ipa stores names");
    }
  }

  @Test
  void textsThatAreNotStringsAreSkippedAsBohrDbSkipsThem() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String table = newTable(node);
      Translations translations = node.constellation.translations();
      String cell = translations.create(table);
      new KeyValue(Layouts.open(node.orbitDb, cell)).put("de", IpldValue.map(Map.of("nom", IpldValue.of("Weide"))));
      translations.setTexts(cell, Map.of("fr", "Saule"));
      assertEquals(Map.of("fr", "Saule"), translations.texts(cell));
    }
  }

  @Test
  void aSubscriptionHearsTheTextsThenEachChangeUntilClosed() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String table = newTable(node);
      Translations translations = node.constellation.translations();
      String cell = translations.create(table);
      translations.setTexts(cell, Map.of("fr", "Saule"));
      BlockingQueue<Map<String, String>> states = new LinkedBlockingQueue<>();
      Subscription subscription = translations.subscribe(cell, states::add);
      assertEquals(Map.of("fr", "Saule"), next(states, state -> true), "the current texts come first");

      translations.setTexts(cell, Map.of("en", "Willow"));
      assertEquals(Map.of("fr", "Saule", "en", "Willow"), next(states, s -> s.containsKey("en")));
      translations.removeText(cell, "fr");
      assertEquals(Map.of("en", "Willow"), next(states, s -> !s.containsKey("fr")));

      subscription.close();
      states.clear();
      translations.setTexts(cell, Map.of("es", "Sauce"));
      assertEquals(Map.of("en", "Willow", "es", "Sauce"), translations.texts(cell));
      assertNull(states.poll(), "a closed subscription is not called");
    }
  }

  @Test
  void readingManyCellsKeepsOpenOnlyTheDatabasesStillFollowed() throws Exception {
    List<String> cells = cellsOfANodeOpenedAgain(60);
    try (TestNode node = TestNode.open(folder, writer)) {
      Translations translations = node.constellation.translations();
      List<String> followed = new ArrayList<>();
      List<Subscription> onScreen = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        assertEquals(Map.of("fr", "texte " + i), translations.texts(cells.get(i)));
        if (i % 10 == 0) {
          BlockingQueue<Map<String, String>> states = new LinkedBlockingQueue<>();
          onScreen.add(translations.subscribe(cells.get(i), states::add));
          assertEquals(Map.of("fr", "texte " + i), next(states, state -> true));
          followed.add(cells.get(i));
        }
      }
      assertEquals(followed, cells.stream().filter(cell -> keptOpen(node.orbitDb, cell)).toList(),
          "only the followed ones are kept open");
      onScreen.forEach(Subscription::close);
      assertEquals(List.of(), cells.stream().filter(cell -> keptOpen(node.orbitDb, cell)).toList());
    }
  }

  /** A paste of a column of texts makes a database per cell: none of them stays open. */
  @Test
  void cellsMadeAndWrittenAreNotKeptOpen() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String table = newTable(node);
      Translations translations = node.constellation.translations();
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String cell = translations.create(table);
        translations.setTexts(cell, Map.of("fr", "texte " + i));
        cells.add(cell);
      }
      assertEquals(List.of(), cells.stream().filter(cell -> keptOpen(node.orbitDb, cell)).toList());
      assertEquals(Map.of("fr", "texte 7"), translations.texts(cells.get(7)));
    }
  }

  @Test
  void aCellsDatabaseUsedElsewhereIsNotClosedUnderItsUsers() throws Exception {
    String cell = cellsOfANodeOpenedAgain(1).get(0);
    try (TestNode node = TestNode.open(folder, writer)) {
      Translations translations = node.constellation.translations();
      BlockingQueue<Map<String, String>> otherEditor = new LinkedBlockingQueue<>();
      Subscription following = translations.subscribe(cell, otherEditor::add);
      next(otherEditor, state -> true);
      readAndFollowAWhile(translations, cell);
      translations.setTexts(cell, Map.of("en", "text"));
      assertEquals(Map.of("fr", "texte 0", "en", "text"), next(otherEditor, s -> s.containsKey("en")),
          "the other editor's subscription still hears changes");

      Database properties = Layouts.open(node.orbitDb, cell);
      following.close();
      readAndFollowAWhile(translations, cell);
      translations.setTexts(cell, Map.of("es", "texto"));
      assertEquals(Optional.of(IpldValue.of("texto")), new KeyValue(properties).get("es"), "what opened it still reads it");
      new KeyValue(properties).put("de", IpldValue.of("Text"));
      assertTrue(keptOpen(node.orbitDb, cell));
    }
  }

  private static void readAndFollowAWhile(Translations translations, String cell) {
    for (int i = 0; i < 3; i++) {
      translations.texts(cell);
      translations.subscribe(cell, texts -> { }).close();
    }
  }

  @Test
  void whatCannotBeReadOrMadeIsRefusedWithTheReason() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      Translations translations = node.constellation.translations();
      assertThrows(ObjectNotFoundException.class, () -> translations.texts("not an address"));
      String elsewhere = "/orbitdb/zdpuAqVk8TDi7jHBt3DsLqUmfUNTGbhDzmjmbNT9Wu3ohoCpp";
      assertThrows(ObjectNotFoundException.class, () -> translations.texts(elsewhere));
      assertThrows(ObjectNotFoundException.class, () -> translations.subscribe(elsewhere, texts -> { }));
      assertThrows(ObjectNotFoundException.class, () -> translations.create(elsewhere));
      // A database only this identity writes (OrbitDB's own controller): no Constellation controller to share.
      String own = node.orbitDb.open("not a table", KeyValue.TYPE).address().toString();
      InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> translations.create(own));
      assertTrue(refused.getMessage().contains("not a Constellation one"), refused.getMessage());
    }
  }

  /**
   * Cells of a table, each with {@code "fr": "texte <i>"}, made by a node then closed: nothing
   * keeps their databases open when the node is opened again with {@link #writer}.
   */
  private List<String> cellsOfANodeOpenedAgain(int count) throws Exception {
    List<String> cells = new ArrayList<>();
    try (TestNode maker = TestNode.create(folder)) {
      writer = maker.writer;
      String table = newTable(maker);
      for (int i = 0; i < count; i++) {
        String cell = maker.constellation.translations().create(table);
        maker.constellation.translations().setTexts(cell, Map.of("fr", "texte " + i));
        cells.add(cell);
      }
    }
    return cells;
  }

  /**
   * Whether someone keeps the database open: if not, closing a lease closes it, and the next
   * lease gets another instance.
   */
  private static boolean keptOpen(OrbitDb orbitDb, String address) {
    try {
      Database first;
      try (DatabaseLease lease = orbitDb.lease(OrbitDbAddress.parse(address))) {
        first = lease.database();
      }
      try (DatabaseLease lease = orbitDb.lease(OrbitDbAddress.parse(address))) {
        return lease.database() == first;
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** A table of a new database of the node's account. */
  private static String newTable(TestNode node) {
    return node.databases().addTable(node.databases().create("ODbl-1_0", Optional.empty()), Optional.of("t"));
  }
}
