package org.constl.identity;

/** A libp2p public key (Ed25519 or secp256k1). Implementations are immutable. */
public interface PublicKey {

    KeyType type();

    /**
     * The raw key as libp2p puts it in the protobuf {@code Data} field: 32 bytes for Ed25519, the
     * 33-byte compressed point for secp256k1. A fresh copy.
     */
    byte[] raw();

    /**
     * Checks a signature exactly as {@code @libp2p/crypto} 5 does: Ed25519 per RFC 8032; secp256k1
     * ECDSA over SHA-256 of the message, strict DER, low-S only. Malformed signatures give false.
     */
    boolean verify(byte[] message, byte[] signature);

    /** The {@code PublicKey} protobuf, deterministic. */
    default byte[] toProtobuf() {
        return Keys.publicKeyToProtobuf(this);
    }

    default PeerId peerId() {
        return PeerId.fromPublicKey(this);
    }
}
