package org.constl.identity;

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

import org.constl.identity.internal.Hex;

/**
 * A small seeded random-mutation fuzzer: replays a committed seed corpus, then feeds a bounded
 * number of mutants of it to a decoder. The decoder may return or throw {@link IdentityException};
 * anything else (another exception, an error such as stack overflow) fails with the input in hex.
 */
final class MutationFuzzer {

    /** A decoder under test; it may also check properties of what it decoded. */
    interface Target {
        void accept(byte[] input);
    }

    private static final int MAX_INPUT = 2048;
    private static final byte[] INTERESTING = {0x00, 0x01, 0x7f, (byte) 0x80, (byte) 0xff, 0x08, 0x12, 0x20, 0x21, 0x41};

    private final List<byte[]> corpus;
    private final Random random;

    MutationFuzzer(List<byte[]> corpus, long seed) {
        this.corpus = corpus;
        this.random = new Random(seed);
    }

    /** Corpus lines under {@code /corpus/}; '#' lines are comments, an empty line is the empty input. */
    static List<String> corpusLines(String name) {
        InputStream in = MutationFuzzer.class.getResourceAsStream("/corpus/" + name);
        if (in == null) {
            throw new IllegalStateException("missing corpus /corpus/" + name);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    static List<byte[]> hexCorpus(String name) {
        return corpusLines(name).stream().map(Hex::decode).toList();
    }

    static List<byte[]> textCorpus(String name) {
        return corpusLines(name).stream().map(line -> line.getBytes(StandardCharsets.ISO_8859_1)).toList();
    }

    /** Replays the corpus, then runs {@code iterations} mutants; returns how many were accepted. */
    int run(int iterations, Target target) {
        int accepted = 0;
        for (byte[] seed : corpus) {
            accepted += feed(seed, target);
        }
        for (int i = 0; i < iterations; i++) {
            byte[] input = corpus.get(random.nextInt(corpus.size()));
            int rounds = 1 + random.nextInt(4);
            for (int r = 0; r < rounds; r++) {
                input = mutate(input);
            }
            accepted += feed(input, target);
        }
        return accepted;
    }

    private static int feed(byte[] input, Target target) {
        try {
            target.accept(input);
            return 1;
        } catch (IdentityException expected) {
            return 0;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("decoder failed with " + e + " on input " + Hex.encode(input), e);
        }
    }

    private byte[] mutate(byte[] input) {
        byte[] out = input.clone();
        int length = out.length;
        switch (random.nextInt(8)) {
            case 0 -> {
                if (length > 0) {
                    out[random.nextInt(length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> {
                if (length > 0) {
                    out[random.nextInt(length)] = INTERESTING[random.nextInt(INTERESTING.length)];
                }
            }
            case 2 -> {
                int at = random.nextInt(length + 1);
                out = new byte[length + 1];
                System.arraycopy(input, 0, out, 0, at);
                out[at] = (byte) random.nextInt(256);
                System.arraycopy(input, at, out, at + 1, length - at);
            }
            case 3 -> {
                if (length > 0) {
                    int at = random.nextInt(length);
                    out = new byte[length - 1];
                    System.arraycopy(input, 0, out, 0, at);
                    System.arraycopy(input, at + 1, out, at, length - at - 1);
                }
            }
            case 4 -> out = Arrays.copyOf(input, random.nextInt(length + 1));
            case 5 -> {
                byte[] other = corpus.get(random.nextInt(corpus.size()));
                int cut = random.nextInt(length + 1);
                int from = random.nextInt(other.length + 1);
                out = Arrays.copyOf(input, Math.min(MAX_INPUT, cut + other.length - from));
                System.arraycopy(other, from, out, cut, out.length - cut);
            }
            case 6 -> {
                if (length > 0) {
                    int from = random.nextInt(length);
                    int size = 1 + random.nextInt(length - from);
                    out = Arrays.copyOf(input, Math.min(MAX_INPUT, length + size));
                    System.arraycopy(input, from, out, length, out.length - length);
                }
            }
            default -> {
                if (length > 0) {
                    out[random.nextInt(length)] = (byte) random.nextInt(256);
                }
            }
        }
        return out;
    }
}
