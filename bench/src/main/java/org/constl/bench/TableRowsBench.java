package org.constl.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.constl.core.rows.TableRows;
import org.constl.core.rows.TableSchema;
import org.constl.core.rules.Bound;
import org.constl.core.rules.BoundOperator;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.ForeignTables;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleSource;
import org.constl.core.rules.RuleTypes;
import org.constl.core.rules.TableColumn;
import org.constl.core.rules.VariableRule;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.Database;
import org.constl.orbitdb.KeyValue;
import org.constl.orbitdb.LogWriter;
import org.constl.orbitdb.OrbitDb;
import org.constl.storage.DataFolder;
import org.constl.storage.LocalStore;

/**
 * The table editor's work on a table of many rows × 10 columns, through {@link TableRows}: build
 * the row index from the log, open it, read the first page and pages at random positions, sort,
 * filter, validate every row, and one edit under a sort; with the heap's peak and the process's
 * RSS. A plain runner, like {@link KeyValueStoreBench}: each step happens once on a large table.
 * Arguments: {@code [rows [folder [--keep-index]]]}; a folder that holds the table already is
 * reused (writing a million signed entries takes minutes), otherwise it is written first; its row
 * index is deleted and built again unless {@code --keep-index}.
 */
public final class TableRowsBench {

    private static final int DEFAULT_ROWS = 1_000_000;
    private static final int WRITE_BATCH = 10_000;
    private static final int PAGE = 50;
    private static final String[] WORDS = {"pluie", "neige", "soleil", "vent", "orage", "brume", "grêle", "nuage"};

    private static final AtomicLong PEAK_HEAP = new AtomicLong();

    private TableRowsBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROWS;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("constl-rows-bench-");
        boolean keepIndex = args.length > 2 && args[2].equals("--keep-index");
        Files.createDirectories(folder);
        Thread sampler = new Thread(TableRowsBench::sampleHeap, "heap sampler");
        sampler.setDaemon(true);
        sampler.start();
        LogWriter writer = KeyValueStoreBench.writer();
        System.out.printf("Table of %d rows × 10 columns in %s; max heap %d MB%n", rows, folder,
                Runtime.getRuntime().maxMemory() >> 20);

        try (Node node = Node.open(folder, writer)) {
            long have = node.rows.size();
            if (have < rows) {
                long[] start = mark();
                write(node.rows, (int) have, rows); // one entry per row: a run cut short goes on where it stopped
                report("write the rows as signed entries (KeyValue.putAll, %d a transaction)".formatted(WRITE_BATCH), start);
            }
            if (!keepIndex) {
                node.store.rowIndexes().delete(node.rows.address().toString());
                long[] start = mark();
                try (TableRows table = TableRows.open(node.rows, node.store, schema())) {
                    report("build the row index from the log (" + table.size() + " rows)", start);
                }
            }
        }
        System.gc();

        long[] start = mark();
        try (Node node = Node.open(folder, writer); TableRows table = TableRows.open(node.rows, node.store, schema())) {
            report("open the store, the database and its up-to-date index", start);
            long[] page = mark();
            int size = table.size();
            List<TableRows.Row> first = table.rows(0, PAGE);
            report("size() and the first page of " + first.size() + " rows", page);
            report("first paint's data: open + first page", start);

            randomPages(table, "in the written order");
            sort(table, "sort by an integer column, ascending", List.of(new TableRows.SortKey("c1", true)));
            randomPages(table, "sorted");
            sort(table, "sort by a text column, descending", List.of(new TableRows.SortKey("c3", false)));
            sort(table, "sort by text then float (two keys)",
                    List.of(new TableRows.SortKey("c0", true), new TableRows.SortKey("c2", false)));
            sort(table, "sort by a column with 20% missing values", List.of(new TableRows.SortKey("c5", true)));
            filter(table, "quick filter \"station-42\" (sorted by two keys)", "station-42");
            filter(table, "quick filter \"grêle\"", "grêle");
            filter(table, "quick filter \"station\" (every row)", "station");
            filter(table, "quick filter with no match", "§");
            filter(table, "clear the filter", "");
            table.sort(List.of());

            CountDownLatch reordered = new CountDownLatch(1);
            table.sort(List.of(new TableRows.SortKey("c1", false)));
            table.subscribe(new TableRows.Listener() {
                @Override
                public void rowsChanged(TableRows.Change change) {
                }

                @Override
                public void reordered() {
                    reordered.countDown();
                }
            });
            long[] edit = mark();
            table.insert(cells(size + 1));
            report("insert one row (signed entry, indexed, checked)", edit);
            reordered.await(60, TimeUnit.SECONDS);
            report("   until the sorted order includes it (300 ms debounce included)", edit);
            table.sort(List.of());

            long[] validation = mark();
            long findings = table.validateAll(TableRows.Progress.NONE);
            report("validate every row (3 rules; %d findings)".formatted(findings), validation);
            long[] again = mark();
            table.validateAll(TableRows.Progress.NONE);
            report("validate every row again (findings unchanged, nothing written)", again);
        }
        System.gc();
        System.out.printf("heap: peak used %d MB (sampled every 10 ms), used after GC at the end %d MB%n",
                PEAK_HEAP.get() >> 20, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
        System.out.println("process: " + rss());
        System.out.printf("store on disk: %d MB%n", Files.walk(folder).filter(Files::isRegularFile)
                .mapToLong(p -> p.toFile().length()).sum() >> 20);
    }

    /** The table's columns, and rules that 10% (c1), 20% (c5) and 0% (c7) of rows break. */
    static TableSchema schema() {
        List<TableColumn> columns = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            columns.add(new TableColumn("c" + i, Optional.empty(), false));
        }
        RuleSource table = RuleSource.table("bench");
        List<ColumnRule> rules = List.of(
                new ColumnRule(new VariableRule("c1-max", new Rule.Bounds(new Bound.Fixed(IpldValue.of(900)),
                        BoundOperator.LESS_OR_EQUAL)), table, "c1"),
                new ColumnRule(new VariableRule("c5-exists", new Rule.Exists()), table, "c5"),
                new ColumnRule(new VariableRule("c7-min", new Rule.Bounds(new Bound.Fixed(IpldValue.of(-1.0)),
                        BoundOperator.GREATER)), table, "c7"));
        return new TableSchema(columns, rules, RuleTypes.builtIn(), ForeignTables.NONE);
    }

    /** Row {@code n}: text, integers, floats, a boolean, 20% missing in c5; about 190 bytes. */
    static Map<String, IpldValue> cells(int n) {
        Random random = new Random(n);
        Map<String, IpldValue> cells = new LinkedHashMap<>();
        cells.put("c0", IpldValue.of("station-" + random.nextInt(1000)));
        cells.put("c1", IpldValue.of(random.nextInt(1000)));
        cells.put("c2", IpldValue.of(random.nextInt(100_000) / 8.0));
        cells.put("c3", IpldValue.of(WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(10_000)));
        cells.put("c4", IpldValue.of(random.nextBoolean()));
        if (random.nextInt(5) > 0) {
            cells.put("c5", IpldValue.of(random.nextInt(1_000_000)));
        }
        cells.put("c6", IpldValue.of("2024-%02d-%02dT%02d:00:00Z".formatted(1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24))));
        cells.put("c7", IpldValue.of(random.nextDouble() * 500));
        cells.put("c8", IpldValue.of("note " + Integer.toString(random.nextInt(1 << 30), 36)));
        cells.put("c9", IpldValue.of((long) n));
        return cells;
    }

    private static void write(Database rows, int from, int to) {
        KeyValue kv = new KeyValue(rows);
        for (int n = from; n < to; n += WRITE_BATCH) {
            Map<String, IpldValue> batch = new LinkedHashMap<>();
            for (int i = n; i < Math.min(to, n + WRITE_BATCH); i++) {
                batch.put("row-" + i, IpldValue.map(cells(i)));
            }
            kv.putAll(batch);
            if ((n / WRITE_BATCH) % 10 == 0) {
                System.out.printf("   %d rows written%n", n + batch.size());
            }
        }
    }

    private static void randomPages(TableRows table, String what) {
        Random random = new Random(7);
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            table.rows(random.nextInt(Math.max(1, table.size() - PAGE)), PAGE);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-62s median %.2f ms, max %.2f ms%n", "a page of " + PAGE + " rows at a random position, " + what,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
    }

    private static void sort(TableRows table, String what, List<TableRows.SortKey> keys) {
        long[] start = mark();
        table.sort(keys);
        table.rows(0, PAGE);
        report(what + " + first page", start);
    }

    private static void filter(TableRows table, String what, String text) {
        long[] start = mark();
        table.filter(text);
        table.rows(0, PAGE);
        report(what + " → " + table.size() + " rows", start);
    }

    /** Now: wall time and the process's CPU time, in nanoseconds. */
    private static long[] mark() {
        return new long[] {System.nanoTime(), processCpuNanos()};
    }

    /**
     * Wall time since {@code start}, and the process's CPU time (all threads): on a machine shared
     * with other work the second one is the steadier.
     */
    private static void report(String what, long[] start) {
        long[] now = mark();
        System.out.printf("%-62s %9.3f s   (CPU %.3f s)%n", what, (now[0] - start[0]) / 1e9, (now[1] - start[1]) / 1e9);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void sampleHeap() {
        Runtime runtime = Runtime.getRuntime();
        while (true) {
            PEAK_HEAP.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String rss() throws Exception {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS") || line.startsWith("VmHWM")) {
                out.append(line.replaceAll("\\s+", " ")).append("; ");
            }
        }
        return out.append("(VmHWM: the peak RSS)").toString();
    }

    /** A data folder, its store, OrbitDB and the table's rows database. */
    record Node(DataFolder folder, LocalStore store, OrbitDb orbitdb, Database rows) implements AutoCloseable {
        static Node open(Path dir, LogWriter writer) throws Exception {
            DataFolder folder = DataFolder.open(dir);
            LocalStore store = LocalStore.open(folder);
            OrbitDb orbitdb = new OrbitDb(store, writer, List.of());
            return new Node(folder, store, orbitdb, orbitdb.open("données", KeyValue.TYPE));
        }

        @Override
        public void close() {
            orbitdb.close();
            store.close();
            folder.close();
        }
    }
}
