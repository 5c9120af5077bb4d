package org.constl.bench;

import java.util.concurrent.TimeUnit;

import org.constl.ipld.Block;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** DAG-CBOR encode and decode of the 686-byte OrbitDB entry (WIRE.md A14), in entries per second. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DagCborBenchmark {

    private byte[] entryBytes;
    private IpldValue entry;

    @Setup
    public void loadEntry() {
        entryBytes = OrbitDbEntrySample.entryBytes();
        entry = DagCbor.decode(entryBytes);
        OrbitDbEntrySample.check(DagCbor.encode(entry).length == OrbitDbEntrySample.ENTRY_LENGTH, "re-encoding changed the size");
    }

    /** Strict decoding of the block into the value model, as on receiving a head. */
    @Benchmark
    public IpldValue decode() {
        return DagCbor.decode(entryBytes);
    }

    /** Canonical encoding of the decoded value (key sorting included). */
    @Benchmark
    public byte[] encode() {
        return DagCbor.encode(entry);
    }

    /** Encoding plus the sha2-256 CID, which is what appending an entry costs before signing. */
    @Benchmark
    public Block encodeBlock() {
        return DagCbor.encodeBlock(entry);
    }
}
