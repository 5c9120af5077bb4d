package org.constl.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Hostile input for key protobuf and peer ID decoding: the committed corpus under
 * {@code resources/corpus/} and seeded mutants of it. Whatever decodes must also round-trip.
 */
class DecodingFuzzTest {

    private static final int ITERATIONS = 4000;

    @Test
    void publicKeyProtobufs() {
        int accepted = new MutationFuzzer(MutationFuzzer.hexCorpus("key-protobuf.txt"), 1).run(ITERATIONS, input -> {
            PublicKey key = Keys.publicKeyFromProtobuf(input);
            assertEquals(key, Keys.publicKeyFromProtobuf(key.toProtobuf()));
        });
        assertTrue(accepted > 0, "the corpus holds valid public keys");
    }

    @Test
    void privateKeyProtobufs() {
        int accepted = new MutationFuzzer(MutationFuzzer.hexCorpus("key-protobuf.txt"), 2).run(ITERATIONS, input -> {
            PrivateKey key = Keys.privateKeyFromProtobuf(input);
            assertEquals(key, Keys.privateKeyFromProtobuf(key.toProtobuf()));
        });
        assertTrue(accepted > 0, "the corpus holds valid private keys");
    }

    @Test
    void binaryPeerIds() {
        int accepted = new MutationFuzzer(MutationFuzzer.hexCorpus("peer-id-bytes.txt"), 3).run(ITERATIONS, input -> {
            PeerId peerId = PeerId.fromBytes(input);
            assertEquals(peerId, PeerId.parse(peerId.toString()));
            assertEquals(peerId, PeerId.parse(peerId.toCidString()));
        });
        assertTrue(accepted > 0, "the corpus holds valid peer IDs");
    }

    @Test
    void peerIdText() {
        int accepted = new MutationFuzzer(MutationFuzzer.textCorpus("peer-id-text.txt"), 4).run(ITERATIONS, input -> {
            PeerId peerId = PeerId.parse(new String(input, StandardCharsets.ISO_8859_1));
            assertEquals(peerId, PeerId.fromBytes(peerId.bytes()));
        });
        assertTrue(accepted > 0, "the corpus holds valid peer IDs");
    }
}
