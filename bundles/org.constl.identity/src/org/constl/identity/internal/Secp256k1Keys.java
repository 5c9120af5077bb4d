package org.constl.identity.internal;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;
import org.constl.identity.IdentityException;
import org.constl.identity.KeyType;
import org.constl.identity.PrivateKey;
import org.constl.identity.PublicKey;
import org.constl.ipld.Multihash;

/**
 * secp256k1 keys as {@code @libp2p/crypto} 5 (noble-curves) uses them: ECDSA over SHA-256 of the
 * message, RFC 6979 nonces, s normalised to the lower half, DER signatures, compressed public keys.
 */
public final class Secp256k1Keys {

    public static final int PRIVATE_KEY_LENGTH = 32;
    public static final int PUBLIC_KEY_LENGTH = 33;
    private static final int UNCOMPRESSED_PUBLIC_KEY_LENGTH = 65;
    /** A DER ECDSA signature over a 256-bit curve is at most 72 bytes. */
    private static final int MAX_SIGNATURE_LENGTH = 72;

    /**
     * One shared domain: Bouncy Castle caches the comb precomputation for the generator on this
     * point object, so every sign and key derivation after the first reuses it.
     */
    private static final ECDomainParameters DOMAIN;
    private static final BigInteger HALF_ORDER;

    static {
        X9ECParameters curve = CustomNamedCurves.getByName("secp256k1");
        DOMAIN = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
        HALF_ORDER = DOMAIN.getN().shiftRight(1);
    }

    private Secp256k1Keys() {
    }

    public static PrivateKey generate(SecureRandom random) {
        byte[] scalar = new byte[PRIVATE_KEY_LENGTH];
        while (true) {
            random.nextBytes(scalar);
            BigInteger d = new BigInteger(1, scalar);
            if (d.signum() > 0 && d.compareTo(DOMAIN.getN()) < 0) {
                return privateFromRaw(scalar);
            }
        }
    }

    /** The 32-byte big-endian scalar, which must lie in [1, n-1]. */
    public static PrivateKey privateFromRaw(byte[] raw) {
        if (raw.length != PRIVATE_KEY_LENGTH) {
            throw new IdentityException("secp256k1: private key must be " + PRIVATE_KEY_LENGTH + " bytes, got " + raw.length);
        }
        BigInteger d = new BigInteger(1, raw);
        if (d.signum() == 0 || d.compareTo(DOMAIN.getN()) >= 0) {
            throw new IdentityException("secp256k1: private key is not in [1, n-1]");
        }
        ECPoint q = new FixedPointCombMultiplier().multiply(DOMAIN.getG(), d).normalize();
        return new Private(new ECPrivateKeyParameters(d, DOMAIN), new Public(q));
    }

    /** A compressed (33 bytes) or uncompressed (65 bytes) point on the curve; kept compressed, as libp2p does. */
    public static PublicKey publicFromRaw(byte[] raw) {
        if (raw.length != PUBLIC_KEY_LENGTH && raw.length != UNCOMPRESSED_PUBLIC_KEY_LENGTH) {
            throw new IdentityException("secp256k1: public key must be " + PUBLIC_KEY_LENGTH + " bytes, got " + raw.length);
        }
        ECPoint q;
        try {
            q = DOMAIN.getCurve().decodePoint(raw).normalize();
        } catch (IllegalArgumentException e) {
            throw new IdentityException("secp256k1: public key is not a point on the curve", e);
        }
        if (q.isInfinity() || !q.isValid()) {
            throw new IdentityException("secp256k1: public key is not a valid curve point");
        }
        return new Public(q);
    }

    private static byte[] encode(BigInteger r, BigInteger s) {
        try {
            return StandardDSAEncoding.INSTANCE.encode(DOMAIN.getN(), r, s);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("DER encoding of a valid signature failed", e);
        }
    }

    /** The group's generator, which {@link Secp256k1BasePoint} tabulates. */
    static ECPoint generator() {
        return DOMAIN.getG();
    }

    /** The JDK's SHA-256 uses the CPU's SHA instructions where there are some, unlike Bouncy Castle's. */
    private static byte[] sha256(byte[] message) {
        return Multihash.sha256Digest(message);
    }

    private static final class Public implements PublicKey {

        private final ECPublicKeyParameters parameters;
        private final byte[] compressed;

        Public(ECPoint q) {
            this.parameters = new ECPublicKeyParameters(q, DOMAIN);
            this.compressed = q.getEncoded(true);
        }

        @Override
        public KeyType type() {
            return KeyType.SECP256K1;
        }

        @Override
        public byte[] raw() {
            return compressed.clone();
        }

        @Override
        public boolean verify(byte[] message, byte[] signature) {
            if (signature.length > MAX_SIGNATURE_LENGTH) {
                return false;
            }
            BigInteger[] rs;
            try {
                // Bouncy Castle re-encodes what it decoded and refuses any difference: strict DER.
                rs = StandardDSAEncoding.INSTANCE.decode(DOMAIN.getN(), signature);
            } catch (IllegalArgumentException | java.io.IOException e) {
                return false;
            }
            if (rs[1].compareTo(HALF_ORDER) > 0) {
                return false; // noble-curves verifies with lowS: true
            }
            ECDSASigner verifier = new ECDSASigner();
            verifier.init(false, parameters);
            return verifier.verifySignature(sha256(message), rs[0], rs[1]);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Public that && Arrays.equals(compressed, that.compressed);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(compressed);
        }

        @Override
        public String toString() {
            return "secp256k1 public key " + Hex.encode(compressed);
        }
    }

    private static final class Private implements PrivateKey {

        private final ECPrivateKeyParameters parameters;
        private final Public publicKey;

        Private(ECPrivateKeyParameters parameters, Public publicKey) {
            this.parameters = parameters;
            this.publicKey = publicKey;
        }

        @Override
        public KeyType type() {
            return KeyType.SECP256K1;
        }

        @Override
        public byte[] raw() {
            return BigIntegers.asUnsignedByteArray(PRIVATE_KEY_LENGTH, parameters.getD());
        }

        @Override
        public PublicKey publicKey() {
            return publicKey;
        }

        /** ECDSA as noble-curves signs: RFC 6979 nonce, r = x(k·G) mod n, s = k⁻¹(e + r·d) mod n, then low-S. */
        @Override
        public byte[] sign(byte[] message) {
            byte[] hash = sha256(message);
            BigInteger n = DOMAIN.getN();
            BigInteger d = parameters.getD();
            BigInteger e = new BigInteger(1, hash);
            Rfc6979Nonces nonces = new Rfc6979Nonces(n, BigIntegers.asUnsignedByteArray(PRIVATE_KEY_LENGTH, d), hash);
            while (true) {
                byte[] nonce = nonces.next();
                BigInteger r = new BigInteger(1, Secp256k1BasePoint.multiplyX(nonce)).mod(n);
                if (r.signum() == 0) {
                    continue;
                }
                BigInteger k = new BigInteger(1, nonce);
                BigInteger s = BigIntegers.modOddInverse(n, k).multiply(e.add(d.multiply(r))).mod(n);
                if (s.signum() != 0) {
                    return encode(r, s.compareTo(HALF_ORDER) > 0 ? n.subtract(s) : s);
                }
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Private that && MessageDigest.isEqual(raw(), that.raw());
        }

        @Override
        public int hashCode() {
            return publicKey.hashCode();
        }

        @Override
        public String toString() {
            return "secp256k1 private key for " + Hex.encode(publicKey.compressed);
        }
    }
}
