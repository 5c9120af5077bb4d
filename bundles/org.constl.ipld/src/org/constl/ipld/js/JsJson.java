package org.constl.ipld.js;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.constl.ipld.IpldJson;
import org.constl.ipld.IpldValue;

/**
 * {@code JSON.stringify} of a value as @ipld/dag-cbor decodes it, the text that set-db compares
 * elements by. It differs from {@link IpldJson#print} (DAG-JSON) in four ways: numbers in JS form
 * (1, 1e+21, 1e-7) with integral floats as integers, integers beyond 2^53 − 1 refused (a JS
 * BigInt), bytes as the object {@code {"0":b0,"1":b1,...}} (a Uint8Array), and map keys that are
 * array indices ("0" to "4294967294", no leading zero) first in numeric order, then the others in
 * DAG-CBOR order, since a JS object lists its own keys so and the decoder fills it in that order.
 * Links are {@code {"/":"<cid>"}} in both; strings are escaped alike.
 *
 * <p>{@link #object} serves a JS object built by program code rather than decoded: its own
 * properties come in the order it was built, and a nested object's in the order its
 * {@link PropertyOrder} says.
 */
public final class JsJson {

    /**
     * The order in which a nested object's properties were added, before JS lists array indices
     * first: the data layer that built it knows, a decoded value has its DAG-CBOR order.
     */
    @FunctionalInterface
    public interface PropertyOrder {

        /** A decoded value: the decoder adds the keys in DAG-CBOR order. */
        PropertyOrder AS_DECODED = IpldValue.MapValue::entries;

        Map<String, IpldValue> properties(IpldValue.MapValue object);
    }

    private static final Pattern ARRAY_INDEX = Pattern.compile("0|[1-9][0-9]{0,9}");
    private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

    private JsJson() {
    }

    /** The JSON text, or empty for undefined (as {@code JSON.stringify(undefined)}). */
    public static Optional<String> stringify(Optional<IpldValue> value) {
        return value.map(v -> {
            StringBuilder out = new StringBuilder();
            write(v, PropertyOrder.AS_DECODED, out);
            return out.toString();
        });
    }

    /**
     * The JSON text of a JS object with these own properties, added in this order, its nested
     * objects' properties added in {@code nested} order.
     *
     * @throws JsTypeError for an integer beyond 2^53 − 1 (a BigInt), as {@code JSON.stringify}
     */
    public static String object(Map<String, IpldValue> properties, PropertyOrder nested) {
        StringBuilder out = new StringBuilder();
        writeProperties(properties, nested, out);
        return out.toString();
    }

    private static void write(IpldValue value, PropertyOrder order, StringBuilder out) {
        switch (value) {
            case IpldValue.NullValue n -> out.append("null");
            case IpldValue.BoolValue b -> out.append(b.value());
            case IpldValue.IntValue i -> {
                if (JsNumbers.isBigInt(i)) {
                    throw new JsTypeError("Do not know how to serialize a BigInt");
                }
                out.append(i.value());
            }
            case IpldValue.FloatValue f -> out.append(Double.isFinite(f.value()) ? JsNumbers.toString(f.value()) : "null");
            case IpldValue.StringValue s -> quote(s.value(), out);
            case IpldValue.BytesValue b -> {
                out.append('{');
                for (int i = 0; i < b.length(); i++) {
                    out.append(i == 0 ? "\"" : ",\"").append(i).append("\":").append(b.bytes()[i] & 0xff);
                }
                out.append('}');
            }
            // CID.prototype.toJSON
            case IpldValue.LinkValue l -> {
                out.append("{\"/\":");
                quote(l.cid().toString(), out);
                out.append('}');
            }
            case IpldValue.ListValue l -> {
                out.append('[');
                for (int i = 0; i < l.values().size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(l.values().get(i), order, out);
                }
                out.append(']');
            }
            case IpldValue.MapValue m -> writeObject(m, order, out);
        }
    }

    private static void writeObject(IpldValue.MapValue map, PropertyOrder order, StringBuilder out) {
        JsObjects.Chain chain = JsObjects.Chain.of(map);
        // A toJSON key is data, not a function, so it is ignored; only a CID prototype has one.
        if (chain.end().filter(end -> end instanceof IpldValue.LinkValue).isPresent()) {
            chain.requireOrdinaryEnd("JSON.stringify");
        }
        writeProperties(order.properties(map), order, out);
    }

    private static void writeProperties(Map<String, IpldValue> properties, PropertyOrder order, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, IpldValue> entry : ownKeysInJsOrder(properties)) {
            out.append(first ? "" : ",");
            first = false;
            quote(entry.getKey(), out);
            out.append(':');
            write(entry.getValue(), order, out);
        }
        out.append('}');
    }

    /** The own properties as {@code Object.keys} lists them: array indices first, ascending. */
    private static List<Map.Entry<String, IpldValue>> ownKeysInJsOrder(Map<String, IpldValue> properties) {
        List<Map.Entry<String, IpldValue>> indices = new ArrayList<>();
        List<Map.Entry<String, IpldValue>> names = new ArrayList<>();
        for (Map.Entry<String, IpldValue> entry : properties.entrySet()) {
            if (!JsObjects.PROTO.equals(entry.getKey())) {
                (isArrayIndex(entry.getKey()) ? indices : names).add(entry);
            }
        }
        indices.sort(Comparator.comparingLong(e -> Long.parseLong(e.getKey())));
        indices.addAll(names);
        return indices;
    }

    private static boolean isArrayIndex(String key) {
        return ARRAY_INDEX.matcher(key).matches() && Long.parseLong(key) <= MAX_ARRAY_INDEX;
    }

    private static void quote(String text, StringBuilder out) {
        out.append(IpldJson.print(IpldValue.of(text)));
    }
}
