package org.constl.identity;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;

import org.constl.identity.internal.Hex;
import org.constl.ipld.Block;
import org.constl.ipld.Cid;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multibase;
import org.constl.ipld.Multicodec;

/**
 * An OrbitDB identity with the {@code publickey} provider, as {@code @orbitdb/core} 2.5 builds it:
 * <pre>
 * {id: hex(A), publicKey: hex(B),
 *  signatures: {id: hex(sign_B(id)), publicKey: hex(sign_A(publicKey + signatures.id))},
 *  type: "publickey"}
 * </pre>
 * Key A names the identity ({@code id} goes into access-controller write lists); key B signs
 * entries. The identity is stored as a DAG-CBOR block; its hash is the base58btc CIDv1 text
 * ({@code zdpu...}) entries refer to. Immutable.
 */
public final class OrbitDbIdentity {

    public static final String TYPE_PUBLICKEY = "publickey";
    /** Far above a real identity block (478 bytes for secp256k1 keys). */
    public static final int MAX_BLOCK_LENGTH = 4096;

    private static final Set<String> FIELDS = Set.of("id", "publicKey", "signatures", "type");
    private static final Set<String> SIGNATURE_FIELDS = Set.of("id", "publicKey");

    private final String id;
    private final String publicKey;
    private final String idSignature;
    private final String publicKeySignature;
    private final String type;
    private final Block block;
    /** Every entry this identity signs carries it, so it is computed once. */
    private final String hash;

    private OrbitDbIdentity(String id, String publicKey, String idSignature, String publicKeySignature, String type) {
        this.id = id;
        this.publicKey = publicKey;
        this.idSignature = idSignature;
        this.publicKeySignature = publicKeySignature;
        this.type = type;
        this.block = DagCbor.encodeBlock(toValue());
        this.hash = block.cid().toString(Multibase.BASE58BTC);
    }

    /**
     * Creates the identity of identity key A and signing key B, as {@code Identities.createIdentity}
     * does (OrbitDB's keystore holds secp256k1 keys).
     */
    public static OrbitDbIdentity create(PrivateKey identityKey, PrivateKey signingKey) {
        String id = Hex.encode(identityKey.publicKey().raw());
        String publicKey = Hex.encode(signingKey.publicKey().raw());
        String idSignature = OrbitDbSignatures.sign(signingKey, id);
        String publicKeySignature = OrbitDbSignatures.sign(identityKey, publicKey + idSignature);
        return new OrbitDbIdentity(id, publicKey, idSignature, publicKeySignature, TYPE_PUBLICKEY);
    }

    /**
     * The identity called {@code name} in {@code store}, laid out as OrbitDB's keystore does: key A
     * under {@code name}, key B under hex(A); both secp256k1, created when missing.
     */
    public static OrbitDbIdentity loadOrCreate(FileKeyStore store, String name, char[] passphrase) throws IOException {
        PrivateKey identityKey = store.loadOrCreate(name, KeyType.SECP256K1, passphrase);
        PrivateKey signingKey = store.loadOrCreate(Hex.encode(identityKey.publicKey().raw()), KeyType.SECP256K1, passphrase);
        return create(identityKey, signingKey);
    }

    /**
     * Decodes an identity block. Only the canonical shape is accepted: exactly the fields OrbitDB
     * writes, all non-empty strings (so the block re-encodes to the same bytes and hash).
     */
    public static OrbitDbIdentity decode(byte[] bytes) {
        if (bytes.length > MAX_BLOCK_LENGTH) {
            throw new IdentityException("orbitdb identity: block of " + bytes.length + " bytes, more than " + MAX_BLOCK_LENGTH);
        }
        try {
            IpldValue.MapValue map = fields(DagCbor.decode(bytes), FIELDS, "identity");
            IpldValue.MapValue signatures = fields(map.get("signatures"), SIGNATURE_FIELDS, "signatures");
            OrbitDbIdentity identity = new OrbitDbIdentity(text(map, "id"), text(map, "publicKey"),
                    text(signatures, "id"), text(signatures, "publicKey"), text(map, "type"));
            if (!MessageDigest.isEqual(bytes, identity.block.bytes())) {
                throw new IdentityException("orbitdb identity: block does not re-encode to the same bytes");
            }
            return identity;
        } catch (IpldException e) {
            throw new IdentityException("orbitdb identity: " + e.getMessage(), e);
        }
    }

    /**
     * Whether both signatures hold, as {@code Identities.verifyIdentity} checks them: signatures.id
     * by publicKey over id, signatures.publicKey by id over publicKey + signatures.id. Only the
     * {@code publickey} type is known.
     */
    public boolean verify() {
        return TYPE_PUBLICKEY.equals(type)
                && OrbitDbSignatures.verify(idSignature, publicKey, id)
                && OrbitDbSignatures.verify(publicKeySignature, id, publicKey + idSignature);
    }

    /** Signs {@code data} (e.g. an entry's 6-field block) with the signing key B of this identity. */
    public String sign(PrivateKey signingKey, byte[] data) {
        if (!Hex.encode(signingKey.publicKey().raw()).equals(publicKey)) {
            throw new IdentityException("orbitdb identity: the key given is not this identity's signing key");
        }
        return OrbitDbSignatures.sign(signingKey, data);
    }

    /** Whether {@code signatureHex} is this identity's signature of {@code data}. */
    public boolean verifySignature(String signatureHex, byte[] data) {
        return OrbitDbSignatures.verify(signatureHex, publicKey, data);
    }

    /** The hex public key of key A: the value access controllers list. */
    public String id() {
        return id;
    }

    /** The hex public key of signing key B: entries carry it as {@code key} and {@code clock.id}. */
    public String publicKey() {
        return publicKey;
    }

    public String idSignature() {
        return idSignature;
    }

    public String publicKeySignature() {
        return publicKeySignature;
    }

    public String type() {
        return type;
    }

    public IpldValue toValue() {
        return IpldValue.map(Map.of(
                "id", IpldValue.of(id),
                "publicKey", IpldValue.of(publicKey),
                "signatures", IpldValue.map(Map.of("id", IpldValue.of(idSignature), "publicKey", IpldValue.of(publicKeySignature))),
                "type", IpldValue.of(type)));
    }

    /** The DAG-CBOR block. */
    public byte[] bytes() {
        return block.bytes();
    }

    public Cid cid() {
        return block.cid();
    }

    /** The hash OrbitDB uses: base58btc CIDv1 dag-cbor sha2-256, {@code zdpu...}. */
    public String hash() {
        return hash;
    }

    /** Parses an identity hash, which must be the {@code zdpu...} form of a dag-cbor CID. */
    public static Cid parseHash(String hash) {
        try {
            Cid cid = Cid.parse(hash);
            if (cid.version() != 1 || cid.codec() != Multicodec.DAG_CBOR || !hash.startsWith("z")) {
                throw new IdentityException("orbitdb identity: hash must be a base58btc dag-cbor CIDv1: " + hash);
            }
            return cid;
        } catch (IpldException e) {
            throw new IdentityException("orbitdb identity: bad hash: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrbitDbIdentity that && block.equals(that.block);
    }

    @Override
    public int hashCode() {
        return block.hashCode();
    }

    @Override
    public String toString() {
        return "OrbitDbIdentity[" + hash() + ", id " + id + "]";
    }

    private static IpldValue.MapValue fields(IpldValue value, Set<String> expected, String what) {
        IpldValue.MapValue map = value.asMap();
        if (!map.entries().keySet().equals(expected)) {
            throw new IdentityException("orbitdb identity: " + what + " must have exactly the fields " + expected
                    + ", found " + map.entries().keySet());
        }
        return map;
    }

    private static String text(IpldValue.MapValue map, String key) {
        String value = map.get(key).asString();
        if (value.isEmpty()) {
            throw new IdentityException("orbitdb identity: field '" + key + "' is empty");
        }
        return value;
    }
}
