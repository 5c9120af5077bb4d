package org.constl.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbSignatures;
import org.constl.identity.PrivateKey;
import org.constl.identity.PublicKey;
import org.constl.ipld.IpldValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * secp256k1 ECDSA (SHA-256, RFC 6979, low-S, DER) on the 408-byte map an OrbitDB entry signs.
 * Verification checks the real signature of the WIRE.md A14 entry with its real key.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Secp256k1Benchmark {

    private byte[] signedMap;
    private PrivateKey signingKey;
    private ECPrivateKeyParameters bouncyCastleKey;
    private PublicKey entryKey;
    private byte[] entrySignature;
    private String entryKeyHex;
    private String entrySignatureHex;

    @Setup
    public void prepare() throws NoSuchAlgorithmException {
        signedMap = OrbitDbEntrySample.signedMap();
        // a fixed key, so every run signs the same way
        byte[] scalar = MessageDigest.getInstance("SHA-256").digest("constellation benchmark key".getBytes(StandardCharsets.UTF_8));
        signingKey = Keys.privateKeyFromRaw(KeyType.SECP256K1, scalar);
        X9ECParameters curve = CustomNamedCurves.getByName("secp256k1");
        bouncyCastleKey = new ECPrivateKeyParameters(new BigInteger(1, scalar),
                new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH()));
        IpldValue.MapValue entry = OrbitDbEntrySample.entry();
        entryKeyHex = entry.get("key").asString();
        entrySignatureHex = entry.get("sig").asString();
        entryKey = OrbitDbSignatures.publicKeyFromHex(entryKeyHex);
        entrySignature = HexFormat.of().parseHex(entrySignatureHex);
        OrbitDbEntrySample.check(entryKey.verify(signedMap, entrySignature), "the entry signature does not verify");
        OrbitDbEntrySample.check(signingKey.publicKey().verify(signedMap, signingKey.sign(signedMap)), "a fresh signature does not verify");
    }

    @Benchmark
    public byte[] sign() {
        return signingKey.sign(signedMap);
    }

    /**
     * Bouncy Castle's ECDSA with its comb multiplier and RFC 6979 nonces, which {@link #sign()}
     * used before it had its own base-point multiplication: the same signature, for comparison.
     */
    @Benchmark
    public BigInteger[] signBouncyCastle() throws NoSuchAlgorithmException {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, bouncyCastleKey);
        return signer.generateSignature(MessageDigest.getInstance("SHA-256").digest(signedMap));
    }

    /** With the public key already parsed. */
    @Benchmark
    public boolean verify() {
        return entryKey.verify(signedMap, entrySignature);
    }

    /** What OrbitDB does per entry: parse the hex key (point decompression) and signature, then verify. */
    @Benchmark
    public boolean verifyOrbitDbHex() {
        return OrbitDbSignatures.verify(entrySignatureHex, entryKeyHex, signedMap);
    }
}
