package org.constl.identity;

import java.security.SecureRandom;

import org.constl.identity.internal.Ed25519Keys;
import org.constl.identity.internal.KeyProtobuf;
import org.constl.identity.internal.Secp256k1Keys;

/** Creating, decoding and encoding Ed25519 and secp256k1 keys the way libp2p does. */
public final class Keys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Keys() {
    }

    /** A new random key. */
    public static PrivateKey generate(KeyType type) {
        return switch (type) {
            case ED25519 -> Ed25519Keys.generate(RANDOM);
            case SECP256K1 -> Secp256k1Keys.generate(RANDOM);
            default -> throw unsupported(type);
        };
    }

    /** The Ed25519 key of a 32-byte seed (RFC 8032 private key). */
    public static PrivateKey ed25519FromSeed(byte[] seed) {
        return Ed25519Keys.fromSeed(seed);
    }

    /** A private key from libp2p's raw form (Ed25519: seed‖public, 64 bytes; secp256k1: 32-byte scalar). */
    public static PrivateKey privateKeyFromRaw(KeyType type, byte[] raw) {
        return switch (type) {
            case ED25519 -> Ed25519Keys.privateFromRaw(raw);
            case SECP256K1 -> Secp256k1Keys.privateFromRaw(raw);
            default -> throw unsupported(type);
        };
    }

    /** A public key from libp2p's raw form (Ed25519: 32 bytes; secp256k1: compressed or uncompressed point). */
    public static PublicKey publicKeyFromRaw(KeyType type, byte[] raw) {
        return switch (type) {
            case ED25519 -> Ed25519Keys.publicFromRaw(raw);
            case SECP256K1 -> Secp256k1Keys.publicFromRaw(raw);
            default -> throw unsupported(type);
        };
    }

    public static PublicKey publicKeyFromProtobuf(byte[] protobuf) {
        KeyProtobuf.Fields fields = KeyProtobuf.decode(protobuf);
        return publicKeyFromRaw(fields.type(), fields.data());
    }

    public static PrivateKey privateKeyFromProtobuf(byte[] protobuf) {
        KeyProtobuf.Fields fields = KeyProtobuf.decode(protobuf);
        return privateKeyFromRaw(fields.type(), fields.data());
    }

    static byte[] publicKeyToProtobuf(PublicKey key) {
        return KeyProtobuf.encode(key.type(), key.raw());
    }

    static byte[] privateKeyToProtobuf(PrivateKey key) {
        return KeyProtobuf.encode(key.type(), key.raw());
    }

    private static IdentityException unsupported(KeyType type) {
        return new IdentityException("unsupported key type " + type + " (only Ed25519 and secp256k1 keys are implemented)");
    }
}
