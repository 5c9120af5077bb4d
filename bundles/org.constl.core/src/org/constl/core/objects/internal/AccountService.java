package org.constl.core.objects.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.constl.core.objects.Account;
import org.constl.core.objects.ConstellationException;
import org.constl.core.objects.Contact;
import org.constl.core.objects.DeviceInfo;
import org.constl.core.objects.ProfileInfo;
import org.constl.core.objects.Subscription;
import org.constl.ipld.IpldValue;
import org.constl.ipld.IpldValue.MapValue;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.SetDb;

/** The account {@code racine}, its devices and its profile ({@code client.ts}, {@code profil.ts}). */
final class AccountService implements Account {

  /** The keyvalue sub-databases of the root, in the order ipa creates them. */
  private static final List<String> KEYVALUE_PARTS = List.of(AUTOMATIONS, FAVOURITES, DEVICE_NAMES, PROFILE,
      PROTOCOLS, NETWORK);
  /** The set sub-databases of the root, in the order ipa creates them. */
  private static final List<String> SET_PARTS = List.of(KEYWORDS, VARIABLES, DATABASES, PROJECTS, CLOUDS);

  private final ObjectStore store;
  private final String id;

  AccountService(ObjectStore store, String id) {
    this.store = store;
    this.id = id;
  }

  /**
   * Creates the account as ipa's {@code _créerBdCompte} and {@code profil.créerBdsInternes} do, then
   * names this device's type ({@code nommerDispositif}); returns the account id.
   */
  static String create(ObjectStore store) {
    String device = store.deviceId();
    String root = store.create(Layout.ACCOUNT_ROOT_NAME, KeyValue.TYPE, device);
    String controller = store.controller(root);
    for (String part : KEYVALUE_PARTS) {
      store.put(root, part, IpldValue.of(store.create(KeyValue.TYPE, controller)));
    }
    for (String part : SET_PARTS) {
      store.put(root, part, IpldValue.of(store.create(SetDb.TYPE, controller)));
    }
    String profile = store.get(root, PROFILE).orElseThrow().asString();
    String profileController = store.controller(profile);
    store.put(profile, Layout.NAMES, IpldValue.of(store.create(KeyValue.TYPE, profileController)));
    store.put(profile, Layout.CONTACTS, IpldValue.of(store.create(SetDb.TYPE, profileController)));
    String deviceNames = store.get(root, DEVICE_NAMES).orElseThrow().asString();
    store.put(deviceNames, device, deviceValue(Optional.empty(), Optional.of(DeviceInfo.COMPUTER)));
    return root;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String deviceId() {
    return store.deviceId();
  }

  @Override
  public Map<String, String> subDatabases() {
    return ObjectServices.subDatabases(store.entries(id));
  }

  /** The address of one of the root's sub-databases. */
  String part(String key) {
    String address = subDatabases().get(key);
    if (address == null) {
      throw new ConstellationException("the account " + id + " has no " + key + " database");
    }
    return address;
  }

  @Override
  public Map<String, DeviceInfo> devices() {
    Map<String, DeviceInfo> devices = new LinkedHashMap<>();
    store.entries(part(DEVICE_NAMES)).forEach((device, value) -> {
      if (value instanceof MapValue map) {
        devices.put(device, new DeviceInfo(device, Layout.string(map, Layout.DEVICE_NAME),
            Layout.string(map, Layout.DEVICE_TYPE)));
      }
    });
    return devices;
  }

  @Override
  public void nameDevice(String name) {
    Optional<String> type = Optional.ofNullable(devices().get(deviceId())).flatMap(DeviceInfo::type);
    store.put(part(DEVICE_NAMES), deviceId(), deviceValue(Optional.of(name).filter(n -> !n.isEmpty()), type));
  }

  /** {@code {nom?, type?}}: ipa leaves out what is empty. */
  private static MapValue deviceValue(Optional<String> name, Optional<String> type) {
    MapValue.Builder value = MapValue.builder();
    name.ifPresent(n -> value.put(Layout.DEVICE_NAME, IpldValue.of(n)));
    type.ifPresent(t -> value.put(Layout.DEVICE_TYPE, IpldValue.of(t)));
    return value.build();
  }

  @Override
  public Subscription subscribeDevices(Consumer<Map<String, DeviceInfo>> listener) {
    return Live.start(store, this::devices, () -> Set.of(part(DEVICE_NAMES)), listener);
  }

  @Override
  public ProfileInfo profile() {
    Map<String, IpldValue> profile = store.entries(part(PROFILE));
    Map<String, String> names = Layout.string(Optional.ofNullable(profile.get(Layout.NAMES))).map(store::texts)
        .orElse(Map.of());
    List<Contact> contacts = new ArrayList<>();
    Layout.string(Optional.ofNullable(profile.get(Layout.CONTACTS))).ifPresent(address ->
        store.elements(address).forEach(element -> contact(element).ifPresent(contacts::add)));
    boolean initialised = profile.get(Layout.INITIALISED) instanceof IpldValue.BoolValue b && b.value();
    return new ProfileInfo(names, contacts, Layout.string(Optional.ofNullable(profile.get(Layout.IMAGE))), initialised);
  }

  @Override
  public Subscription subscribeProfile(Consumer<ProfileInfo> listener) {
    return Live.start(store, this::profile, () -> store.withParts(part(PROFILE)), listener);
  }

  @Override
  public void setProfileName(String language, String name) {
    store.put(profilePart(Layout.NAMES), language, IpldValue.of(name));
  }

  @Override
  public void removeProfileName(String language) {
    store.delete(profilePart(Layout.NAMES), language);
  }

  @Override
  public void addContact(Contact contact) {
    store.add(profilePart(Layout.CONTACTS), contactValue(contact));
  }

  @Override
  public void removeContacts(String type, Optional<String> contact) {
    String contacts = profilePart(Layout.CONTACTS);
    for (IpldValue element : store.elements(contacts)) {
      Optional<Contact> found = contact(element);
      if (found.isPresent() && found.get().type().equals(type)
          && contact.map(c -> c.equals(found.get().contact())).orElse(true)) {
        store.remove(contacts, contactValue(found.get()));
      }
    }
  }

  @Override
  public String setProfileImage(byte[] content, String fileName) {
    ObjectServices.checkImage(content);
    String image = store.addFile(content, fileName);
    store.put(part(PROFILE), Layout.IMAGE, IpldValue.of(image));
    return image;
  }

  @Override
  public void removeProfileImage() {
    store.delete(part(PROFILE), Layout.IMAGE);
  }

  @Override
  public void markInitialised() {
    store.put(part(PROFILE), Layout.INITIALISED, IpldValue.of(true));
  }

  /** The ids a set of the account lists ({@code bds}, {@code variables}...): its string elements. */
  List<String> listed(String key) {
    return store.elements(part(key)).stream().filter(IpldValue.StringValue.class::isInstance)
        .map(IpldValue::asString).toList();
  }

  Subscription subscribeListed(String key, Consumer<List<String>> listener) {
    return Live.start(store, () -> listed(key), () -> Set.of(part(key)), listener);
  }

  /** Adds an id to one of the account's sets, unless it is there already. */
  void list(String key, String objectId) {
    if (!listed(key).contains(objectId)) {
      store.add(part(key), IpldValue.of(objectId));
    }
  }

  void unlist(String key, String objectId) {
    store.remove(part(key), IpldValue.of(objectId));
  }

  /** Pins an object as a favourite ({@code favoris.épinglerFavori}): written only when it changes. */
  void pin(String objectId, MapValue pin) {
    String favourites = part(FAVOURITES);
    if (!store.get(favourites, objectId).equals(Optional.of(pin))) {
      store.put(favourites, objectId, pin);
    }
  }

  void unpin(String objectId) {
    store.delete(part(FAVOURITES), objectId);
  }

  private String profilePart(String key) {
    return Layout.string(store.get(part(PROFILE), key))
        .orElseThrow(() -> new ConstellationException("the profile of account " + id + " has no " + key + " database"));
  }

  private static MapValue contactValue(Contact contact) {
    return MapValue.builder().put(Layout.CONTACT_TYPE, IpldValue.of(contact.type()))
        .put(Layout.CONTACT, IpldValue.of(contact.contact())).build();
  }

  private static Optional<Contact> contact(IpldValue element) {
    if (!(element instanceof MapValue map)) {
      return Optional.empty();
    }
    Optional<String> type = Layout.string(map, Layout.CONTACT_TYPE);
    Optional<String> contact = Layout.string(map, Layout.CONTACT);
    return type.isPresent() && contact.isPresent() ? Optional.of(new Contact(type.get(), contact.get())) : Optional.empty();
  }
}
