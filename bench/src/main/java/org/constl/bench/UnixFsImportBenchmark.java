package org.constl.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.constl.ipld.unixfs.ImportResult;
import org.constl.ipld.unixfs.MemoryBlockStore;
import org.constl.ipld.unixfs.UnixFsImporter;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * UnixFS import (the {@code @helia/unixfs} defaults: 1 MiB raw leaves, balanced dag-pb tree) of
 * a 100 MB file held in memory, so that only chunking, hashing and node encoding are measured.
 * The secondary result {@code megabytes} is the throughput in MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"}) // the content, plus a stored copy in importIntoMemoryStore
public class UnixFsImportBenchmark {

    /** 100 MB, not a whole number of chunks: the last leaf is short, as in most real files. */
    private static final int FILE_MEGABYTES = 100;
    private static final int FILE_SIZE = FILE_MEGABYTES * 1_000_000;

    private byte[] content;

    /** Megabytes imported, reported per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        public long megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    @Setup
    public void generateContent() {
        content = new byte[FILE_SIZE];
        new SplittableRandom(42).nextBytes(content); // incompressible, and the same in every run
    }

    /** Blocks go to a sink that only hands them to the blackhole: the importer's own cost. */
    @Benchmark
    public ImportResult importDiscardingBlocks(Throughput throughput, Blackhole blackhole) throws IOException {
        ImportResult result = new UnixFsImporter((cid, block) -> blackhole.consume(block)).importStream(new ByteArrayInputStream(content));
        throughput.megabytes += FILE_MEGABYTES;
        return result;
    }

    /** Blocks kept in a fresh {@link MemoryBlockStore}: adds the copies and the map. */
    @Benchmark
    public int importIntoMemoryStore(Throughput throughput) throws IOException {
        MemoryBlockStore store = new MemoryBlockStore();
        new UnixFsImporter(store).importStream(new ByteArrayInputStream(content));
        throughput.megabytes += FILE_MEGABYTES;
        return store.size();
    }
}
