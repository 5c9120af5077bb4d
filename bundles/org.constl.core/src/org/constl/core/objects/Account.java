package org.constl.core.objects;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * This device's Constellation account: the root keyvalue database {@code racine} (its address
 * is the account id) under a {@code contrôleur-constellation} whose first moderator is this
 * device's identity, with ipa's 11 sub-databases sharing that controller.
 */
public interface Account {

  /** The root database keys, each naming a sub-database ({@code structureBdCompte}). */
  String AUTOMATIONS = "automatisations";
  String FAVOURITES = "favoris";
  String DEVICE_NAMES = "nomsDispositifs";
  String PROFILE = "profil";
  String PROTOCOLS = "protocoles";
  String NETWORK = "réseau";
  String KEYWORDS = "motsClefs";
  String VARIABLES = "variables";
  String DATABASES = "bds";
  String PROJECTS = "projets";
  String CLOUDS = "nuées";

  /** The account id: the address of {@code racine}, {@code /orbitdb/zdpu...}. */
  String id();

  /** This device's OrbitDB identity id (hex public key). */
  String deviceId();

  /** The root database's keys and the addresses of their sub-databases, as stored. */
  Map<String, String> subDatabases();

  /** The devices that have a name or type, by device id ({@code nomsDispositifs}). */
  Map<String, DeviceInfo> devices();

  /** Names this device, keeping its type ({@code nommerDispositif}). */
  void nameDevice(String name);

  Subscription subscribeDevices(Consumer<Map<String, DeviceInfo>> listener);

  ProfileInfo profile();

  Subscription subscribeProfile(Consumer<ProfileInfo> listener);

  void setProfileName(String language, String name);

  void removeProfileName(String language);

  /** Adds a contact (e.g. type {@link Contact#EMAIL}); adding one already there changes nothing. */
  void addContact(Contact contact);

  /** Removes the contacts of {@code type}, or only {@code contact} of that type. */
  void removeContacts(String type, Optional<String> contact);

  /**
   * Stores the image's bytes as a UnixFS file and sets the profile's {@code image} to
   * {@code "<CID>/<file name>"}, which it returns.
   *
   * @throws InvalidRequestException when larger than {@link Images#MAX_BYTES}
   */
  String setProfileImage(byte[] content, String fileName);

  void removeProfileImage();

  /** The first-run wizard is done ({@code initialisé}). */
  void markInitialised();
}
