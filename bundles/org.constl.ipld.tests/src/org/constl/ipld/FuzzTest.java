package org.constl.ipld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Hostile input for every decoder of the bundle: the committed corpus, then a few thousand seeded
 * mutations each. Whatever is accepted must re-encode to the same canonical form.
 */
class FuzzTest {

    private static final int ITERATIONS = 3000;

    private static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    @Test
    void varint() {
        new MutationFuzzer("varint", input -> MutationFuzzer.assertSameBytes(input, Varint.encode(Varint.decode(input))))
                .replayCorpus().mutate(0x5EED_0001L, ITERATIONS).assertBothOutcomes();
    }

    @Test
    void multibase() {
        new MutationFuzzer("multibase", input -> {
            String text = text(input);
            byte[] decoded = Multibase.decode(text);
            MutationFuzzer.assertSameText(text, Multibase.of(text).encode(decoded));
        }).replayCorpus().mutate(0x5EED_0002L, ITERATIONS).assertBothOutcomes();
    }

    @Test
    void cidBinaryAndText() {
        MutationFuzzer binary = new MutationFuzzer("cid", input -> MutationFuzzer.assertSameBytes(input, Cid.decode(input).bytes()));
        binary.replayCorpus().mutate(0x5EED_0003L, ITERATIONS).assertBothOutcomes();
        new MutationFuzzer("cid", input -> {
            String text = text(input);
            Cid cid = Cid.parse(text);
            String again = cid.version() == 0 ? cid.toString() : cid.toString(Multibase.of(text));
            MutationFuzzer.assertSameText(text, again);
        }).replayCorpus().mutate(0x5EED_0004L, ITERATIONS).assertBothOutcomes();
    }

    @Test
    void multiaddrBinaryAndText() {
        new MutationFuzzer("multiaddr", input -> MutationFuzzer.assertSameBytes(input, Multiaddr.decode(input).bytes()))
                .replayCorpus().mutate(0x5EED_0005L, ITERATIONS).assertBothOutcomes();
        new MutationFuzzer("multiaddr", input -> {
            Multiaddr parsed = Multiaddr.parse(text(input));
            assertEquals(parsed, Multiaddr.parse(parsed.toString()));
            assertEquals(parsed, Multiaddr.decode(parsed.bytes()));
        }).replayCorpus().mutate(0x5EED_0006L, ITERATIONS).assertBothOutcomes();
    }

    @Test
    void dagCbor() {
        // Strict decoding plus deterministic encoding: accepted bytes re-encode identically, except
        // whole floats, which JS (and so we) re-encode as integers; then the result is stable.
        new MutationFuzzer("dag-cbor", input -> {
            byte[] once = DagCbor.encode(DagCbor.decode(input));
            MutationFuzzer.assertSameBytes(once, DagCbor.encode(DagCbor.decode(once)));
            if (!containsFloat(DagCbor.decode(input))) {
                MutationFuzzer.assertSameBytes(input, once);
            }
        }).replayCorpus().mutate(0x5EED_0007L, ITERATIONS * 2).assertBothOutcomes();
    }

    @Test
    void ipldJson() {
        new MutationFuzzer("ipld-json", input -> {
            IpldValue value = IpldJson.parse(text(input));
            assertEquals(value, IpldJson.parse(IpldJson.print(value)));
        }).replayCorpus().mutate(0x5EED_0008L, ITERATIONS).assertBothOutcomes();
    }

    @Test
    void theHarnessFailsOnAnyOtherException() {
        MutationFuzzer broken = new MutationFuzzer("varint", input -> {
            throw new IllegalStateException("a bug");
        });
        assertThrows(AssertionFailedError.class, broken::replayCorpus);
    }

    private static boolean containsFloat(IpldValue value) {
        return switch (value) {
            case IpldValue.FloatValue f -> true;
            case IpldValue.ListValue l -> l.values().stream().anyMatch(FuzzTest::containsFloat);
            case IpldValue.MapValue m -> m.entries().values().stream().anyMatch(FuzzTest::containsFloat);
            default -> false;
        };
    }
}
