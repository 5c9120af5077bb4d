package org.constl.ipld.internal;

import java.util.Map;

import org.constl.ipld.IpldException;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multibase;

/** Compact DAG-JSON style text of an {@link IpldValue}. */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    private final int maxDepth;

    private JsonWriter(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    public static String print(IpldValue value, int maxDepth) {
        JsonWriter writer = new JsonWriter(maxDepth);
        writer.write(value, 0);
        return writer.out.toString();
    }

    private void write(IpldValue value, int depth) {
        if (depth > maxDepth) {
            throw new IpldException("json: nesting deeper than " + maxDepth);
        }
        switch (value) {
            case IpldValue.NullValue n -> out.append("null");
            case IpldValue.BoolValue b -> out.append(b.value());
            case IpldValue.IntValue i -> out.append(i.value());
            // Double.toString always has '.' or 'E', so the float reads back as a float.
            case IpldValue.FloatValue f -> out.append(f.value());
            case IpldValue.StringValue s -> writeString(s.value());
            case IpldValue.BytesValue b -> out.append("{\"/\":{\"bytes\":\"")
                    .append(Multibase.BASE64.encodeBare(b.bytes())).append("\"}}");
            case IpldValue.LinkValue l -> out.append("{\"/\":\"").append(l.cid()).append("\"}");
            case IpldValue.ListValue l -> {
                out.append('[');
                for (int i = 0; i < l.values().size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(l.values().get(i), depth + 1);
                }
                out.append(']');
            }
            case IpldValue.MapValue m -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, IpldValue> entry : m.entries().entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    writeString(entry.getKey());
                    out.append(':');
                    write(entry.getValue(), depth + 1);
                }
                out.append('}');
            }
        }
    }

    private void writeString(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
