package org.constl.core.objects.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.constl.core.objects.InvalidRequestException;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsNumbers;

/**
 * {@code JSON.stringify} of cell values as JS holds them, for ipa's row keys: numbers in JS form,
 * a JS object's key order (array-index keys first in numeric order, then the others in their
 * order), bytes as a {@code Uint8Array} ({@code {"0":b0,...}}) and links as a CID's
 * {@code toJSON} ({@code {"/":"<cid>"}}).
 *
 * <p>A nested object's keys come in the order the store keeps them (DAG-CBOR's, as JS decodes
 * them), except a date {@code {système, val}}: ipa's import builds it {@code système} first, so a
 * row typed here gets the key of the same row imported by ipa.
 */
public final class JsJsonText {

  private static final Pattern ARRAY_INDEX = Pattern.compile("0|[1-9][0-9]{0,9}");
  private static final long MAX_ARRAY_INDEX = 4_294_967_294L;
  private static final BigInteger MAX_SAFE = BigInteger.valueOf(9_007_199_254_740_991L);
  /** The keys of a date cell ({@code {système: "dateJS", val}}). */
  private static final String DATE_SYSTEM = "système";
  private static final String DATE_VALUE = "val";

  private JsJsonText() {
  }

  /** The text of a JS object with these properties, in this order before JS reorders them. */
  public static String object(Map<String, IpldValue> properties) {
    StringBuilder out = new StringBuilder();
    writeObject(properties, out);
    return out.toString();
  }

  private static void write(IpldValue value, StringBuilder out) {
    switch (value) {
      case IpldValue.NullValue n -> out.append("null");
      case IpldValue.BoolValue b -> out.append(b.value());
      case IpldValue.IntValue i -> {
        if (i.value().abs().compareTo(MAX_SAFE) > 0) {
          throw new InvalidRequestException("the integer " + i.value()
              + " is beyond what JS numbers hold exactly: ipa cannot make a row key of it");
        }
        out.append(i.value());
      }
      case IpldValue.FloatValue f -> out.append(Double.isFinite(f.value()) ? JsNumbers.toString(f.value()) : "null");
      case IpldValue.StringValue s -> quote(s.value(), out);
      case IpldValue.BytesValue b -> {
        Map<String, IpldValue> indices = new LinkedHashMap<>();
        byte[] bytes = b.bytes();
        for (int i = 0; i < bytes.length; i++) {
          indices.put(Integer.toString(i), IpldValue.of(bytes[i] & 0xff));
        }
        writeObject(indices, out);
      }
      case IpldValue.ListValue l -> {
        out.append('[');
        for (int i = 0; i < l.values().size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(l.values().get(i), out);
        }
        out.append(']');
      }
      case IpldValue.MapValue m -> writeObject(isDate(m) ? dateInIpaOrder(m) : m.entries(), out);
      case IpldValue.LinkValue link -> writeObject(Map.of("/", IpldValue.of(link.cid().toString())), out);
    }
  }

  private static void writeObject(Map<String, IpldValue> properties, StringBuilder out) {
    List<String> indices = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String key : properties.keySet()) {
      (isArrayIndex(key) ? indices : others).add(key);
    }
    indices.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
    out.append('{');
    boolean first = true;
    for (List<String> keys : List.of(indices, others)) {
      for (String key : keys) {
        if (!first) {
          out.append(',');
        }
        first = false;
        quote(key, out);
        out.append(':');
        write(properties.get(key), out);
      }
    }
    out.append('}');
  }

  private static boolean isDate(IpldValue.MapValue map) {
    return map.size() == 2 && map.has(DATE_SYSTEM) && map.has(DATE_VALUE);
  }

  private static Map<String, IpldValue> dateInIpaOrder(IpldValue.MapValue date) {
    Map<String, IpldValue> ordered = new LinkedHashMap<>();
    ordered.put(DATE_SYSTEM, date.get(DATE_SYSTEM));
    ordered.put(DATE_VALUE, date.get(DATE_VALUE));
    return ordered;
  }

  private static boolean isArrayIndex(String key) {
    return ARRAY_INDEX.matcher(key).matches() && Long.parseLong(key) <= MAX_ARRAY_INDEX;
  }

  /** JS {@code JSON.stringify} of a string, lone surrogates escaped (well-formed stringify). */
  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean lone = Character.isHighSurrogate(c)
              ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
              : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
          if (c < 0x20 || lone) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
