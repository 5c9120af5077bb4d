package org.constl.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatastoreTest {

  @TempDir
  Path temp;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> keys(List<Map.Entry<String, byte[]>> entries) {
    return entries.stream().map(Map.Entry::getKey).toList();
  }

  @Test
  void valuesSurviveReopeningAndArePerNamespace() throws Exception {
    Stores.with(temp, store -> {
      Datastore data = store.datastore();
      data.put("settings", "theme", bytes("dark"));
      data.put("settings", "language", bytes("fr"));
      data.put("index/db1", "theme", bytes("another namespace"));
      data.put("settings", "theme", bytes("light"));
    });
    Stores.with(temp, store -> {
      Datastore data = store.datastore();
      assertArrayEquals(bytes("light"), data.get("settings", "theme").orElseThrow());
      assertArrayEquals(bytes("fr"), data.get("settings", "language").orElseThrow());
      assertArrayEquals(bytes("another namespace"), data.get("index/db1", "theme").orElseThrow());
      assertEquals(Optional.empty(), data.get("settings", "missing"));
      assertEquals(Optional.empty(), data.get("no such namespace", "theme"));
      assertEquals(2, data.count("settings"));
      assertEquals(0, data.count("no such namespace"));
      assertTrue(data.delete("settings", "theme"));
      assertFalse(data.delete("settings", "theme"));
      assertFalse(data.delete("no such namespace", "theme"));
    });
    Stores.with(temp, store -> {
      Datastore data = store.datastore();
      assertEquals(Optional.empty(), data.get("settings", "theme"));
      assertEquals(1, data.count("settings"));
      assertEquals(1, data.count("index/db1"));
    });
  }

  @Test
  void emptyKeysAndValuesAreKeysAndValuesLikeAnyOther() throws Exception {
    Stores.with(temp, store -> {
      store.datastore().put("", "", new byte[0]);
      store.datastore().put("", "a", bytes("1"));
    });
    Stores.with(temp, store -> {
      assertArrayEquals(new byte[0], store.datastore().get("", "").orElseThrow());
      assertEquals(List.of("", "a"), keys(store.datastore().entries("", null, 10)));
    });
  }

  @Test
  void deletingANamespaceRemovesAllItsKeysAndOnlyThem() throws Exception {
    Stores.with(temp, store -> {
      Datastore data = store.datastore();
      for (int i = 0; i < 30; i++) {
        data.put("doomed", "key " + i, bytes("value " + i));
      }
      data.put("doomed-not", "key 1", bytes("kept"));
      data.put("kept", "key 1", bytes("kept"));
      assertEquals(30, data.deleteNamespace("doomed"));
      assertEquals(0, data.deleteNamespace("doomed"));
    });
    Stores.with(temp, store -> {
      Datastore data = store.datastore();
      assertEquals(0, data.count("doomed"));
      assertEquals(List.of(), data.entries("doomed", null, 100));
      assertArrayEquals(bytes("kept"), data.get("doomed-not", "key 1").orElseThrow());
      assertArrayEquals(bytes("kept"), data.get("kept", "key 1").orElseThrow());
      data.put("doomed", "again", bytes("a namespace can be used after it was deleted"));
      assertEquals(1, data.count("doomed"));
    });
  }

  @Test
  void keysAreListedInUtf8ByteOrder() throws Exception {
    // "é" comes after "z" in any order; U+1F600 (a surrogate pair in Java) comes before U+FFFD in
    // UTF-16 order (String.compareTo) but after it in UTF-8 byte order.
    List<String> inserted = List.of("\uFFFD", "z", "\uD83D\uDE00", "é", "Z", "a", "ab", "a b", "");
    Stores.with(temp, store -> {
      for (String key : inserted) {
        store.datastore().put("ns", key, bytes(key));
      }
    });
    Stores.with(temp, store -> {
      List<Map.Entry<String, byte[]>> entries = store.datastore().entries("ns", null, 100);
      assertEquals(List.of("", "Z", "a", "a b", "ab", "z", "é", "\uFFFD", "\uD83D\uDE00"), keys(entries));
      for (Map.Entry<String, byte[]> entry : entries) {
        assertArrayEquals(bytes(entry.getKey()), entry.getValue());
      }
    });
  }

  @Test
  void entriesArePagedAfterTheLastKeySeen() throws Exception {
    List<String> all = new ArrayList<>();
    Stores.with(temp, store -> {
      for (int i = 0; i < 95; i++) {
        String key = String.format("entry %03d", i);
        all.add(key);
        store.datastore().put("ns", key, bytes("value " + i));
      }
      store.datastore().put("ns-after", "entry 000", bytes("another namespace"));
    });
    Stores.with(temp, store -> {
      List<String> seen = new ArrayList<>();
      List<Integer> pageSizes = new ArrayList<>();
      String after = null;
      for (int pages = 0; pages < 10; pages++) { // bounded: a paging bug must fail, not loop
        List<Map.Entry<String, byte[]>> page = store.datastore().entries("ns", after, 20);
        if (page.isEmpty()) {
          break;
        }
        pageSizes.add(page.size());
        seen.addAll(keys(page));
        after = page.get(page.size() - 1).getKey();
      }
      assertEquals(all, seen);
      assertEquals(List.of(20, 20, 20, 20, 15), pageSizes);
      // A key that is not stored is a valid starting point too.
      assertEquals(List.of("entry 051", "entry 052"), keys(store.datastore().entries("ns", "entry 050x", 2)));
    });
  }

  @Test
  void theKeyRightAfterAnotherInByteOrderIsNotSkipped() throws Exception {
    Stores.with(temp, store -> {
      for (String key : List.of("a", "a\0", "a\0\0", "a\1", "b")) {
        store.datastore().put("ns", key, new byte[] {1});
      }
      assertEquals(List.of("a\0", "a\0\0"), keys(store.datastore().entries("ns", "a", 2)));
      assertEquals(List.of("a\1", "b"), keys(store.datastore().entries("ns", "a\0\0", 5)));
    });
  }

  @Test
  void keysWithoutAUtf8FormAndBadLimitsAreRefused() throws Exception {
    Stores.with(temp, store -> {
      Datastore data = store.datastore();
      String loneSurrogate = "key \uD800";
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> data.put("ns", loneSurrogate, new byte[1]));
      assertTrue(e.getMessage().contains("surrogate"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> data.put("ns\uDC00", "key", new byte[1]));
      assertThrows(IllegalArgumentException.class, () -> data.get("ns", loneSurrogate));
      assertThrows(IllegalArgumentException.class, () -> data.entries("ns", null, 0));
      // Java would have written the lone surrogate as '?': the refused key must not have become that one.
      assertEquals(Optional.empty(), data.get("ns", "key ?"));
      assertEquals(0, data.count("ns"));
    });
  }
}
