package org.constl.ipld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded random-mutation fuzzer over a committed corpus ({@code resources/corpus/<target>/},
 * files listed in {@code index.txt}). The target either accepts an input (returns normally) or
 * refuses it with {@link IpldException}; anything else thrown, including errors such as a stack
 * overflow or running out of memory, fails the test with the input that caused it.
 */
final class MutationFuzzer {

    /** The code under test: throws IpldException to refuse, checks its own invariants when it accepts. */
    interface Target {
        void run(byte[] input);
    }

    private static final byte[] INTERESTING = {
        0x00, 0x01, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1f, 0x2a, 0x40, 0x5b, 0x7a, 0x7f, (byte) 0x80, (byte) 0x9b,
        (byte) 0xbb, (byte) 0xd8, (byte) 0xf7, (byte) 0xfb, (byte) 0xff, '/', 'z', 'b', 'Q', '"', '{', '['
    };

    private final List<byte[]> corpus;
    private final Target target;
    private int accepted;
    private int refused;

    MutationFuzzer(String corpusName, Target target) {
        this.corpus = loadCorpus(corpusName);
        this.target = target;
    }

    /** Runs every corpus entry unchanged. */
    MutationFuzzer replayCorpus() {
        corpus.forEach(this::check);
        return this;
    }

    /** Runs {@code iterations} mutated inputs drawn from a generator seeded with {@code seed}. */
    MutationFuzzer mutate(long seed, int iterations) {
        Random random = new Random(seed);
        for (int i = 0; i < iterations; i++) {
            byte[] input = corpus.get(random.nextInt(corpus.size()));
            int rounds = 1 + random.nextInt(4);
            for (int r = 0; r < rounds; r++) {
                input = mutateOnce(input, random);
            }
            check(input);
        }
        return this;
    }

    /** Both outcomes were seen, so the run reached past the first check of the decoder. */
    void assertBothOutcomes() {
        assertTrue(accepted > 0, "some inputs accepted");
        assertTrue(refused > 0, "some inputs refused");
    }

    int accepted() {
        return accepted;
    }

    private void check(byte[] input) {
        try {
            target.run(input);
            accepted++;
        } catch (IpldException e) {
            refused++;
        } catch (Throwable e) {
            fail("unexpected " + e + " for input " + Vectors.hex(input), e);
        }
    }

    private byte[] mutateOnce(byte[] input, Random random) {
        int length = input.length;
        return switch (random.nextInt(8)) {
            case 0 -> {
                byte[] out = input.clone();
                if (length > 0) {
                    out[random.nextInt(length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield out;
            }
            case 1 -> {
                byte[] out = input.clone();
                if (length > 0) {
                    out[random.nextInt(length)] = INTERESTING[random.nextInt(INTERESTING.length)];
                }
                yield out;
            }
            case 2 -> {
                int at = random.nextInt(length + 1);
                byte[] out = new byte[length + 1];
                System.arraycopy(input, 0, out, 0, at);
                out[at] = (byte) random.nextInt(256);
                System.arraycopy(input, at, out, at + 1, length - at);
                yield out;
            }
            case 3 -> {
                if (length == 0) {
                    yield input;
                }
                int from = random.nextInt(length);
                int to = from + 1 + random.nextInt(Math.min(8, length - from));
                byte[] out = new byte[length - (to - from)];
                System.arraycopy(input, 0, out, 0, from);
                System.arraycopy(input, to, out, from, length - to);
                yield out;
            }
            case 4 -> Arrays.copyOf(input, random.nextInt(length + 1));
            case 5 -> {
                byte[] other = corpus.get(random.nextInt(corpus.size()));
                int cut = random.nextInt(length + 1);
                int otherCut = random.nextInt(other.length + 1);
                byte[] out = Arrays.copyOf(input, cut + other.length - otherCut);
                System.arraycopy(other, otherCut, out, cut, other.length - otherCut);
                yield out;
            }
            case 6 -> {
                if (length == 0) {
                    yield input;
                }
                int from = random.nextInt(length);
                int to = from + 1 + random.nextInt(Math.min(16, length - from));
                byte[] out = new byte[length + (to - from)];
                System.arraycopy(input, 0, out, 0, to);
                System.arraycopy(input, from, out, to, length - from);
                yield out;
            }
            default -> {
                byte[] out = new byte[random.nextInt(48)];
                random.nextBytes(out);
                yield out;
            }
        };
    }

    private static List<byte[]> loadCorpus(String name) {
        String dir = "/corpus/" + name + "/";
        List<byte[]> seeds = new ArrayList<>();
        for (String file : readLines(dir + "index.txt")) {
            seeds.add(readBytes(dir + file));
        }
        assertTrue(seeds.size() > 5, "corpus " + name + " loaded");
        return seeds;
    }

    private static List<String> readLines(String path) {
        try (InputStream in = open(path)) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readBytes(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = MutationFuzzer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + path);
        }
        return in;
    }

    /** Shared invariant: what was accepted must come back byte for byte from its own encoder. */
    static void assertSameBytes(byte[] expected, byte[] actual) {
        assertArrayEquals(expected, actual, () -> "not canonical: " + Vectors.hex(expected));
    }

    static void assertSameText(String expected, String actual) {
        assertEquals(expected, actual, "not canonical");
    }
}
