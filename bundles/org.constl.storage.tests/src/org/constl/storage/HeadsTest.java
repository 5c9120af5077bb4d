package org.constl.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.constl.ipld.Cid;
import org.constl.ipld.Multicodec;
import org.constl.ipld.Multihash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadsTest {

  private static final String DB1 = "/orbitdb/zdpuAmrcSRUhkQcnRQ6p4bphs7DJWGBkqczSGFYynX6moTcDL";
  private static final String DB2 = "/orbitdb/zdpuB2aBa3fyHRR2F7xYfvBtkWXdpUh85tRtiEiPNsVDEzaYz";

  @TempDir
  Path temp;

  private static Cid cid(String content) {
    return Cid.of(Multicodec.DAG_CBOR, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void headsKeepTheirOrderAndSurviveReopening() throws Exception {
    // Deliberately not in byte order: the order given is the order kept.
    List<Cid> heads = List.of(cid("c"), cid("a"), cid("b"), Cid.v0(Multihash.sha256(new byte[] {1})));
    Stores.with(temp, store -> {
      assertEquals(List.of(), store.heads().get(DB1));
      store.heads().set(DB1, heads);
      store.heads().set(DB2, List.of(cid("other")));
    });
    Stores.with(temp, store -> {
      assertEquals(heads, store.heads().get(DB1));
      assertEquals(List.of(cid("other")), store.heads().get(DB2));
      assertEquals(List.of(DB1, DB2), sorted(store.heads().databases()));
    });
  }

  @Test
  void settingReplacesAndAnEmptyListRemoves() throws Exception {
    Stores.with(temp, store -> {
      store.heads().set(DB1, List.of(cid("1"), cid("2"), cid("3")));
      store.heads().set(DB1, List.of(cid("4")));
      store.heads().set(DB2, List.of(cid("5")));
      store.heads().set(DB2, List.of());
    });
    Stores.with(temp, store -> {
      assertEquals(List.of(cid("4")), store.heads().get(DB1));
      assertEquals(List.of(), store.heads().get(DB2));
      assertEquals(List.of(DB1), store.heads().databases());
    });
  }

  @Test
  void aNullHeadIsRefusedBeforeAnythingChanges() throws Exception {
    Stores.with(temp, store -> {
      store.heads().set(DB1, List.of(cid("kept")));
      List<Cid> withNull = new ArrayList<>(List.of(cid("new")));
      withNull.add(null);
      assertThrows(NullPointerException.class, () -> store.heads().set(DB1, withNull));
      assertEquals(List.of(cid("kept")), store.heads().get(DB1));
    });
  }

  private static List<String> sorted(List<String> names) {
    return names.stream().sorted().toList();
  }
}
