package org.constl.orbitdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsCompare;
import org.constl.ipld.js.JsJson;
import org.constl.ipld.js.JsObjects;
import org.constl.ipld.js.JsTypeError;
import org.constl.orbitdb.internal.V8Sort;
import org.junit.jupiter.api.Test;

/**
 * The JS semantics the database types rely on, against Node on the same DAG-CBOR values
 * ({@code orbitdb-types-js.tsv}): {@code JSON.stringify}, property keys, truthiness, {@code >}
 * and {@code ===}.
 */
class JsSemanticsTest {

    private static final String JS = "orbitdb-types-js.tsv";
    private static final List<IpldValue> VALUES = Vectors.rows(JS, "value").stream().map(r -> DagCbor.decode(Vectors.hex(r[2]))).toList();

    @Test
    void jsonTextsPropertyKeysAndTruthinessAreNodes() {
        for (String[] row : Vectors.rows(JS, "value")) {
            Optional<IpldValue> value = Optional.of(VALUES.get(Integer.parseInt(row[1])));
            String where = "value " + row[1] + " " + row[2];
            assertEquals(row[3], outcome(() -> JsJson.stringify(value).orElseThrow()), where);
            assertEquals(row[4], outcome(() -> Vectors.hex(JsObjects.toPropertyKey(value).getBytes(StandardCharsets.UTF_8))), where);
            assertEquals(row[5].equals("1"), JsObjects.truthy(value), where);
        }
    }

    @Test
    void greaterThanAndStrictEqualityAreNodes() {
        for (String[] row : Vectors.rows(JS, "compare")) {
            IpldValue a = VALUES.get(Integer.parseInt(row[1]));
            IpldValue b = VALUES.get(Integer.parseInt(row[2]));
            String where = "values " + row[1] + " > " + row[2];
            assertEquals(row[3], outcome(() -> JsCompare.greaterThan(a, b) ? "1" : "0"), where);
            assertEquals(row[4].equals("1"), JsObjects.strictEquals(Optional.of(a), Optional.of(b)), where);
        }
    }

    @Test
    void undefinedIsItsOwnKeyAndHasNoJson() {
        assertEquals("undefined", JsObjects.toPropertyKey(Optional.empty()));
        assertEquals(Optional.empty(), JsJson.stringify(Optional.empty()));
        assertThrows(JsTypeError.class, () -> JsObjects.get(Optional.empty(), "value"));
        assertThrows(JsTypeError.class, () -> JsObjects.get(Optional.of(IpldValue.NULL), "value"));
    }

    /** A behaviour not reproduced is refused, never guessed: a list, bytes or link as prototype. */
    @Test
    void anObjectWithAnExoticPrototypeIsRefused() {
        for (IpldValue proto : List.of(IpldValue.list(IpldValue.of(1)), IpldValue.of(new byte[] {1}),
                IpldValue.of(DagCbor.encodeBlock(IpldValue.NULL).cid()))) {
            IpldValue object = IpldValue.MapValue.builder().put(JsObjects.PROTO, proto).put("a", IpldValue.of(1)).build();
            assertThrows(JsTypeError.class, () -> JsObjects.toPropertyKey(Optional.of(object)));
        }
        IpldValue linked = IpldValue.MapValue.builder().put(JsObjects.PROTO, IpldValue.of(DagCbor.encodeBlock(IpldValue.NULL).cid())).build();
        assertThrows(JsTypeError.class, () -> JsJson.stringify(Optional.of(linked)));
    }

    /** With a consistent comparator the V8 sort is a stable sort, at sizes with many runs and merges. */
    @Test
    void v8SortIsAStableSortForAConsistentComparator() {
        Random random = new Random(20251121);
        for (int size : new int[] {0, 1, 2, 31, 64, 65, 257, 1000, 5000}) {
            for (int bound : new int[] {3, 50, 100000}) {
                List<int[]> items = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    items.add(new int[] {random.nextInt(bound), i});
                }
                // Partly presorted inputs exercise runs, descending runs and galloping.
                if (bound == 50) {
                    items.subList(0, size / 2).sort((x, y) -> Integer.compare(y[0], x[0]));
                }
                List<int[]> expected = new ArrayList<>(items);
                expected.sort((x, y) -> Integer.compare(x[0], y[0]));
                V8Sort.sort(items, (x, y) -> Integer.compare(x[0], y[0]));
                assertEquals(expected.stream().map(x -> x[1]).toList(), items.stream().map(x -> x[1]).toList(), "size " + size);
            }
        }
    }

    private static String outcome(Supplier<String> js) {
        try {
            return js.get();
        } catch (JsTypeError e) {
            return "!TypeError";
        }
    }
}
