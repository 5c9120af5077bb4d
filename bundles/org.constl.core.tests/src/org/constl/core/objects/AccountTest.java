package org.constl.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.ipld.Cid;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.ConstellationController;
import org.constl.orbitdb.ConstellationControllerManifest;
import org.constl.orbitdb.LogWriter;
import org.constl.orbitdb.OrbitDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account {@code racine}, its devices and profile, in a real store, also after reopening. */
class AccountTest {

  /** ipa's {@code _créerBdCompte}: the 11 parts and their database types. */
  private static final Map<String, String> PARTS = Map.ofEntries(Map.entry("automatisations", "keyvalue"),
      Map.entry("favoris", "keyvalue"), Map.entry("nomsDispositifs", "keyvalue"), Map.entry("profil", "keyvalue"),
      Map.entry("protocoles", "keyvalue"), Map.entry("réseau", "keyvalue"), Map.entry("motsClefs", "set"),
      Map.entry("variables", "set"), Map.entry("bds", "set"), Map.entry("projets", "set"), Map.entry("nuées", "set"));

  @TempDir
  Path folder;

  @Test
  void theAccountIsARacineKeyvalueWithElevenPartsUnderOneControllerOfThisDevice() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      Account account = node.account();
      OrbitDb orbitDb = node.orbitDb;
      assertEquals("racine", Layouts.open(orbitDb, account.id()).name());
      assertEquals("keyvalue", Layouts.type(orbitDb, account.id()));
      ConstellationController controller = Layouts.controller(orbitDb, account.id());
      assertEquals(ConstellationControllerManifest.TYPE, controller.type());
      assertEquals(node.writer.identity().id(), controller.manifest().write());
      assertEquals(node.writer.identity().id(), account.deviceId());
      assertEquals("racine", controller.manifest().name());

      Map<String, IpldValue> root = Layouts.keyValues(orbitDb, account.id());
      assertEquals(PARTS.keySet(), root.keySet());
      assertEquals(account.subDatabases().keySet(), root.keySet());
      for (Map.Entry<String, String> part : PARTS.entrySet()) {
        String address = Layouts.string(root, part.getKey());
        assertEquals(part.getValue(), Layouts.type(orbitDb, address), part.getKey());
        assertEquals(controller.address(), Layouts.controller(orbitDb, address).address(), part.getKey());
      }

      Map<String, IpldValue> profile = Layouts.keyValues(orbitDb, Layouts.string(root, "profil"));
      assertEquals("keyvalue", Layouts.type(orbitDb, Layouts.string(profile, "noms")));
      assertEquals("set", Layouts.type(orbitDb, Layouts.string(profile, "contacts")));
      assertEquals(controller.address(), Layouts.controller(orbitDb, Layouts.string(profile, "noms")).address());

      Map<String, IpldValue> devices = Layouts.keyValues(orbitDb, Layouts.string(root, "nomsDispositifs"));
      assertEquals(Map.of(account.deviceId(), IpldValue.map(Map.of("type", IpldValue.of("ordinateur")))), devices);

      IpldValue pin = Layouts.keyValues(orbitDb, Layouts.string(root, "favoris")).get(account.id());
      assertEquals(IpldValue.of("compte"), pin.asMap().get("type"));
      assertEquals(IpldValue.of("TOUS"), pin.asMap().get("favoris"));
      assertEquals(IpldValue.of("TOUS"), pin.asMap().get("profil").asMap().get("fichiers"));
    }
  }

  @Test
  void theAccountIsOpenedAgainFromTheStoredIdWithItsDeviceNameAndProfile() throws Exception {
    TestNode node = TestNode.create(folder);
    String id = node.account().id();
    node.account().nameDevice("Portable du labo");
    node.account().setProfileName("fr", "Julien");
    node.account().setProfileName("த", "ஜூலியன்");
    node.account().addContact(new Contact(Contact.EMAIL, "julien@example.org"));
    node.account().markInitialised();
    long favouriteWrites = Layouts.open(node.orbitDb, node.account().subDatabases().get("favoris")).size();
    try (TestNode again = node.reopen()) {
      assertEquals(id, again.account().id());
      assertEquals(favouriteWrites, Layouts.open(again.orbitDb, again.account().subDatabases().get("favoris")).size(),
          "the account pin is written again only when it changes");
      DeviceInfo device = again.account().devices().get(again.account().deviceId());
      assertEquals(Optional.of("Portable du labo"), device.name());
      assertEquals(Optional.of(DeviceInfo.COMPUTER), device.type(), "naming keeps the type");
      ProfileInfo profile = again.account().profile();
      assertEquals(Map.of("fr", "Julien", "த", "ஜூலியன்"), profile.names());
      assertEquals(List.of(new Contact("courriel", "julien@example.org")), profile.contacts());
      assertTrue(profile.initialised());
      assertEquals(1, again.account().devices().size());
    }
  }

  @Test
  void contactsAreRemovedByTypeOrOneByOneAndNamesByLanguage() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      Account account = node.account();
      account.addContact(new Contact("courriel", "a@example.org"));
      account.addContact(new Contact("courriel", "b@example.org"));
      account.addContact(new Contact("site", "https://example.org"));
      account.removeContacts("courriel", Optional.of("a@example.org"));
      assertEquals(List.of(new Contact("courriel", "b@example.org"), new Contact("site", "https://example.org")),
          account.profile().contacts());
      account.removeContacts("courriel", Optional.empty());
      assertEquals(List.of(new Contact("site", "https://example.org")), account.profile().contacts());
      account.setProfileName("fr", "Julien");
      account.removeProfileName("fr");
      assertEquals(Map.of(), account.profile().names());
    }
  }

  @Test
  void theProfileImageIsAUnixFsFileNamedCidSlashFileAndTooLargeImagesAreRefused() throws Exception {
    try (TestNode node = TestNode.create(folder)) {
      byte[] png = "not really a png".getBytes(StandardCharsets.UTF_8);
      String image = node.account().setProfileImage(png, "moi.png");
      String[] parts = image.split("/");
      assertEquals(2, parts.length, image);
      assertEquals("moi.png", parts[1]);
      Cid cid = Cid.parse(parts[0]);
      assertTrue(node.store.blocks().has(cid), "the file's block is in the store");
      assertTrue(node.store.pins().isPinned(cid), "and kept");
      assertEquals(Optional.of(image), node.account().profile().image());

      InvalidRequestException tooLarge = assertThrows(InvalidRequestException.class,
          () -> node.account().setProfileImage(new byte[Images.MAX_BYTES + 1], "big.png"));
      assertTrue(tooLarge.getMessage().contains("500000"), tooLarge.getMessage());
      assertEquals(Optional.of(image), node.account().profile().image());
      node.account().removeProfileImage();
      assertFalse(node.account().profile().image().isPresent());
    }
  }

  @Test
  void anotherIdentityOnTheSameStoreCannotWriteTheAccount() throws Exception {
    String id;
    String database;
    try (TestNode owner = TestNode.create(folder)) {
      id = owner.account().id();
      database = owner.databases().create("ODbl-1_0", Optional.empty());
    }
    LogWriter stranger = TestNode.newWriter();
    try (TestNode other = TestNode.open(folder, stranger)) {
      assertEquals(id, other.account().id(), "the store's account");
      WriteRefusedException refused = assertThrows(WriteRefusedException.class,
          () -> other.account().setProfileName("fr", "Intrus"));
      assertTrue(refused.getMessage().contains(stranger.identity().id()), refused.getMessage());
      assertEquals(Map.of(), other.account().profile().names());
      assertThrows(WriteRefusedException.class, () -> other.databases().setName(database, "fr", "Intrus"));
      assertEquals(Map.of(), other.databases().get(database).names());
    }
  }
}
