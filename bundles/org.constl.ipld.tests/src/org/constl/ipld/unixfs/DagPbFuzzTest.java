package org.constl.ipld.unixfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.Multicodec;
import org.junit.jupiter.api.Test;

/**
 * Seeded random-mutation fuzzing of the dag-pb and UnixFS decoders and the exporter, starting from
 * the committed corpus in {@code resources/corpus/dag-pb/}. Any input must either decode or raise
 * an {@link IpldException}: no other exception, no stack overflow, no huge allocation.
 */
class DagPbFuzzTest {

    private static final long SEED = 0x5EED_DA6BL;
    private static final int ITERATIONS = 4000;
    private static final byte[][] INTERESTING = {
        {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01},
        {(byte) 0x80}, {0x00}, {0x0a}, {0x12}, {0x18}, {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f},
        {0x01, 0x70, 0x12, 0x20}, {0x01, 0x55, 0x00, 0x05}};

    private final MemoryBlockStore store = new MemoryBlockStore();

    /** Every corpus entry decodes or is refused, and whatever decodes re-encodes stably. */
    @Test
    void replaysTheCorpus() {
        List<byte[]> corpus = corpus();
        assertTrue(corpus.size() > 50, "corpus loaded");
        int accepted = 0;
        for (byte[] input : corpus) {
            if (check(input)) {
                accepted++;
            }
        }
        assertTrue(accepted > 20 && accepted < corpus.size(), "corpus has both valid and invalid blocks: " + accepted);
    }

    @Test
    void mutatedInputsDecodeOrFailCleanly() {
        List<byte[]> corpus = corpus();
        Random random = new Random(SEED);
        int accepted = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = corpus.get(random.nextInt(corpus.size()));
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                input = mutate(input, corpus, random);
            }
            if (check(input)) {
                accepted++;
            }
        }
        // a harness whose mutants all fail (or all pass) the first check would test nothing deeper
        assertTrue(accepted > ITERATIONS / 20 && accepted < ITERATIONS - ITERATIONS / 20, "accepted " + accepted);
    }

    /** Runs every decoder on {@code input}; true when it is a valid dag-pb block. */
    private boolean check(byte[] input) {
        boolean valid = false;
        try {
            PbNode node = DagPb.decode(input);
            valid = true;
            byte[] canonical = DagPb.encode(node);
            assertEquals(node, DagPb.decode(canonical), "re-encoding is stable");
            if (node.data() != null) {
                decodeUnixFs(node.data());
            }
            Cid cid = Cid.of(Multicodec.DAG_PB, input);
            store.put(cid, input);
            new UnixFsExporter(store).export(cid, OutputStream.nullOutputStream());
        } catch (IpldException expected) {
            // refusing is fine; anything else escapes and fails the test
        } catch (IOException e) {
            fail("the memory store does no I/O", e);
        }
        decodeUnixFs(input);
        return valid;
    }

    private static void decodeUnixFs(byte[] data) {
        try {
            UnixFsData value = UnixFsData.decode(data);
            value.fileSize();
            assertEquals(value.type(), UnixFsData.decode(value.encode()).type(), "re-encoding keeps the type");
        } catch (IpldException expected) {
            // refused
        }
    }

    private static byte[] mutate(byte[] input, List<byte[]> corpus, Random random) {
        int length = input.length;
        int at = length == 0 ? 0 : random.nextInt(length);
        switch (random.nextInt(7)) {
            case 0 -> {
                if (length == 0) {
                    return new byte[] {(byte) random.nextInt(256)};
                }
                byte[] out = input.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
                return out;
            }
            case 1 -> {
                if (length == 0) {
                    return input;
                }
                byte[] out = input.clone();
                out[at] = (byte) random.nextInt(256);
                return out;
            }
            case 2 -> {
                return splice(input, at, at, INTERESTING[random.nextInt(INTERESTING.length)]);
            }
            case 3 -> {
                int end = Math.min(length, at + 1 + random.nextInt(8));
                return splice(input, at, end, new byte[0]);
            }
            case 4 -> {
                return Arrays.copyOf(input, at);
            }
            case 5 -> {
                int end = Math.min(length, at + 1 + random.nextInt(16));
                return splice(input, at, at, Arrays.copyOfRange(input, at, end));
            }
            default -> {
                byte[] other = corpus.get(random.nextInt(corpus.size()));
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                return splice(input, at, length, Arrays.copyOfRange(other, from, other.length));
            }
        }
    }

    private static byte[] splice(byte[] input, int from, int to, byte[] insert) {
        byte[] out = new byte[input.length - (to - from) + insert.length];
        System.arraycopy(input, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(input, to, out, from + insert.length, input.length - to);
        return out;
    }

    private static List<byte[]> corpus() {
        List<byte[]> corpus = new ArrayList<>();
        for (String[] line : Vectors.lines("/corpus/dag-pb/index.txt")) {
            corpus.add(Vectors.bytes("/corpus/dag-pb/" + line[0]));
        }
        return corpus;
    }
}
