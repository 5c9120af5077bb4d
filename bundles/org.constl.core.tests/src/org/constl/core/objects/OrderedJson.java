package org.constl.core.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constl.ipld.IpldValue;

/**
 * A JSON reader for the vectors that keeps the order of object keys, as JS does, where
 * {@link org.constl.ipld.IpldJson} sorts them: objects are {@code LinkedHashMap}s of
 * {@link IpldValue} or, nested, {@link IpldValue.MapValue}s.
 */
final class OrderedJson {

  private final String text;
  private int at;

  private OrderedJson(String text) {
    this.text = text;
  }

  /** The top-level object, its keys in order. */
  static Map<String, Object> object(String json) {
    OrderedJson reader = new OrderedJson(json);
    reader.skipSpace();
    return reader.object();
  }

  /** A value: {@code Map<String, Object>} for objects, {@code List<Object>}, or an {@link IpldValue} for the rest. */
  private Object value() {
    skipSpace();
    char c = text.charAt(at);
    if (c == '{') {
      return object();
    }
    if (c == '[') {
      at++;
      List<Object> list = new ArrayList<>();
      skipSpace();
      if (text.charAt(at) == ']') {
        at++;
        return list;
      }
      while (true) {
        list.add(value());
        skipSpace();
        if (text.charAt(at++) == ']') {
          return list;
        }
      }
    }
    if (c == '"') {
      return IpldValue.of(string());
    }
    if (text.startsWith("true", at)) {
      at += 4;
      return IpldValue.of(true);
    }
    if (text.startsWith("false", at)) {
      at += 5;
      return IpldValue.of(false);
    }
    if (text.startsWith("null", at)) {
      at += 4;
      return IpldValue.NULL;
    }
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String number = text.substring(start, at);
    return number.matches("-?[0-9]+") ? IpldValue.of(new BigInteger(number)) : IpldValue.of(Double.parseDouble(number));
  }

  private Map<String, Object> object() {
    at++;
    Map<String, Object> object = new LinkedHashMap<>();
    skipSpace();
    if (text.charAt(at) == '}') {
      at++;
      return object;
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      at++;
      object.put(key, value());
      skipSpace();
      if (text.charAt(at++) == '}') {
        return object;
      }
    }
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (true) {
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        char escaped = text.charAt(at++);
        switch (escaped) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
          }
          default -> out.append(escaped);
        }
      } else {
        out.append(c);
      }
    }
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  /** A value as IPLD (nested objects sorted, as the store keeps them). */
  @SuppressWarnings("unchecked")
  static IpldValue ipld(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, IpldValue> entries = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((k, v) -> entries.put(k, ipld(v)));
      return IpldValue.map(entries);
    }
    if (value instanceof List<?> list) {
      return IpldValue.list(list.stream().map(OrderedJson::ipld).toList());
    }
    return (IpldValue) value;
  }
}
