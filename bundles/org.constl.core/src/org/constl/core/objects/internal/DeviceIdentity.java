package org.constl.core.objects.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import org.constl.core.objects.DeviceKeys;
import org.constl.identity.FileKeyStore;
import org.constl.identity.KeyType;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.orbitdb.LogWriter;

/**
 * This device's OrbitDB identity, in the data folder's key store as the node keeps it
 * ({@link DeviceKeys}): both keys secp256k1, created when missing.
 */
final class DeviceIdentity {

  private DeviceIdentity() {
  }

  /** The writer of this device's entries; {@code passphrase} null for unencrypted keys. */
  static LogWriter loadOrCreate(Path dataFolder, char[] passphrase) throws IOException {
    FileKeyStore keys = FileKeyStore.open(dataFolder.resolve(DeviceKeys.KEYSTORE_FOLDER));
    PrivateKey identityKey = keys.loadOrCreate(DeviceKeys.ORBITDB_KEY, KeyType.SECP256K1, passphrase);
    PrivateKey signingKey = keys.loadOrCreate(HexFormat.of().formatHex(identityKey.publicKey().raw()),
        KeyType.SECP256K1, passphrase);
    return new LogWriter(OrbitDbIdentity.create(identityKey, signingKey), signingKey);
  }
}
