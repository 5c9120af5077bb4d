package org.constl.core.objects;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.constl.core.objects.internal.JsJsonText;
import org.constl.ipld.IpldValue;

/**
 * Row keys as ipa's {@code ajouterÉlément} makes them, the keys of a table's {@code données}
 * database: a random UUID v4 when the table has no index column; otherwise
 * {@code Base64(MD5(JSON.stringify(obj)))}, {@code obj} holding the row's cells of the index
 * columns in the row's own key order (as a JS object lists them: array-index keys first, in
 * numeric order, then the others in insertion order), so that rows with the same index values get
 * the same key and replace each other.
 */
public final class RowKeys {

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
    return hash(JsJsonText.object(indexCells));
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
