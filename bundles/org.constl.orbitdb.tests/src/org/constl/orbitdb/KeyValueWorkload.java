package org.constl.orbitdb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.ipld.IpldValue;

/**
 * The puts of the crash and write-failure tests: put {@code index} of run {@code run} is a pure
 * function of the two, so whoever checks a store knows what each entry must hold without being
 * told. Keys come from a small set, so later puts overwrite earlier ones and the key index must
 * follow; values name the put that wrote them and carry up to 1.5 kB of padding, so that entries
 * cross page boundaries at varied points.
 */
final class KeyValueWorkload {

    /** The name of the database every run writes. */
    static final String DATABASE = "crash test";

    private static final int KEYS = 64;
    private static final int MAX_PADDING = 1500;

    private KeyValueWorkload() {
    }

    /** One put of the workload. */
    record Put(long run, int index) {

        String key() {
            return "key-" + random().nextInt(KEYS);
        }

        IpldValue value() {
            SplittableRandom random = random();
            random.nextInt(KEYS); // the key's draw
            byte[] padding = new byte[random.nextInt(MAX_PADDING + 1)];
            random.nextBytes(padding);
            return IpldValue.MapValue.builder().put("run", IpldValue.of(run)).put("index", IpldValue.of(index))
                    .put("padding", IpldValue.of(padding)).build();
        }

        /** The put an entry of the workload made, read from its value. */
        static Put of(Entry entry) {
            IpldValue.MapValue value = KeyValue.operation(entry).orElseThrow().value().asMap();
            return new Put(value.get("run").asLong(), Math.toIntExact(value.get("index").asLong()));
        }

        private SplittableRandom random() {
            return new SplittableRandom(run * 1_000_003L + index);
        }
    }

    /** The one writer of the workload, from fixed keys so that every process builds the same. */
    static LogWriter writer() {
        PrivateKey identityKey = Keys.privateKeyFromRaw(KeyType.SECP256K1, sha256("crash test identity key"));
        PrivateKey signingKey = Keys.privateKeyFromRaw(KeyType.SECP256K1, sha256("crash test signing key"));
        return new LogWriter(OrbitDbIdentity.create(identityKey, signingKey), signingKey);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
