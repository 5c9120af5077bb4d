package org.constl.core.objects;

/**
 * Where a data folder keeps this device's keys, the same for the workbench and the node: the key
 * store's folder and the name of the OrbitDB identity key (key A), as ipa names it
 * ({@code createOrbitDB({id: "constellation"})}); the signing key B is under hex(A).
 */
public final class DeviceKeys {

  /** The key store's folder in the data folder. */
  public static final String KEYSTORE_FOLDER = "keystore";
  /** The name of the OrbitDB identity key. */
  public static final String ORBITDB_KEY = "constellation";

  private DeviceKeys() {
  }
}
