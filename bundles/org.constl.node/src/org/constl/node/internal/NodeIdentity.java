package org.constl.node.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import org.constl.core.objects.DeviceKeys;
import org.constl.identity.FileKeyStore;
import org.constl.identity.KeyType;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PeerId;
import org.constl.identity.PrivateKey;

/**
 * The node's identity: a libp2p Ed25519 peer key, and the OrbitDB identity {@code @constl/ipa}
 * makes (secp256k1 key A under {@link DeviceKeys#ORBITDB_KEY}, signing key B under hex(A)). All
 * three keys live in the data folder's {@link DeviceKeys#KEYSTORE_FOLDER} folder.
 */
record NodeIdentity(PeerId peerId, OrbitDbIdentity orbitDb, PrivateKey signingKey) {

  static final String PEER_KEY = "libp2p-peer";

  /** Whether a key store folder exists at all, so that reading one never creates it. */
  static boolean keyStoreExists(Path dataFolder) {
    return Files.isDirectory(dataFolder.resolve(DeviceKeys.KEYSTORE_FOLDER));
  }

  static FileKeyStore keyStore(Path dataFolder) throws IOException {
    return FileKeyStore.open(dataFolder.resolve(DeviceKeys.KEYSTORE_FOLDER));
  }

  /** Whether both named keys exist (the signing key is found through key A). */
  static boolean exists(FileKeyStore store) {
    return store.contains(PEER_KEY) && store.contains(DeviceKeys.ORBITDB_KEY);
  }

  /** Creates the keys that are missing, never replacing one, and returns the identity. */
  static NodeIdentity create(FileKeyStore store, char[] passphrase) throws IOException {
    store.loadOrCreate(PEER_KEY, KeyType.ED25519, passphrase);
    OrbitDbIdentity.loadOrCreate(store, DeviceKeys.ORBITDB_KEY, passphrase);
    return load(store, passphrase).orElseThrow(() -> new IOException("the identity just created in " + store.folder()
        + " cannot be read back"));
  }

  /** The identity, or empty when any of its keys is missing; creates nothing. */
  static Optional<NodeIdentity> load(FileKeyStore store, char[] passphrase) throws IOException {
    Optional<PrivateKey> peerKey = store.load(PEER_KEY, passphrase);
    Optional<PrivateKey> identityKey = store.load(DeviceKeys.ORBITDB_KEY, passphrase);
    if (peerKey.isEmpty() || identityKey.isEmpty()) {
      return Optional.empty();
    }
    String signingKeyName = HexFormat.of().formatHex(identityKey.get().publicKey().raw());
    return store.load(signingKeyName, passphrase).map(signingKey -> new NodeIdentity(
        PeerId.fromPublicKey(peerKey.get().publicKey()), OrbitDbIdentity.create(identityKey.get(), signingKey),
        signingKey));
  }

  /** The peer ID alone: only the peer key is read. */
  static Optional<PeerId> loadPeerId(FileKeyStore store, char[] passphrase) throws IOException {
    return store.load(PEER_KEY, passphrase).map(key -> PeerId.fromPublicKey(key.publicKey()));
  }
}
