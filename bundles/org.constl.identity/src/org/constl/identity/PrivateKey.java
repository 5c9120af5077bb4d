package org.constl.identity;

/** A libp2p private key (Ed25519 or secp256k1) with its public key. */
public interface PrivateKey {

    KeyType type();

    /**
     * The raw key as libp2p stores it: seed followed by public key (64 bytes) for Ed25519, the
     * 32-byte big-endian scalar for secp256k1. A fresh copy: handle with care.
     */
    byte[] raw();

    PublicKey publicKey();

    /**
     * Signs as {@code @libp2p/crypto} 5 does, deterministically: Ed25519 per RFC 8032; secp256k1
     * ECDSA over SHA-256 of the message with RFC 6979 nonces, low-S, DER-encoded.
     */
    byte[] sign(byte[] message);

    /** The {@code PrivateKey} protobuf, deterministic. */
    default byte[] toProtobuf() {
        return Keys.privateKeyToProtobuf(this);
    }
}
