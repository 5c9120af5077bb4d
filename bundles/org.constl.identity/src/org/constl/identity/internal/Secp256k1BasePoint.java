package org.constl.identity.internal;

import static org.constl.identity.internal.Secp256k1Field.add;
import static org.constl.identity.internal.Secp256k1Field.mul;
import static org.constl.identity.internal.Secp256k1Field.negate;
import static org.constl.identity.internal.Secp256k1Field.select;
import static org.constl.identity.internal.Secp256k1Field.sqr;
import static org.constl.identity.internal.Secp256k1Field.weaken;

import java.math.BigInteger;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * k·G on secp256k1 in constant time, for signing, which with it takes half the time it took with
 * Bouncy Castle's comb multiplier ({@code Secp256k1Benchmark}).
 *
 * <p>The scalar is written in 52 signed base-32 digits d_i in [-15, 16], k = Σ d_i·32^i (the top
 * digit is at most 2, so no carry is left over). A table holds j·32^i·G for j = 1..16 in affine
 * coordinates, so k·G is 52 mixed additions and no doublings; each lookup reads the whole row and
 * keeps the entry by mask, so neither the time nor the memory read depends on k.
 *
 * <p>The addition formula has no case for adding a point to itself or to its negation, and none is
 * needed: before the top digit, the partial sum and the next term are integers of different sizes
 * below n/2 (|Σ_{j<i} d_j·32^j| < 32^i ≤ |d_i·32^i|), so they are never equal or opposite mod n;
 * the top digit d could only meet its double if k ≡ d·2^256 mod n, a k too small to have a top
 * digit. Zero partial sums (leading zero digits) and zero digits are kept apart by masks.
 */
final class Secp256k1BasePoint {

    private static final int WINDOW_BITS = 5;
    private static final int WINDOWS = 52;
    private static final int ROW = 1 << (WINDOW_BITS - 1);
    /** x and y of each table entry, five limbs each. */
    private static final int ENTRY = 2 * Secp256k1Field.LIMBS;
    private static final long[] TABLE;

    static {
        ECPoint[] points = new ECPoint[WINDOWS * ROW];
        ECPoint rowBase = Secp256k1Keys.generator();
        for (int i = 0; i < WINDOWS; i++) {
            ECPoint multiple = rowBase;
            for (int j = 0; j < ROW; j++) {
                points[i * ROW + j] = multiple;
                multiple = multiple.add(rowBase);
            }
            rowBase = rowBase.timesPow2(WINDOW_BITS);
        }
        rowBase.getCurve().normalizeAll(points);
        TABLE = new long[points.length * ENTRY];
        for (int e = 0; e < points.length; e++) {
            byte[] x = points[e].getAffineXCoord().getEncoded();
            byte[] y = points[e].getAffineYCoord().getEncoded();
            long[] limbs = Secp256k1Field.element();
            Secp256k1Field.fromBytes(limbs, x, 0);
            System.arraycopy(limbs, 0, TABLE, e * ENTRY, Secp256k1Field.LIMBS);
            Secp256k1Field.fromBytes(limbs, y, 0);
            System.arraycopy(limbs, 0, TABLE, e * ENTRY + Secp256k1Field.LIMBS, Secp256k1Field.LIMBS);
        }
    }

    private Secp256k1BasePoint() {
    }

    /** The affine x coordinate of k·G, as 32 big-endian bytes, for 1 ≤ k < n given as 32 big-endian bytes. */
    static byte[] multiplyX(byte[] k) {
        Accumulator sum = new Accumulator();
        int carry = 0;
        for (int i = 0; i < WINDOWS; i++) {
            int value = window(k, i * WINDOW_BITS) + carry;
            carry = (ROW - value) >>> 31; // digits above 16 become negative and carry one
            int digit = value - (carry << WINDOW_BITS);
            int sign = digit >> 31;
            sum.addRowEntry(i, (digit ^ sign) - sign, sign);
        }
        return sum.affineX();
    }

    /** The WINDOW_BITS bits of k from bit {@code from} up, zero past bit 255. */
    private static int window(byte[] k, int from) {
        int at = 31 - (from >>> 3);
        int twoBytes = (k[at] & 0xFF) | (at > 0 ? (k[at - 1] & 0xFF) << 8 : 0);
        return (twoBytes >>> (from & 7)) & ((1 << WINDOW_BITS) - 1);
    }

    /** A point in Jacobian coordinates (X/Z², Y/Z³) plus a mask telling whether it is still zero. */
    private static final class Accumulator {

        private final long[] x = Secp256k1Field.element();
        private final long[] y = Secp256k1Field.element();
        private final long[] z = Secp256k1Field.element();
        private long isZero = -1;

        private final long[] tx = Secp256k1Field.element();
        private final long[] ty = Secp256k1Field.element();
        private final long[] one = Secp256k1Field.element();
        private final long[] z1z1 = Secp256k1Field.element();
        private final long[] u2 = Secp256k1Field.element();
        private final long[] s2 = Secp256k1Field.element();
        private final long[] h = Secp256k1Field.element();
        private final long[] r = Secp256k1Field.element();
        private final long[] h2 = Secp256k1Field.element();
        private final long[] h3 = Secp256k1Field.element();
        private final long[] v = Secp256k1Field.element();
        private final long[] t = Secp256k1Field.element();
        private final long[] x3 = Secp256k1Field.element();
        private final long[] y3 = Secp256k1Field.element();
        private final long[] z3 = Secp256k1Field.element();

        Accumulator() {
            one[0] = 1;
            z[0] = 1;
        }

        /** Adds magnitude·(negative ? -1 : 1) times row's base, for magnitude 0..ROW and negative 0 or -1. */
        void addRowEntry(int row, int magnitude, int negative) {
            lookUp(row, magnitude);
            negate(t, ty, 1);
            weaken(t);
            select(ty, t, negative);
            addAffine();
            long keep = -(long) (((magnitude - 1) >>> 31)); // -1 when the digit is zero
            select(x3, x, keep);
            select(y3, y, keep);
            select(z3, z, keep);
            select(x3, tx, isZero & ~keep);
            select(y3, ty, isZero & ~keep);
            select(z3, one, isZero & ~keep);
            isZero &= keep;
            System.arraycopy(x3, 0, x, 0, Secp256k1Field.LIMBS);
            System.arraycopy(y3, 0, y, 0, Secp256k1Field.LIMBS);
            System.arraycopy(z3, 0, z, 0, Secp256k1Field.LIMBS);
        }

        /** tx, ty = the row's entry for magnitude (both zero for 0), reading every entry of the row. */
        private void lookUp(int row, int magnitude) {
            long x0 = 0, x1 = 0, x2 = 0, x3l = 0, x4 = 0, y0 = 0, y1 = 0, y2 = 0, y3l = 0, y4 = 0;
            for (int j = 0; j < ROW; j++) {
                long match = ((long) (magnitude ^ (j + 1)) - 1) >> 63;
                int at = (row * ROW + j) * ENTRY;
                x0 |= TABLE[at] & match;
                x1 |= TABLE[at + 1] & match;
                x2 |= TABLE[at + 2] & match;
                x3l |= TABLE[at + 3] & match;
                x4 |= TABLE[at + 4] & match;
                y0 |= TABLE[at + 5] & match;
                y1 |= TABLE[at + 6] & match;
                y2 |= TABLE[at + 7] & match;
                y3l |= TABLE[at + 8] & match;
                y4 |= TABLE[at + 9] & match;
            }
            tx[0] = x0;
            tx[1] = x1;
            tx[2] = x2;
            tx[3] = x3l;
            tx[4] = x4;
            ty[0] = y0;
            ty[1] = y1;
            ty[2] = y2;
            ty[3] = y3l;
            ty[4] = y4;
        }

        /**
         * (x3, y3, z3) = (x, y, z) + (tx, ty), Jacobian plus affine, 8 products and 3 squares.
         * All inputs have magnitude 1.
         */
        private void addAffine() {
            sqr(z1z1, z);
            mul(u2, tx, z1z1);
            mul(s2, z, z1z1);
            mul(s2, ty, s2);
            negate(t, x, 1);
            add(h, u2, t); // magnitude 3
            negate(t, y, 1);
            add(r, s2, t); // magnitude 3
            sqr(h2, h);
            mul(h3, h, h2);
            mul(v, x, h2);
            // x3 = r² - h³ - 2v
            sqr(x3, r);
            negate(t, h3, 1);
            add(x3, x3, t);
            add(t, v, v);
            negate(t, t, 2);
            add(x3, x3, t); // magnitude 6
            weaken(x3);
            // y3 = r(v - x3) - y·h³
            negate(t, x3, 1);
            add(t, v, t); // magnitude 3
            mul(y3, r, t);
            mul(t, y, h3);
            negate(t, t, 1);
            add(y3, y3, t); // magnitude 3
            weaken(y3);
            mul(z3, z, h);
        }

        byte[] affineX() {
            Secp256k1Field.normalize(z);
            BigInteger inverse = BigIntegers.modOddInverse(Secp256k1Field.P, Secp256k1Field.toBigInteger(z));
            long[] zInverse = Secp256k1Field.element();
            Secp256k1Field.fromBigInteger(zInverse, inverse);
            sqr(zInverse, zInverse);
            mul(x, x, zInverse);
            Secp256k1Field.normalize(x);
            byte[] out = new byte[32];
            Secp256k1Field.toBytes(x, out, 0);
            return out;
        }
    }
}
