package org.constl.identity.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;
import org.constl.identity.PrivateKey;
import org.junit.jupiter.api.Test;

/**
 * Our field arithmetic and base-point multiplication against {@link BigInteger} and Bouncy
 * Castle's own ECDSA, which the signing code replaced.
 */
class Secp256k1SigningTest {

    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final BigInteger P = Secp256k1Field.P;
    private static final BigInteger N = CURVE.getN();
    private static final long[] P_LIMBS = {0xFFFFEFFFFFC2FL, (1L << 52) - 1, (1L << 52) - 1, (1L << 52) - 1, (1L << 48) - 1};

    @Test
    void productsAndSquaresMatchBigIntegerUpToMagnitudeEight() {
        Random random = new Random(20261122);
        for (int round = 0; round < 20_000; round++) {
            long[] a = looseElement(random, 1 + random.nextInt(8));
            long[] b = looseElement(random, 1 + random.nextInt(8));
            BigInteger expected = value(a).multiply(value(b)).mod(P);
            long[] product = Secp256k1Field.element();
            Secp256k1Field.mul(product, a, b);
            assertMagnitudeOne(product);
            assertEquals(expected, canonical(product), "product, round " + round);
            long[] square = Secp256k1Field.element();
            Secp256k1Field.sqr(square, a);
            assertMagnitudeOne(square);
            assertEquals(value(a).pow(2).mod(P), canonical(square), "square, round " + round);
        }
    }

    @Test
    void negationWeakeningAndNormalizationKeepTheValue() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            int magnitude = 1 + random.nextInt(7);
            long[] a = looseElement(random, magnitude);
            long[] negated = Secp256k1Field.element();
            Secp256k1Field.negate(negated, a, magnitude);
            assertEquals(value(a).negate().mod(P), canonical(negated));
            long[] weakened = a.clone();
            Secp256k1Field.weaken(weakened);
            assertMagnitudeOne(weakened);
            assertEquals(value(a).mod(P), canonical(weakened));
        }
        // values at and just around p, 2^256 and zero in non-canonical forms
        for (BigInteger edge : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE, P.subtract(BigInteger.ONE), P, P.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)}) {
            long[] a = limbsOf(edge);
            assertEquals(edge.mod(P), canonical(a), edge.toString(16));
        }
        long[] twoP = P_LIMBS.clone();
        for (int i = 0; i < twoP.length; i++) {
            twoP[i] *= 2;
        }
        assertEquals(BigInteger.ZERO, canonical(twoP));
    }

    @Test
    void bytesRoundTrip() {
        Random random = new Random(3);
        for (int round = 0; round < 1_000; round++) {
            BigInteger x = new BigInteger(256, random).mod(P);
            long[] limbs = Secp256k1Field.element();
            Secp256k1Field.fromBigInteger(limbs, x);
            assertEquals(x, Secp256k1Field.toBigInteger(limbs));
        }
    }

    @Test
    void baseMultiplesMatchBouncyCastle() {
        List<BigInteger> scalars = new ArrayList<>();
        for (long small = 1; small <= 40; small++) {
            scalars.add(BigInteger.valueOf(small));
        }
        // every 5-bit window 16 (the largest positive digit) or 17 (the first that carries)
        BigInteger sixteens = new BigInteger("10000".repeat(51), 2);
        BigInteger seventeens = new BigInteger("10001".repeat(51), 2);
        BigInteger c = BigInteger.ONE.shiftLeft(256).subtract(N); // 2^256 mod n
        scalars.addAll(List.of(N.subtract(BigInteger.ONE), N.subtract(BigInteger.TWO), N.shiftRight(1), N.shiftRight(1).add(BigInteger.ONE),
            BigInteger.ONE.shiftLeft(255), BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(250), sixteens, seventeens,
            c, c.shiftLeft(1))); // the k whose top digit could meet its double, were it large enough to have one
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            BigInteger k = new BigInteger(256, random).mod(N);
            scalars.add(k.signum() == 0 ? BigInteger.ONE : k);
        }
        for (int i = 0; i < 200; i++) {
            // sparse scalars: runs of zero windows, and windows of 16 and 17 around the carry's edge
            StringBuilder bits = new StringBuilder();
            for (int window = 0; window < 51; window++) {
                int pick = random.nextInt(10);
                bits.append(pick < 6 ? "00000" : pick < 7 ? "10000" : pick < 8 ? "10001" : pick < 9 ? "11111" : "01111");
            }
            BigInteger k = new BigInteger(bits.toString(), 2).mod(N);
            scalars.add(k.signum() == 0 ? BigInteger.ONE : k);
        }
        FixedPointCombMultiplier reference = new FixedPointCombMultiplier();
        for (BigInteger k : scalars) {
            byte[] expected = reference.multiply(CURVE.getG(), k).normalize().getAffineXCoord().getEncoded();
            assertArrayEquals(expected, Secp256k1BasePoint.multiplyX(BigIntegers.asUnsignedByteArray(32, k)), k.toString(16));
        }
    }

    @Test
    void signaturesAreBouncyCastlesByteForByte() throws Exception {
        ECDomainParameters domain = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), N, CURVE.getH());
        Random random = new Random(5);
        for (int round = 0; round < 500; round++) {
            byte[] raw = new byte[32];
            random.nextBytes(raw);
            raw[0] &= 0x7F;
            if (new BigInteger(1, raw).signum() == 0) {
                continue;
            }
            byte[] message = new byte[random.nextInt(600)];
            random.nextBytes(message);
            PrivateKey key = Secp256k1Keys.privateFromRaw(raw);

            ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
            signer.init(true, new ECPrivateKeyParameters(new BigInteger(1, raw), domain));
            BigInteger[] rs = signer.generateSignature(MessageDigest.getInstance("SHA-256").digest(message));
            BigInteger s = rs[1].compareTo(N.shiftRight(1)) > 0 ? N.subtract(rs[1]) : rs[1];
            byte[] expected = StandardDSAEncoding.INSTANCE.encode(N, rs[0], s);

            byte[] signature = key.sign(message);
            assertArrayEquals(expected, signature, "round " + round);
            assertTrue(key.publicKey().verify(message, signature));
        }
    }

    /**
     * The first nonce equals Bouncy Castle's RFC 6979 generator's, for the real order and for a
     * 256-bit order that refuses about half the candidates, so the reseeding path runs too.
     */
    @Test
    void noncesFollowRfc6979() {
        // below 2^255, so the digest and key reduce to themselves under both orders
        BigInteger halfRefusing = BigInteger.ONE.shiftLeft(255).add(BigInteger.ONE);
        Random random = new Random(13);
        int reseeded = 0;
        for (int round = 0; round < 200; round++) {
            BigInteger d = new BigInteger(254, random).add(BigInteger.ONE);
            byte[] digest = new byte[32];
            random.nextBytes(digest);
            digest[0] &= 0x7F;
            BigInteger firstCandidate = referenceNonce(N, d, digest);
            assertEquals(firstCandidate, new BigInteger(1, new Rfc6979Nonces(N, BigIntegers.asUnsignedByteArray(32, d), digest).next()));
            BigInteger afterRefusals = referenceNonce(halfRefusing, d, digest);
            assertEquals(afterRefusals, new BigInteger(1, new Rfc6979Nonces(halfRefusing, BigIntegers.asUnsignedByteArray(32, d), digest).next()));
            if (firstCandidate.compareTo(halfRefusing) >= 0) {
                reseeded++;
            }
        }
        assertTrue(reseeded > 50, "only " + reseeded + " rounds refused their first candidate");
    }

    private static BigInteger referenceNonce(BigInteger order, BigInteger d, byte[] digest) {
        HMacDSAKCalculator reference = new HMacDSAKCalculator(new SHA256Digest());
        reference.init(order, d, digest);
        return reference.nextK();
    }

    /** An element whose limbs are spread up to the bound of the given magnitude, limb 4 included. */
    private static long[] looseElement(Random random, int magnitude) {
        long[] limbs = new long[5];
        for (int i = 0; i < 5; i++) {
            long bound = 2L * magnitude * P_LIMBS[i];
            limbs[i] = switch (random.nextInt(4)) {
                case 0 -> bound;
                case 1 -> 0;
                default -> Math.floorMod(random.nextLong(), bound + 1);
            };
        }
        return limbs;
    }

    private static void assertMagnitudeOne(long[] limbs) {
        for (int i = 0; i < 5; i++) {
            assertTrue(limbs[i] >= 0 && limbs[i] <= 2 * P_LIMBS[i], "limb " + i + " = " + Long.toHexString(limbs[i]));
        }
    }

    private static BigInteger value(long[] limbs) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 4; i >= 0; i--) {
            v = v.shiftLeft(52).add(BigInteger.valueOf(limbs[i]));
        }
        return v;
    }

    private static long[] limbsOf(BigInteger v) {
        long[] limbs = new long[5];
        for (int i = 0; i < 5; i++) {
            limbs[i] = v.shiftRight(52 * i).longValue() & ((1L << 52) - 1);
        }
        limbs[4] = v.shiftRight(208).longValue();
        return limbs;
    }

    /** Normalizes a copy and checks the limbs are the canonical ones of a value below p. */
    private static BigInteger canonical(long[] limbs) {
        long[] copy = limbs.clone();
        Secp256k1Field.normalize(copy);
        BigInteger v = value(copy);
        assertTrue(v.compareTo(P) < 0, "not below p: " + v.toString(16));
        assertArrayEquals(limbsOf(v), copy);
        return v;
    }
}
