package org.constl.identity.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.constl.identity.IdentityException;
import org.constl.identity.KeyType;
import org.constl.identity.PrivateKey;
import org.constl.identity.PublicKey;

/** Ed25519 keys on Bouncy Castle's RFC 8032 implementation. */
public final class Ed25519Keys {

    public static final int PUBLIC_KEY_LENGTH = Ed25519.PUBLIC_KEY_SIZE;
    public static final int SEED_LENGTH = Ed25519.SECRET_KEY_SIZE;
    /** libp2p's raw private key: seed then public key. */
    public static final int PRIVATE_KEY_LENGTH = SEED_LENGTH + PUBLIC_KEY_LENGTH;
    /** The old libp2p form that repeats the public key once more. */
    private static final int REDUNDANT_PRIVATE_KEY_LENGTH = PRIVATE_KEY_LENGTH + PUBLIC_KEY_LENGTH;

    private Ed25519Keys() {
    }

    public static PrivateKey generate(SecureRandom random) {
        byte[] seed = new byte[SEED_LENGTH];
        random.nextBytes(seed);
        return fromSeed(seed);
    }

    public static PrivateKey fromSeed(byte[] seed) {
        if (seed.length != SEED_LENGTH) {
            throw new IdentityException("Ed25519: seed must be " + SEED_LENGTH + " bytes, got " + seed.length);
        }
        byte[] publicKey = new byte[PUBLIC_KEY_LENGTH];
        Ed25519.generatePublicKey(seed, 0, publicKey, 0);
        return new Private(seed.clone(), new Public(publicKey));
    }

    /** Accepts seed‖public (64 bytes) or the old seed‖public‖public (96 bytes); the public key must match the seed. */
    public static PrivateKey privateFromRaw(byte[] raw) {
        if (raw.length != PRIVATE_KEY_LENGTH && raw.length != REDUNDANT_PRIVATE_KEY_LENGTH) {
            throw new IdentityException("Ed25519: private key must be " + PRIVATE_KEY_LENGTH + " bytes, got " + raw.length);
        }
        PrivateKey key = fromSeed(Arrays.copyOf(raw, SEED_LENGTH));
        byte[] expected = key.publicKey().raw();
        for (int at = SEED_LENGTH; at < raw.length; at += PUBLIC_KEY_LENGTH) {
            if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(raw, at, at + PUBLIC_KEY_LENGTH))) {
                throw new IdentityException("Ed25519: private key holds a public key that does not match its seed");
            }
        }
        return key;
    }

    /** Like libp2p, only the length is checked here; an invalid point fails every verification. */
    public static PublicKey publicFromRaw(byte[] raw) {
        if (raw.length != PUBLIC_KEY_LENGTH) {
            throw new IdentityException("Ed25519: public key must be " + PUBLIC_KEY_LENGTH + " bytes, got " + raw.length);
        }
        return new Public(raw.clone());
    }

    private record Public(byte[] key) implements PublicKey {

        @Override
        public KeyType type() {
            return KeyType.ED25519;
        }

        @Override
        public byte[] raw() {
            return key.clone();
        }

        @Override
        public boolean verify(byte[] message, byte[] signature) {
            if (signature.length != Ed25519.SIGNATURE_SIZE) {
                return false;
            }
            return Ed25519.verify(signature, 0, key, 0, message, 0, message.length);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Public that && Arrays.equals(key, that.key);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key);
        }

        @Override
        public String toString() {
            return "Ed25519 public key " + Hex.encode(key);
        }
    }

    private record Private(byte[] seed, Public publicKey) implements PrivateKey {

        @Override
        public KeyType type() {
            return KeyType.ED25519;
        }

        @Override
        public byte[] raw() {
            byte[] raw = Arrays.copyOf(seed, PRIVATE_KEY_LENGTH);
            System.arraycopy(publicKey.key, 0, raw, SEED_LENGTH, PUBLIC_KEY_LENGTH);
            return raw;
        }

        @Override
        public byte[] sign(byte[] message) {
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            Ed25519.sign(seed, 0, publicKey.key, 0, message, 0, message.length, signature, 0);
            return signature;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Private that && MessageDigest.isEqual(seed, that.seed);
        }

        @Override
        public int hashCode() {
            return publicKey.hashCode();
        }

        @Override
        public String toString() {
            return "Ed25519 private key for " + Hex.encode(publicKey.key);
        }
    }
}
