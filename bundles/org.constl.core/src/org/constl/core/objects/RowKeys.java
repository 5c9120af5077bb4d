package org.constl.core.objects;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsJson;
import org.constl.ipld.js.JsTypeError;

/**
 * Row keys as ipa's {@code ajouterÉlément} makes them, the keys of a table's {@code données}
 * database: a random UUID v4 when the table has no index column; otherwise
 * {@code Base64(MD5(JSON.stringify(obj)))}, {@code obj} holding the row's cells of the index
 * columns in the row's own key order (as a JS object lists them: array-index keys first, in
 * numeric order, then the others in insertion order), so that rows with the same index values get
 * the same key and replace each other.
 *
 * <p>A nested object's keys come in the order the store keeps them (DAG-CBOR's, as JS decodes
 * them), except a date {@code {système, val}}: ipa's import builds it {@code système} first, so a
 * row typed here gets the key of the same row imported by ipa.
 */
public final class RowKeys {

  /** The keys of a date cell ({@code {système: "dateJS", val}}). */
  private static final String DATE_SYSTEM = "système";
  private static final String DATE_VALUE = "val";

  private RowKeys() {
  }

  /** A random UUID v4, the key of a row of a table without index columns. */
  public static String random() {
    return UUID.randomUUID().toString();
  }

  /**
   * The key of {@code row} (column id to value, in the order the caller built it) in a table
   * with these index columns; {@link #random()} when there are none.
   */
  public static String of(Map<String, IpldValue> row, Collection<String> indexColumns) {
    if (indexColumns.isEmpty()) {
      return random();
    }
    Map<String, IpldValue> indexCells = new LinkedHashMap<>();
    row.forEach((column, value) -> {
      if (indexColumns.contains(column)) {
        indexCells.put(column, value);
      }
    });
    return hash(indexJson(indexCells));
  }

  /** {@code JSON.stringify} of the object of a row's index cells, as ipa builds it. */
  static String indexJson(Map<String, IpldValue> indexCells) {
    try {
      return JsJson.object(indexCells, RowKeys::inIpaOrder);
    } catch (JsTypeError e) {
      throw new InvalidRequestException("an index cell holds what JSON.stringify refuses (" + e.getMessage()
          + "; e.g. an integer beyond what JS numbers hold exactly): ipa cannot make a row key of it");
    }
  }

  private static Map<String, IpldValue> inIpaOrder(IpldValue.MapValue object) {
    if (object.size() != 2 || !object.has(DATE_SYSTEM) || !object.has(DATE_VALUE)) {
      return object.entries();
    }
    Map<String, IpldValue> date = new LinkedHashMap<>();
    date.put(DATE_SYSTEM, object.get(DATE_SYSTEM));
    date.put(DATE_VALUE, object.get(DATE_VALUE));
    return date;
  }

  /** crypto-js {@code Base64.stringify(md5(text))}: MD5 of the UTF-8 text, padded Base64. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has MD5", e);
    }
  }
}
