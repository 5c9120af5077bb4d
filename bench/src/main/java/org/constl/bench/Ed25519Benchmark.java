package org.constl.bench;

import java.util.concurrent.TimeUnit;

import org.constl.identity.Keys;
import org.constl.identity.PrivateKey;
import org.constl.identity.PublicKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Ed25519 (RFC 8032), the libp2p peer key, on the same 408-byte message as {@link Secp256k1Benchmark}. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Ed25519Benchmark {

    private byte[] message;
    private PrivateKey privateKey;
    private PublicKey publicKey;
    private byte[] signature;

    @Setup
    public void prepare() {
        message = OrbitDbEntrySample.signedMap();
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) (7 * i + 1); // a fixed key, so every run signs the same way
        }
        privateKey = Keys.ed25519FromSeed(seed);
        publicKey = privateKey.publicKey();
        signature = privateKey.sign(message);
        OrbitDbEntrySample.check(publicKey.verify(message, signature), "the signature does not verify");
    }

    @Benchmark
    public byte[] sign() {
        return privateKey.sign(message);
    }

    @Benchmark
    public boolean verify() {
        return publicKey.verify(message, signature);
    }
}
