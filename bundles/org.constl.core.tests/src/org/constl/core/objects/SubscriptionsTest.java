package org.constl.core.objects;

import static org.constl.core.objects.States.next;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.Database;
import org.constl.orbitdb.Entry;
import org.constl.orbitdb.IpfsAccessController;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.Log;
import org.constl.storage.BlockStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live subscriptions: the current state first, then each changed state, whether the change is
 * written here or joined from another replica; nothing after closing.
 */
class SubscriptionsTest {

  @TempDir
  Path folder;

  @Test
  void aDatabaseSubscriptionHearsLocalWritesAndJoinedEntriesUntilClosed() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String id = node.databases().create("ODbl-1_0", Optional.empty());
      BlockingQueue<DatabaseInfo> states = new LinkedBlockingQueue<>();
      Subscription subscription = node.databases().subscribe(id, states::add);
      assertEquals(Map.of(), next(states, state -> true).names(), "the current state comes first");

      node.databases().setName(id, "fr", "Local");
      assertEquals(Map.of("fr", "Local"), next(states, s -> s.names().containsKey("fr")).names());

      String table = node.databases().addTable(id, Optional.of("t"));
      assertEquals(List.of(new TableRef(table, "t")), next(states, s -> !s.tables().isEmpty()).tables());

      // An entry of this device written on another replica, joined here.
      Database descriptions = Layouts.open(node.orbitDb, Layouts.string(Layouts.keyValues(node.orbitDb, id),
          "descriptions"));
      BlockStore elsewhere = BlockStore.memory();
      Entry remote = new Log(descriptions.address().toString(), IpfsAccessController.create(List.of(IpfsAccessController.ANYONE)),
          elsewhere, node.writer).append(KeyValue.putPayload("en", IpldValue.of("From afar")));
      descriptions.join(remote, elsewhere);
      assertEquals(Map.of("en", "From afar"), next(states, s -> !s.descriptions().isEmpty()).descriptions());

      subscription.close();
      states.clear();
      node.databases().setName(id, "en", "After");
      BlockingQueue<List<String>> mine = new LinkedBlockingQueue<>();
      try (Subscription list = node.databases().subscribeMine(mine::add)) {
        assertEquals(List.of(id), mine.take());
        String other = node.databases().create("CC-0-1_0", Optional.empty());
        assertEquals(List.of(id, other), next(mine, l -> l.size() == 2));
      }
      assertNull(states.poll(), "a closed subscription is not called");
    }
  }

  @Test
  void theProfileAndDeviceSubscriptionsHearTheirChanges() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      BlockingQueue<ProfileInfo> profiles = new LinkedBlockingQueue<>();
      BlockingQueue<Map<String, DeviceInfo>> devices = new LinkedBlockingQueue<>();
      try (Subscription profile = node.account().subscribeProfile(profiles::add);
          Subscription device = node.account().subscribeDevices(devices::add)) {
        assertEquals(Map.of(), profiles.take().names());
        assertEquals(Optional.empty(), devices.take().get(node.account().deviceId()).name());
        node.account().addContact(new Contact(Contact.EMAIL, "a@example.org"));
        assertEquals(List.of(new Contact(Contact.EMAIL, "a@example.org")),
            next(profiles, p -> !p.contacts().isEmpty()).contacts());
        node.account().nameDevice("Bureau");
        assertEquals(Optional.of("Bureau"),
            next(devices, d -> d.get(node.account().deviceId()).name().isPresent()).get(node.account().deviceId()).name());
      }
    }
  }

  @Test
  void theQualitySubscriptionFollowsRowsAndRulesOfTheTables() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      String variable = node.variables().create(org.constl.core.rules.VariableCategory.simple(
          org.constl.core.rules.BaseCategory.NUMBER));
      String id = node.databases().create("ODbl-1_0", Optional.empty());
      BlockingQueue<QualityScore> scores = new LinkedBlockingQueue<>();
      try (Subscription subscription = node.databases().subscribeQuality(id, scores::add)) {
        assertEquals(java.util.OptionalDouble.empty(), scores.take().coverage());
        String table = node.databases().addTable(id, Optional.of("t"));
        node.tables().addColumn(table, Optional.of(variable), Optional.of("n"));
        assertEquals(0.0, next(scores, s -> s.coverage().isPresent()).coverage().getAsDouble());
        node.tables().addRows(table, List.of(Map.of("n", IpldValue.of("not a number"))));
        assertEquals(0.0, next(scores, s -> s.validity().isPresent()).validity().getAsDouble());
        node.tables().addRule(table, "n", new org.constl.core.rules.Rule.Exists());
        assertEquals(1.0, next(scores, s -> s.coverage().orElse(0) == 1.0).coverage().getAsDouble());
      }
    }
  }
}
