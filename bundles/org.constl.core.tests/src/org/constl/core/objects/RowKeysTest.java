package org.constl.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constl.ipld.IpldValue;
import org.junit.jupiter.api.Test;

/**
 * Row keys against those the real {@code @constl/ipa} 1.6.16 made
 * ({@code interop/vectors/constellation-objects.mjs}, {@code rowKeys}): the same input row, in
 * the same key order, with the same index columns, gets the same key.
 */
class RowKeysTest {

  @SuppressWarnings("unchecked")
  @Test
  void indexedRowsGetTheKeysIpaMadeAndOthersAUuid() throws Exception {
    String json;
    try (InputStream in = RowKeysTest.class.getResourceAsStream("/vectors/constellation-objects.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Object> vectors = (List<Object>) OrderedJson.object(json).get("rowKeys");
    int indexed = 0;
    for (Object item : vectors) {
      Map<String, Object> vector = (Map<String, Object>) item;
      List<String> indexColumns = ((List<Object>) vector.get("indexColumns")).stream()
          .map(c -> ((IpldValue) c).asString()).toList();
      Map<String, IpldValue> row = new LinkedHashMap<>();
      ((Map<String, Object>) vector.get("input")).forEach((column, value) -> row.put(column, OrderedJson.ipld(value)));
      String key = RowKeys.of(row, indexColumns);
      if (indexColumns.isEmpty()) {
        assertTrue(key.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), key);
        continue;
      }
      indexed++;
      Map<String, IpldValue> indexCells = new LinkedHashMap<>();
      row.forEach((column, value) -> {
        if (indexColumns.contains(column)) {
          indexCells.put(column, value);
        }
      });
      assertEquals(((IpldValue) vector.get("indexJson")).asString(), RowKeys.indexJson(indexCells), "JSON of " + row);
      assertEquals(((IpldValue) vector.get("key")).asString(), key, "key of " + row);
    }
    assertTrue(indexed >= 4, "the vector has indexed rows: " + indexed);
  }

  @Test
  void jsObjectsListArrayIndexKeysFirst() {
    Map<String, IpldValue> cells = new LinkedHashMap<>();
    cells.put("b", IpldValue.of(1.5));
    cells.put("10", IpldValue.of(1e21));
    cells.put("2", IpldValue.of("é\n\"\uD800"));
    cells.put("a", IpldValue.of(2.0));
    assertEquals("{\"2\":\"é\\n\\\"\\ud800\",\"10\":1e+21,\"b\":1.5,\"a\":2}", RowKeys.indexJson(cells));
  }
}
