package org.constl.identity.internal;

import java.math.BigInteger;

import org.bouncycastle.util.BigIntegers;

/**
 * Arithmetic modulo p = 2^256 - 2^32 - 977 on five 52-bit limbs held in {@code long}s, without
 * branches or table lookups that depend on the values, for signing.
 *
 * <p>Limbs are kept loosely reduced: an element of <em>magnitude</em> m has limbs 0-3 below
 * 2m·2^52 and limb 4 below 2m·2^48. Products and squares return magnitude 1 and accept inputs of
 * magnitude up to 8 (limbs below 2^56, so every 52×52-bit partial product sum fits the split
 * accumulators below); sums add magnitudes, and {@link #negate} of magnitude m returns m+1.
 * Callers track magnitudes; {@link #normalize} gives the canonical value below p.
 */
final class Secp256k1Field {

    static final int LIMBS = 5;
    static final BigInteger P = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.valueOf(0x1000003D1L));

    private static final long M52 = (1L << 52) - 1;
    private static final long M48 = (1L << 48) - 1;
    /** 2^256 mod p. */
    private static final long R = 0x1000003D1L;
    /** 2^260 mod p: what a unit at limb 5 weighs. */
    private static final long R260 = R << 4;
    private static final long P0 = 0xFFFFEFFFFFC2FL;
    private static final long P4 = M48;

    private Secp256k1Field() {
    }

    static long[] element() {
        return new long[LIMBS];
    }

    /** r = a·b; r may be a or b. */
    static void mul(long[] r, long[] a, long[] b) {
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
        long b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4];
        // Column k of the schoolbook product, split at bit 52: lo_k keeps the low 52 bits of each
        // partial product, hi_k the rest; hi_k carries into column k+1.
        long lo0 = low(a0, b0);
        long hi0 = high(a0, b0);
        long lo1 = low(a0, b1) + low(a1, b0);
        long hi1 = high(a0, b1) + high(a1, b0);
        long lo2 = low(a0, b2) + low(a1, b1) + low(a2, b0);
        long hi2 = high(a0, b2) + high(a1, b1) + high(a2, b0);
        long lo3 = low(a0, b3) + low(a1, b2) + low(a2, b1) + low(a3, b0);
        long hi3 = high(a0, b3) + high(a1, b2) + high(a2, b1) + high(a3, b0);
        long lo4 = low(a0, b4) + low(a1, b3) + low(a2, b2) + low(a3, b1) + low(a4, b0);
        long hi4 = high(a0, b4) + high(a1, b3) + high(a2, b2) + high(a3, b1) + high(a4, b0);
        long lo5 = low(a1, b4) + low(a2, b3) + low(a3, b2) + low(a4, b1);
        long hi5 = high(a1, b4) + high(a2, b3) + high(a3, b2) + high(a4, b1);
        long lo6 = low(a2, b4) + low(a3, b3) + low(a4, b2);
        long hi6 = high(a2, b4) + high(a3, b3) + high(a4, b2);
        long lo7 = low(a3, b4) + low(a4, b3);
        long hi7 = high(a3, b4) + high(a4, b3);
        long lo8 = low(a4, b4);
        long hi8 = high(a4, b4);
        reduce(r, lo0, lo1 + hi0, lo2 + hi1, lo3 + hi2, lo4 + hi3, lo5 + hi4, lo6 + hi5, lo7 + hi6, lo8 + hi7, hi8);
    }

    /** r = a²; r may be a. */
    static void sqr(long[] r, long[] a) {
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
        long d0 = a0 << 1, d1 = a1 << 1, d2 = a2 << 1, d3 = a3 << 1;
        long lo0 = low(a0, a0);
        long hi0 = high(a0, a0);
        long lo1 = low(d0, a1);
        long hi1 = high(d0, a1);
        long lo2 = low(d0, a2) + low(a1, a1);
        long hi2 = high(d0, a2) + high(a1, a1);
        long lo3 = low(d0, a3) + low(d1, a2);
        long hi3 = high(d0, a3) + high(d1, a2);
        long lo4 = low(d0, a4) + low(d1, a3) + low(a2, a2);
        long hi4 = high(d0, a4) + high(d1, a3) + high(a2, a2);
        long lo5 = low(d1, a4) + low(d2, a3);
        long hi5 = high(d1, a4) + high(d2, a3);
        long lo6 = low(d2, a4) + low(a3, a3);
        long hi6 = high(d2, a4) + high(a3, a3);
        long lo7 = low(d3, a4);
        long hi7 = high(d3, a4);
        long lo8 = low(a4, a4);
        long hi8 = high(a4, a4);
        reduce(r, lo0, lo1 + hi0, lo2 + hi1, lo3 + hi2, lo4 + hi3, lo5 + hi4, lo6 + hi5, lo7 + hi6, lo8 + hi7, hi8);
    }

    /** The low 52 bits of x·y. */
    private static long low(long x, long y) {
        return x * y & M52;
    }

    /** x·y shifted right by 52; below 2^61 for factors below 2^57. */
    private static long high(long x, long y) {
        return (x * y >>> 52) | (Math.multiplyHigh(x, y) << 12);
    }

    /**
     * Folds t0 + t1·2^52 + ... + t9·2^468 (each term below 2^63) into magnitude 1, using
     * 2^260 ≡ R260 for limbs 5-9 and 2^256 ≡ R for what passes bit 256.
     */
    private static void reduce(long[] r, long t0, long t1, long t2, long t3, long t4, long t5, long t6, long t7, long t8, long t9) {
        long r0 = t0 + low(t5, R260);
        long r1 = t1 + low(t6, R260) + high(t5, R260);
        long r2 = t2 + low(t7, R260) + high(t6, R260);
        long r3 = t3 + low(t8, R260) + high(t7, R260);
        long r4 = t4 + low(t9, R260) + high(t8, R260);
        long r5 = high(t9, R260);
        r[0] = r0 + low(r5, R260);
        r[1] = r1 + high(r5, R260);
        r[2] = r2;
        r[3] = r3;
        r[4] = r4;
        weaken(r);
    }

    /** Brings an element back to magnitude 1, from any magnitude up to 8 or limbs a carry short of 2^63. */
    static void weaken(long[] a) {
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
        a1 += a0 >>> 52;
        a0 &= M52;
        a2 += a1 >>> 52;
        a1 &= M52;
        a3 += a2 >>> 52;
        a2 &= M52;
        a4 += a3 >>> 52;
        a3 &= M52;
        a0 += (a4 >>> 48) * R;
        a4 &= M48;
        a[0] = a0;
        a[1] = a1;
        a[2] = a2;
        a[3] = a3;
        a[4] = a4;
    }

    /** r = a + b; magnitudes add. */
    static void add(long[] r, long[] a, long[] b) {
        for (int i = 0; i < LIMBS; i++) {
            r[i] = a[i] + b[i];
        }
    }

    /** r = -a for a of magnitude at most m; r has magnitude m+1. */
    static void negate(long[] r, long[] a, int m) {
        long k = 2L * (m + 1);
        r[0] = k * P0 - a[0];
        r[1] = k * M52 - a[1];
        r[2] = k * M52 - a[2];
        r[3] = k * M52 - a[3];
        r[4] = k * P4 - a[4];
    }

    /** r = mask == -1 ? a : r, for mask 0 or -1. */
    static void select(long[] r, long[] a, long mask) {
        for (int i = 0; i < LIMBS; i++) {
            r[i] ^= (r[i] ^ a[i]) & mask;
        }
    }

    /** The canonical form of a (magnitude up to 8): limbs exact, value below p. */
    static void normalize(long[] a) {
        weaken(a);
        weaken(a);
        // Now the value is below 2^256 + a small excess, and below 2p: subtract p once if it is not below p.
        long t0 = a[0] + R;
        long t1 = a[1] + (t0 >>> 52);
        t0 &= M52;
        long t2 = a[2] + (t1 >>> 52);
        t1 &= M52;
        long t3 = a[3] + (t2 >>> 52);
        t2 &= M52;
        long t4 = a[4] + (t3 >>> 52);
        t3 &= M52;
        long atLeastP = -(t4 >>> 48); // a + R passes 2^256 exactly when a >= p
        t4 &= M48;
        a[0] ^= (a[0] ^ t0) & atLeastP;
        a[1] ^= (a[1] ^ t1) & atLeastP;
        a[2] ^= (a[2] ^ t2) & atLeastP;
        a[3] ^= (a[3] ^ t3) & atLeastP;
        a[4] ^= (a[4] ^ t4) & atLeastP;
    }

    /** The element of a 32-byte big-endian number below p. */
    static void fromBytes(long[] r, byte[] bytes, int offset) {
        long w3 = word(bytes, offset), w2 = word(bytes, offset + 8), w1 = word(bytes, offset + 16), w0 = word(bytes, offset + 24);
        r[0] = w0 & M52;
        r[1] = (w0 >>> 52 | w1 << 12) & M52;
        r[2] = (w1 >>> 40 | w2 << 24) & M52;
        r[3] = (w2 >>> 28 | w3 << 36) & M52;
        r[4] = w3 >>> 16;
    }

    /** The 32-byte big-endian form of a normalized element. */
    static void toBytes(long[] a, byte[] out, int offset) {
        long w0 = a[0] | a[1] << 52;
        long w1 = a[1] >>> 12 | a[2] << 40;
        long w2 = a[2] >>> 24 | a[3] << 28;
        long w3 = a[3] >>> 36 | a[4] << 16;
        putWord(out, offset, w3);
        putWord(out, offset + 8, w2);
        putWord(out, offset + 16, w1);
        putWord(out, offset + 24, w0);
    }

    static BigInteger toBigInteger(long[] normalized) {
        byte[] bytes = new byte[32];
        toBytes(normalized, bytes, 0);
        return new BigInteger(1, bytes);
    }

    static void fromBigInteger(long[] r, BigInteger value) {
        fromBytes(r, BigIntegers.asUnsignedByteArray(32, value), 0);
    }

    private static long word(byte[] bytes, int offset) {
        long w = 0;
        for (int i = 0; i < 8; i++) {
            w = w << 8 | (bytes[offset + i] & 0xFF);
        }
        return w;
    }

    private static void putWord(byte[] out, int offset, long w) {
        for (int i = 7; i >= 0; i--) {
            out[offset + i] = (byte) w;
            w >>>= 8;
        }
    }
}
