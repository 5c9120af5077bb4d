package org.constl.identity.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.util.BigIntegers;

/**
 * Deterministic ECDSA nonces of RFC 6979 §3.2 for a 256-bit group order and SHA-256, through the
 * JDK's HMAC (which uses the CPU's SHA instructions where there are some). A rejected candidate,
 * whether out of range or giving r = 0 or s = 0, reseeds with K = HMAC_K(V || 0x00),
 * V = HMAC_K(V), as noble-curves does.
 */
final class Rfc6979Nonces {

    private static final int LENGTH = 32;
    private static final String HMAC = "HmacSHA256";

    private final BigInteger order;
    private final Mac mac;
    private final byte[] v = new byte[LENGTH];
    private boolean drawn;

    /** privateKey: the scalar as 32 bytes; digest: the message's SHA-256. */
    Rfc6979Nonces(BigInteger order, byte[] privateKey, byte[] digest) {
        this.order = order;
        try {
            mac = Mac.getInstance(HMAC);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + HMAC, e);
        }
        byte[] reducedDigest = BigIntegers.asUnsignedByteArray(LENGTH, new BigInteger(1, digest).mod(order));
        Arrays.fill(v, (byte) 1);
        rekey(new byte[LENGTH]);
        rekey(hmac(v, new byte[] {0}, privateKey, reducedDigest));
        hmacInto(v);
        rekey(hmac(v, new byte[] {1}, privateKey, reducedDigest));
        hmacInto(v);
    }

    /** The next candidate k in [1, n-1], as 32 big-endian bytes. */
    byte[] next() {
        while (true) {
            if (drawn) {
                rekey(hmac(v, new byte[] {0}));
                hmacInto(v);
            }
            drawn = true;
            hmacInto(v);
            BigInteger k = new BigInteger(1, v);
            if (k.signum() > 0 && k.compareTo(order) < 0) {
                return v.clone();
            }
        }
    }

    private void rekey(byte[] key) {
        try {
            mac.init(new SecretKeySpec(key, HMAC));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " refused a 32-byte key", e);
        }
    }

    private byte[] hmac(byte[]... parts) {
        for (byte[] part : parts) {
            mac.update(part);
        }
        return mac.doFinal();
    }

    /** V = HMAC_K(V), in place. */
    private void hmacInto(byte[] value) {
        mac.update(value);
        try {
            mac.doFinal(value, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " output does not fit 32 bytes", e);
        }
    }
}
