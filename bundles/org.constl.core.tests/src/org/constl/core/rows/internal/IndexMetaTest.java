package org.constl.core.rows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.Entry;
import org.constl.orbitdb.IpfsAccessController;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.Log;
import org.constl.orbitdb.LogWriter;
import org.constl.storage.BlockStore;
import org.junit.jupiter.api.Test;

/** The heads an index keeps: they tell it is up to date only while every entry they follow is reflected. */
class IndexMetaTest {

  private final BlockStore blocks = BlockStore.memory();
  private final IpfsAccessController anyone = IpfsAccessController.create(List.of(IpfsAccessController.ANYONE));

  private static LogWriter newWriter() {
    PrivateKey identityKey = Keys.generate(KeyType.SECP256K1);
    PrivateKey signingKey = Keys.generate(KeyType.SECP256K1);
    return new LogWriter(OrbitDbIdentity.create(identityKey, signingKey), signingKey);
  }

  private static Entry put(Log log, String key) {
    return log.append(KeyValue.putPayload(key, IpldValue.of(1)));
  }

  @Test
  void entriesAddedInAnyOrderWithinABatchKeepTheHeads() {
    Log log = new Log("log", anyone, blocks, newWriter());
    put(log, "a");
    IndexMeta meta = IndexMeta.empty();
    meta.reflect(1, log.heads());
    Entry b = put(log, "b");
    Entry c = put(log, "c");
    assertFalse(meta.reflects(log.heads()));
    meta.addEntries(List.of(c, b));
    assertTrue(meta.reflects(log.heads()));
    assertEquals(3, meta.entries());
    IndexMeta decoded = IndexMeta.decode(meta.encode());
    assertTrue(decoded.reflects(log.heads()));
  }

  /** An index kept before the search texts left addresses out says so, and is built again. */
  @Test
  void anIndexOfAnOlderFormOfSearchTextsIsNotCurrent() {
    assertTrue(IndexMeta.decode(IndexMeta.empty().encode()).searchTextsCurrent());
    IpldValue.MapValue older = IpldValue.MapValue.builder().put("entries", IpldValue.of(3))
        .put("slots", IpldValue.list(IpldValue.of("a"))).build();
    assertFalse(IndexMeta.decode(DagCbor.encode(older)).searchTextsCurrent());
  }

  /**
   * A peer's entry and a merge that follows it and one entry the index missed: the heads computed
   * from what was reflected would be the log's, so they are given up and the count decides.
   */
  @Test
  void anEntryFollowingOneNotReflectedLeavesOnlyTheCount() {
    Log mine = new Log("log", anyone, blocks, newWriter());
    put(mine, "a");
    Log peers = new Log("log", anyone, blocks, newWriter());
    peers.join(mine);
    Entry theirs = put(peers, "p");
    IndexMeta meta = IndexMeta.empty();
    meta.reflect(1, mine.heads());
    put(mine, "missed");
    mine.join(peers);
    Entry merge = put(mine, "m");
    meta.addEntries(List.of(theirs));
    assertTrue(meta.knowsHeads());
    meta.addEntries(List.of(merge));
    assertFalse(meta.knowsHeads());
    assertFalse(meta.reflects(mine.heads()));
    assertEquals(3, meta.entries());
    assertFalse(IndexMeta.decode(meta.encode()).knowsHeads());
  }
}
