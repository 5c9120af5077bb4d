package org.constl.core.objects.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import org.constl.identity.FileKeyStore;
import org.constl.identity.KeyType;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.orbitdb.LogWriter;

/**
 * This device's OrbitDB identity, in the data folder's key store as the node keeps it
 * ({@code org.constl.node}'s {@code NodeIdentity}): key A under {@value #KEY_NAME}, signing key B
 * under hex(A), both secp256k1; created when missing.
 */
final class DeviceIdentity {

  /** The key store's folder in the data folder. */
  static final String KEYSTORE_FOLDER = "keystore";
  /** ipa's identity name ({@code createOrbitDB({id: "constellation"})}). */
  static final String KEY_NAME = "constellation";

  private DeviceIdentity() {
  }

  /** The writer of this device's entries; {@code passphrase} null for unencrypted keys. */
  static LogWriter loadOrCreate(Path dataFolder, char[] passphrase) throws IOException {
    FileKeyStore keys = FileKeyStore.open(dataFolder.resolve(KEYSTORE_FOLDER));
    PrivateKey identityKey = keys.loadOrCreate(KEY_NAME, KeyType.SECP256K1, passphrase);
    PrivateKey signingKey = keys.loadOrCreate(HexFormat.of().formatHex(identityKey.publicKey().raw()),
        KeyType.SECP256K1, passphrase);
    return new LogWriter(OrbitDbIdentity.create(identityKey, signingKey), signingKey);
  }
}
