package org.constl.core.objects;

import static org.constl.core.objects.States.next;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.KeyValue;
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

  /** A table of a new database of the node's account. */
  private static String newTable(TestNode node) {
    return node.databases().addTable(node.databases().create("ODbl-1_0", Optional.empty()), Optional.of("t"));
  }
}
