package org.constl.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

import org.constl.identity.KeyType;
import org.constl.identity.Keys;
import org.constl.identity.OrbitDbIdentity;
import org.constl.identity.PrivateKey;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.Clock;
import org.constl.orbitdb.Entry;
import org.constl.orbitdb.IpfsAccessController;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.Log;
import org.constl.orbitdb.LogWriter;
import org.constl.orbitdb.OrbitDb;
import org.constl.storage.BlockStore;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;

/**
 * Signed writes to a keyvalue database kept in the real store on disk, and reopening it: one long
 * run of writes whose cost may grow with the log, and a reopen in a JVM that has never seen the
 * store, which JMH's repeated, warmed-up measurements do not fit. See bench/README.md.
 * <p>
 * {@code writes [sizes...]} (the default): for each size, a new data folder and that many puts,
 * each one signed (secp256k1) and durable when it returns; the largest size again in batches of
 * {@value #BATCH} puts per {@code putAll} (one transaction each); then the bytes on disk per entry
 * and the time to reopen the largest database until a first get returns, in this JVM and in a new
 * one.
 * {@code batched [size] [batch] [warm-up]}: that batched run alone, after {@code warm-up} puts
 * (the JIT takes tens of thousands of signatures to compile Bouncy Castle's code fully).
 * {@code breakdown [count]}: the layers of one put measured apart. {@code reopen <folder> <key>}:
 * what the new JVM runs.
 */
public final class KeyValueStoreBench {

    private static final String DATABASE = "bench";
    private static final int WARM_UP_PUTS = 3_000;
    private static final int SLICES = 10;
    /** Puts per call in the batched run: {@code KeyValue.putAll}, one transaction per call. */
    private static final int BATCH = 100;
    /** User and system time of this process, which a busy machine does not inflate as it does wall time. */
    private static final OperatingSystemMXBean CPU = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private KeyValueStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "writes" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        switch (mode) {
            case "writes" -> writes(rest.isEmpty() ? List.of(1_000, 10_000, 100_000) : rest.stream().map(Integer::valueOf).toList());
            case "batched" -> batched(rest.isEmpty() ? 100_000 : Integer.parseInt(rest.get(0)),
                    rest.size() < 2 ? BATCH : Integer.parseInt(rest.get(1)), rest.size() < 3 ? WARM_UP_PUTS : Integer.parseInt(rest.get(2)));
            case "breakdown" -> breakdown(rest.isEmpty() ? 10_000 : Integer.parseInt(rest.get(0)));
            case "reopen" -> System.out.println(reopenSeconds(Path.of(rest.get(0)), rest.get(1)));
            default -> throw new IllegalArgumentException("modes: writes [sizes...] | batched [size] [batch] [warm-up] | breakdown [count] | reopen <folder> <key>");
        }
    }

    /** The n-th put's key: all distinct, so the key index grows with the log. */
    static String key(int n) {
        return "row-" + n;
    }

    /** A small record, as a Constellation table row is. */
    static IpldValue value(int n) {
        return IpldValue.MapValue.builder().put("id", IpldValue.of("obs-" + n)).put("site", IpldValue.of("site-" + (n % 97)))
                .put("count", IpldValue.of(n % 1000)).put("height", IpldValue.of(n * 0.25)).build();
    }

    /** A fixed writer, so every run signs the same way. */
    static LogWriter writer() throws NoSuchAlgorithmException {
        PrivateKey identityKey = Keys.privateKeyFromRaw(KeyType.SECP256K1, sha256("constellation benchmark identity key"));
        PrivateKey signingKey = Keys.privateKeyFromRaw(KeyType.SECP256K1, sha256("constellation benchmark key"));
        return new LogWriter(OrbitDbIdentity.create(identityKey, signingKey), signingKey);
    }

    private static void writes(List<Integer> sizes) throws Exception {
        Path root = Files.createTempDirectory("constl-bench-");
        try {
            LogWriter writer = writer();
            System.out.printf("Signed puts into a keyvalue database on disk (%s): a transaction per call, durable when it returns%n", root);
            put(root.resolve("warm-up"), writer, WARM_UP_PUTS, 1); // lets the JIT compile the write path first
            System.out.printf("%8s %6s %8s %10s %12s %27s   %s%n", "entries", "batch", "seconds", "entries/s", "CPU µs/entry",
                    "call latency p50/p99/max ms", "entries/s by tenth of the run");
            Path largest = null;
            int largestSize = 0;
            long largestEntryBytes = 0;
            for (int size : sizes) {
                Path folder = root.resolve("size-" + size);
                Run run = put(folder, writer, size, 1);
                print(size, 1, run);
                if (size >= largestSize) {
                    largest = folder;
                    largestSize = size;
                    largestEntryBytes = run.entryBytes();
                }
            }
            print(largestSize, BATCH, put(root.resolve("batches"), writer, largestSize, BATCH));
            long bytes = bytesOnDisk(largest);
            System.out.printf("On disk after %d entries, closed (so checkpointed): %d bytes, %.0f bytes per entry"
                    + " (whose block is %.0f bytes)%n", largestSize, bytes, bytes / (double) largestSize,
                    largestEntryBytes / (double) largestSize);
            String lastKey = key(largestSize - 1);
            System.out.printf("Reopen %d entries until the first get returns: %.3f s in this JVM%n", largestSize,
                    reopenSeconds(largest, lastKey));
            long start = System.nanoTime();
            String inChild = reopenInNewJvm(largest, lastKey);
            System.out.printf("   in a new JVM: %s s from main() (%.3f s with the JVM's start and exit)%n", inChild,
                    (System.nanoTime() - start) / 1e9);
        } finally {
            delete(root);
        }
    }

    /** The batched run of {@code writes} alone. */
    private static void batched(int size, int batch, int warmUp) throws Exception {
        Path root = Files.createTempDirectory("constl-bench-");
        try {
            LogWriter writer = writer();
            put(root.resolve("warm-up"), writer, warmUp, batch);
            System.out.printf("%8s %6s %8s %10s %12s %27s   %s%n", "entries", "batch", "seconds", "entries/s", "CPU µs/entry",
                    "call latency p50/p99/max ms", "entries/s by tenth of the run");
            print(size, batch, put(root.resolve("batches"), writer, size, batch));
        } finally {
            delete(root);
        }
    }

    private static void print(int size, int batch, Run run) {
        StringBuilder slices = new StringBuilder();
        for (long nanos : run.sliceNanos()) {
            slices.append(String.format(" %.0f", size / (double) SLICES / (nanos / 1e9)));
        }
        long[] sorted = run.callNanos().clone();
        Arrays.sort(sorted);
        System.out.printf("%8d %6d %8.2f %10.0f %12.0f %11.2f/%.2f/%.1f   %s%n", size, batch, run.seconds(), size / run.seconds(),
                run.cpuNanos() / 1e3 / size, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[sorted.length - 1] / 1e6, slices);
    }

    /** A run of puts: the time of each call and of each tenth, the CPU time of the process, the bytes of the entries. */
    private record Run(long[] callNanos, long[] sliceNanos, long cpuNanos, long entryBytes) {
        double seconds() {
            return Arrays.stream(sliceNanos).sum() / 1e9;
        }
    }

    /** Makes {@code count} puts in a new database of {@code folder}, {@code batch} per call. */
    private static Run put(Path folder, LogWriter writer, int count, int batch) throws Exception {
        long[] calls = new long[count];
        int call = 0;
        long[] slices = new long[SLICES];
        long entryBytes = 0;
        try (DataFolder data = DataFolder.open(folder); LocalStore store = LocalStore.open(data);
                OrbitDb orbitdb = new OrbitDb(store, writer, List.of())) {
            KeyValue database = new KeyValue(orbitdb.open(DATABASE, KeyValue.TYPE));
            long cpuStart = CPU.getProcessCpuTime();
            int done = 0;
            for (int slice = 0; slice < SLICES; slice++) {
                int end = (int) ((long) count * (slice + 1) / SLICES);
                long sliceStart = System.nanoTime();
                while (done < end) {
                    Map<String, IpldValue> values = new LinkedHashMap<>();
                    for (int n = done; n < Math.min(end, done + batch); n++) {
                        values.put(key(n), value(n));
                    }
                    long start = System.nanoTime();
                    List<Entry> entries = batch == 1 ? List.of(database.put(key(done), value(done))) : database.putAll(values);
                    calls[call++] = System.nanoTime() - start;
                    for (Entry entry : entries) {
                        entryBytes += entry.bytes().length;
                    }
                    done += entries.size();
                }
                slices[slice] = System.nanoTime() - sliceStart;
            }
            return new Run(Arrays.copyOf(calls, call), slices, CPU.getProcessCpuTime() - cpuStart, entryBytes);
        }
    }

    /** The store's files once closed: SQLite checkpoints the write-ahead log into the database on close. */
    private static long bytesOnDisk(Path folder) throws IOException {
        long bytes = 0;
        for (String suffix : List.of("", "-wal")) {
            Path file = folder.resolve(LocalStore.FILE_NAME + suffix);
            bytes += Files.exists(file) ? Files.size(file) : 0;
        }
        return bytes;
    }

    private static double reopenSeconds(Path folder, String key) throws Exception {
        long start = System.nanoTime();
        try (DataFolder data = DataFolder.open(folder); LocalStore store = LocalStore.open(data);
                OrbitDb orbitdb = new OrbitDb(store, null, List.of())) {
            KeyValue database = new KeyValue(orbitdb.open(orbitdb.databases().getFirst().address()));
            Optional<IpldValue> value = database.get(key);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (value.isEmpty()) {
                throw new IllegalStateException("the reopened database has no " + key);
            }
            return seconds;
        }
    }

    private static String reopenInNewJvm(Path folder, String key) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                KeyValueStoreBench.class.getName(), "reopen", folder.toString(), key).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (child.waitFor() != 0) {
            throw new IllegalStateException("the reopening JVM failed");
        }
        return String.format("%.3f", Double.parseDouble(out));
    }

    /**
     * One put taken apart: the entry alone (DAG-CBOR encoding, secp256k1 signature, hash), then
     * the in-memory log's append (adds the 16 references found by traversal, the access check and
     * a block copy); then in the store on disk, a transaction of one small write (what a commit
     * costs), the writes a put makes, of entries made beforehand, and the whole put. The
     * differences are the costs of each layer.
     */
    private static void breakdown(int count) throws Exception {
        LogWriter writer = writer();
        String logId = "/orbitdb/zdpuAmrcSRUhkQcnRQ6p4bphs7DJWGBkqczSGFYynX6moTcDL";
        IpfsAccessController access = IpfsAccessController.create(List.of(writer.identity().id()));
        for (int round = 0; round < 2; round++) { // the first round warms up
            boolean report = round == 1;
            long start = System.nanoTime();
            List<String> hashes = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                List<String> next = hashes.isEmpty() ? List.of() : List.of(hashes.getLast());
                List<String> refs = hashes.subList(Math.max(0, hashes.size() - 17), Math.max(0, hashes.size() - 1));
                Entry entry = Entry.create(writer.identity(), writer.signingKey(), logId, KeyValue.putPayload(key(n), value(n)),
                        new Clock(writer.identity().publicKey(), n + 1), next, List.copyOf(refs));
                hashes.add(entry.hash());
            }
            rate(report, "Entry.create (encode, sign, hash)", count, start);

            byte[] signed = Entry.create(writer.identity(), writer.signingKey(), logId, KeyValue.putPayload(key(0), value(0)),
                    new Clock(writer.identity().publicKey(), 1), List.of(hashes.getLast()), List.copyOf(hashes.subList(0, 16))).signedBytes();
            start = System.nanoTime();
            for (int n = 0; n < count; n++) {
                writer.signingKey().sign(signed);
            }
            rate(report, "secp256k1 signature alone (" + signed.length + "-byte signed map)", count, start);

            Log log = new Log(logId, access, BlockStore.memory(), writer);
            start = System.nanoTime();
            for (int n = 0; n < count; n++) {
                log.append(KeyValue.putPayload(key(n), value(n)));
            }
            rate(report, "Log.append into memory (+ references, access check)", count, start);

            List<Entry> entries = log.values();
            Path folder = Files.createTempDirectory("constl-bench-");
            try (DataFolder data = DataFolder.open(folder.resolve("writes")); LocalStore store = LocalStore.open(data)) {
                byte[] small = new byte[60];
                start = System.nanoTime();
                for (int n = 0; n < count; n++) {
                    int key = n;
                    store.transaction(() -> {
                        store.datastore().put("bench", key(key), small);
                        return null;
                    });
                }
                rate(report, "a transaction of one small write (commit, fsync)", count, start);

                start = System.nanoTime();
                for (Entry entry : entries) {
                    store.transaction(() -> {
                        store.blocks().put(entry.block().cid(), entry.bytes());
                        store.pins().pin(entry.block().cid(), logId, false);
                        store.heads().set(logId, List.of(entry.block().cid()));
                        store.datastore().put("keys " + logId, entry.hash(), small);
                        return null;
                    });
                }
                rate(report, "the store writes of a put alone (block, pin, heads, key)", count, start);

                long nanos = Arrays.stream(put(folder.resolve("store"), writer, count, 1).sliceNanos()).sum();
                rate(report, "KeyValue.put into the store on disk (all of the above)", count, System.nanoTime() - nanos);
            } finally {
                delete(folder);
            }
        }
    }

    private static void rate(boolean report, String what, int count, long startNanos) {
        if (report) {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            System.out.printf("%-60s %8.0f /s  %7.1f µs each%n", what, count / seconds, seconds * 1e6 / count);
        }
    }

    private static byte[] sha256(String text) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
