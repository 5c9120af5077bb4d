package org.constl.ipld.unixfs;

import java.io.InputStream;

/**
 * The deterministic test content of {@code interop/vectors/prng.mjs}: xorshift32 (13, 17, 5)
 * states written little-endian, cut to the requested length. Streams, so it can stand for files
 * far larger than the heap.
 */
final class SeededContent extends InputStream {

    private long remaining;
    private int state;
    private int word;
    private int bytesLeftInWord;

    SeededContent(long length, int seed) {
        if (seed == 0) {
            throw new IllegalArgumentException("seed must be non-zero");
        }
        this.remaining = length;
        this.state = seed;
    }

    static byte[] bytes(int length, int seed) {
        byte[] out = new byte[length];
        new SeededContent(length, seed).read(out, 0, length);
        return out;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (remaining == 0) {
            return length == 0 ? 0 : -1;
        }
        int count = (int) Math.min(length, remaining);
        for (int i = 0; i < count; i++) {
            if (bytesLeftInWord == 0) {
                state ^= state << 13;
                state ^= state >>> 17;
                state ^= state << 5;
                word = state;
                bytesLeftInWord = 4;
            }
            target[offset + i] = (byte) word;
            word >>>= 8;
            bytesLeftInWord--;
        }
        remaining -= count;
        return count;
    }
}
