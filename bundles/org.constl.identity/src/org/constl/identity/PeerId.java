package org.constl.identity;

import java.util.Optional;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.Multibase;
import org.constl.ipld.Multicodec;
import org.constl.ipld.Multihash;

/**
 * A libp2p peer ID: the multihash of the peer's {@code PublicKey} protobuf, an identity multihash
 * when the protobuf is at most 42 bytes (Ed25519, secp256k1) and sha2-256 otherwise (RSA). Text
 * forms: bare base58btc ({@code 12D3KooW...}, {@code 16Uiu2...}, {@code Qm...}) and a CIDv1 with
 * codec {@code libp2p-key} ({@code bafz...} in base32, {@code k51...} in base36). Immutable; equal
 * when the multihashes are equal.
 */
public final class PeerId {

    /** The longest protobuf kept inline in an identity multihash. */
    public static final int MAX_INLINE_KEY_LENGTH = 42;
    /** Longer text cannot be a peer ID of a supported key; refused before any decoding work. */
    private static final int MAX_TEXT_LENGTH = 256;
    /** The prefixes {@code @libp2p/peer-id} recognises as libp2p-key CID text. */
    private static final String[] CID_PREFIXES = {"k51qzi5uqu5", "kzwfwjn5ji4", "k2k4r8", "bafz"};

    private final Multihash multihash;
    private final PublicKey publicKey;

    private PeerId(Multihash multihash, PublicKey publicKey) {
        this.multihash = multihash;
        this.publicKey = publicKey;
    }

    public static PeerId fromPublicKey(PublicKey key) {
        byte[] protobuf = key.toProtobuf();
        Multihash hash = protobuf.length <= MAX_INLINE_KEY_LENGTH ? Multihash.identity(protobuf) : Multihash.sha256(protobuf);
        return new PeerId(hash, key);
    }

    /**
     * A peer ID from its multihash: sha2-256 (the key is then unknown) or identity over the
     * protobuf of an Ed25519 or secp256k1 key.
     */
    public static PeerId fromMultihash(Multihash multihash) {
        if (multihash.code() == Multicodec.SHA2_256) {
            return new PeerId(multihash, null);
        }
        if (multihash.code() != Multicodec.IDENTITY) {
            throw new IdentityException("peer id: multihash must be identity or sha2-256, got " + Multicodec.name(multihash.code()));
        }
        byte[] protobuf = multihash.digest();
        if (protobuf.length > MAX_INLINE_KEY_LENGTH) {
            throw new IdentityException("peer id: identity multihash of " + protobuf.length + " bytes, more than " + MAX_INLINE_KEY_LENGTH);
        }
        return new PeerId(multihash, Keys.publicKeyFromProtobuf(protobuf));
    }

    /** A peer ID from the binary multihash (as in multiaddr {@code /p2p/} and identify messages). */
    public static PeerId fromBytes(byte[] multihashBytes) {
        try {
            return fromMultihash(Multihash.decode(multihashBytes));
        } catch (IpldException e) {
            throw new IdentityException("peer id: " + e.getMessage(), e);
        }
    }

    /** Parses the same text forms as {@code peerIdFromString} of {@code @libp2p/peer-id} 5 (without a decoder). */
    public static PeerId parse(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IdentityException("peer id: text of " + text.length() + " characters, more than " + MAX_TEXT_LENGTH);
        }
        try {
            if (text.startsWith("1") || text.startsWith("Q")) {
                return fromBytes(Multibase.BASE58BTC.decodeBare(text));
            }
            for (String prefix : CID_PREFIXES) {
                if (text.startsWith(prefix)) {
                    return fromCid(Cid.parse(text));
                }
            }
        } catch (IpldException e) {
            throw new IdentityException("peer id: " + e.getMessage(), e);
        }
        throw new IdentityException("peer id: not base58btc starting with 1 or Q, nor a libp2p-key CID: '" + abbreviate(text) + "'");
    }

    public static PeerId fromCid(Cid cid) {
        if (cid.version() != 1 || cid.codec() != Multicodec.LIBP2P_KEY) {
            throw new IdentityException("peer id: CID must be version 1 with codec libp2p-key, got " + Multicodec.name(cid.codec()));
        }
        return fromMultihash(cid.multihash());
    }

    public Multihash multihash() {
        return multihash;
    }

    /** The binary multihash. */
    public byte[] bytes() {
        return multihash.bytes();
    }

    /** The public key, when the peer ID holds it inline. */
    public Optional<PublicKey> publicKey() {
        return Optional.ofNullable(publicKey);
    }

    public Cid toCid() {
        return Cid.v1(Multicodec.LIBP2P_KEY, multihash);
    }

    /** The CIDv1 text form in base32, {@code bafz...}. */
    public String toCidString() {
        return toCid().toString();
    }

    /** The usual text form, bare base58btc: {@code 12D3KooW...} for Ed25519. */
    @Override
    public String toString() {
        return Multibase.BASE58BTC.encodeBare(multihash.bytes());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PeerId that && multihash.equals(that.multihash);
    }

    @Override
    public int hashCode() {
        return multihash.hashCode();
    }

    private static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }
}
