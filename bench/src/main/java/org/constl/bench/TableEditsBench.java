package org.constl.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.constl.core.rows.TableRows;
import org.constl.ipld.IpldValue;
import org.constl.orbitdb.LogWriter;

/**
 * The table editor's large edits through {@link TableRows}, in rows per second: a paste of new
 * rows, a paste over existing rows written one row per transaction (as it was) and in batches
 * ({@link TableRows#updateAll}), their undo, and a deletion and its undo, each batch the size the
 * editor writes. A plain runner, like {@link TableRowsBench}. Arguments: {@code [rows [batch]]},
 * 10,000 rows and 250 a batch by default, in a temporary folder deleted afterwards.
 */
public final class TableEditsBench {

    private static final int WARM_UP_ROWS = 2_000;

    private TableEditsBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        LogWriter writer = KeyValueStoreBench.writer();
        System.out.printf("Edits of a table of %,d rows × 10 columns, %d rows a transaction%n", rows, batch);
        // The JIT compiles the write paths first, in a throwaway table.
        Path root = Files.createTempDirectory("constl-edits-bench-");
        try {
            run(Files.createDirectories(root.resolve("warm-up")), writer, WARM_UP_ROWS, batch, false);
            run(Files.createDirectories(root.resolve("table")), writer, rows, batch, true);
        } finally {
            KeyValueStoreBench.delete(root);
        }
    }

    private static void run(Path folder, LogWriter writer, int count, int batch, boolean print) throws Exception {
        try (TableRowsBench.Node node = TableRowsBench.Node.open(folder, writer);
                TableRows table = TableRows.open(node.rows(), node.store(), TableRowsBench.schema())) {
            List<Map<String, IpldValue>> added = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                added.add(TableRowsBench.cells(n));
            }
            List<String> keys = new ArrayList<>();
            time(print, "paste new rows (insertAll)", count,
                    () -> batches(added, batch, rows -> keys.addAll(table.insertAll(rows))));

            time(print, "paste over rows, a transaction a row (update)", count,
                    () -> keys.forEach(key -> table.update(key, overwrite(key, 1))));
            Map<String, Map<String, Optional<IpldValue>>> pasted = new LinkedHashMap<>();
            keys.forEach(key -> pasted.put(key, overwrite(key, 2)));
            Map<String, Map<String, Optional<IpldValue>>> replaced = new LinkedHashMap<>();
            time(print, "paste over rows, batched (updateAll)", count,
                    () -> batches(keys, batch, slice -> replaced.putAll(table.updateAll(slice(pasted, slice)))));
            time(print, "   its undo (updateAll of the replaced cells)", count,
                    () -> batches(keys, batch, slice -> table.updateAll(slice(replaced, slice))));

            List<TableRows.Row> doomed = table.rows(0, table.size());
            time(print, "delete rows (deleteAll)", count,
                    () -> batches(keys, batch, table::deleteAll));
            time(print, "   its undo (insertAll of the deleted rows)", count,
                    () -> batches(doomed, batch, rows -> table.insertAll(rows.stream().map(TableRows.Row::cells).toList())));
            if (table.size() != count) {
                throw new IllegalStateException("the table holds " + table.size() + " rows, not " + count);
            }
        }
    }

    /** The cells a paste over a row changes: three of its ten columns. */
    private static Map<String, Optional<IpldValue>> overwrite(String key, int round) {
        Map<String, Optional<IpldValue>> cells = new LinkedHashMap<>();
        cells.put("c0", Optional.of(IpldValue.of("pasted-" + round)));
        cells.put("c1", Optional.of(IpldValue.of(key.hashCode() % 1000 + round)));
        cells.put("c5", Optional.empty());
        return cells;
    }

    private static <T> Map<String, T> slice(Map<String, T> all, List<String> keys) {
        Map<String, T> slice = new LinkedHashMap<>();
        keys.forEach(key -> slice.put(key, all.get(key)));
        return slice;
    }

    private static <T> void batches(List<T> items, int batch, Consumer<List<T>> write) {
        for (int from = 0; from < items.size(); from += batch) {
            write.accept(items.subList(from, Math.min(items.size(), from + batch)));
        }
    }

    /** Rows per second of wall time, and the process's CPU time per row (steadier on a shared machine). */
    private static void time(boolean print, String what, int rows, Runnable work) {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (print) {
            System.out.printf("%-52s %8.2f s %9.0f rows/s   (CPU %.0f µs/row)%n", what, seconds, rows / seconds,
                    (processCpuNanos() - cpu) / 1e3 / rows);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
