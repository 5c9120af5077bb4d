package org.constl.ipld.js;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.constl.ipld.IpldValue;

/**
 * How the JS database types see a DAG-CBOR value once @ipld/dag-cbor has decoded it: property
 * reads, property keys ({@code obj[value]}), truthiness and {@code ===}. JS {@code undefined}
 * is an empty {@link Optional}.
 *
 * <p>The decoder assigns each map key to a fresh object, so a {@code "__proto__"} key is never an
 * own property: when its value is a map (or null) it becomes the object's prototype, whose
 * properties the object then inherits; any other value is dropped.
 */
public final class JsObjects {

    public static final String PROTO = "__proto__";

    /**
     * The properties of {@code Object.prototype}: {@code obj[name]} is already set on the plain
     * objects the JS types keep their state in, so a key with one of these names counts as seen.
     */
    public static final Set<String> OBJECT_PROTOTYPE_PROPERTIES = Set.of("constructor", PROTO, "__defineGetter__",
            "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "hasOwnProperty", "isPrototypeOf",
            "propertyIsEnumerable", "toString", "toLocaleString", "valueOf");

    private static final String OBJECT_WITHOUT_PRIMITIVE = "Cannot convert object to primitive value";

    private JsObjects() {
    }

    /**
     * {@code object[name]}, for a name that no built-in prototype has ({@code op}, {@code key},
     * {@code value}, {@code position}): an own key, else one inherited through {@code __proto__}.
     *
     * @throws JsTypeError when the object is null or undefined, as reading a property of them is
     */
    public static Optional<IpldValue> get(Optional<IpldValue> object, String name) {
        IpldValue current = object.orElseThrow(() -> new JsTypeError("Cannot read properties of undefined (reading '" + name + "')"));
        if (current.isNull()) {
            throw new JsTypeError("Cannot read properties of null (reading '" + name + "')");
        }
        if (!(current instanceof IpldValue.MapValue map)) {
            return Optional.empty();
        }
        return Chain.of(map).maps().stream().filter(m -> m.has(name)).findFirst().map(m -> m.get(name));
    }

    /** {@code ToPropertyKey(value)}, the string under which {@code obj[value]} is found. */
    public static String toPropertyKey(Optional<IpldValue> value) {
        return value.map(JsObjects::toString).orElse("undefined");
    }

    /** {@code ToString(value)} ({@code String(value)}). */
    public static String toString(IpldValue value) {
        return switch (value) {
            case IpldValue.NullValue n -> "null";
            case IpldValue.BoolValue b -> Boolean.toString(b.value());
            case IpldValue.IntValue i -> i.value().toString();
            case IpldValue.FloatValue f -> JsNumbers.toString(f.value());
            case IpldValue.StringValue s -> s.value();
            // Uint8Array and Array print as join(","); null list elements as "".
            case IpldValue.BytesValue b -> IntStream.range(0, b.length()).mapToObj(i -> Integer.toString(b.bytes()[i] & 0xff))
                    .collect(Collectors.joining(","));
            case IpldValue.ListValue l -> l.values().stream().map(v -> v.isNull() ? "" : toString(v)).collect(Collectors.joining(","));
            case IpldValue.LinkValue l -> l.cid().toString();
            case IpldValue.MapValue m -> objectToString(m);
        };
    }

    /** Whether the value is truthy: not undefined, null, false, 0 or "". */
    public static boolean truthy(Optional<IpldValue> value) {
        return value.map(v -> switch (v) {
            case IpldValue.NullValue n -> false;
            case IpldValue.BoolValue b -> b.value();
            case IpldValue.IntValue i -> i.value().signum() != 0;
            case IpldValue.FloatValue f -> f.value() != 0;
            case IpldValue.StringValue s -> !s.value().isEmpty();
            default -> true;
        }).orElse(false);
    }

    /**
     * {@code a === b}: objects are distinct decoded objects, so never equal, except empty bytes:
     * the decoder (cborg) returns one shared empty Uint8Array for all of them.
     */
    public static boolean strictEquals(Optional<IpldValue> a, Optional<IpldValue> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        IpldValue x = a.get();
        IpldValue y = b.get();
        if (JsNumbers.isNumber(x) && JsNumbers.isNumber(y)) {
            return x.asDouble() == y.asDouble();
        }
        return switch (x) {
            case IpldValue.NullValue n -> y.isNull();
            case IpldValue.BoolValue bx -> y instanceof IpldValue.BoolValue by && bx.value() == by.value();
            case IpldValue.IntValue ix -> JsNumbers.isBigInt(x) && JsNumbers.isBigInt(y) && ix.equals(y);
            case IpldValue.StringValue sx -> y instanceof IpldValue.StringValue sy && sx.value().equals(sy.value());
            case IpldValue.BytesValue bx -> bx.length() == 0 && y instanceof IpldValue.BytesValue by && by.length() == 0;
            default -> false;
        };
    }

    /**
     * A key under which two values are equal exactly when {@code Array.prototype.includes} finds
     * one for the other (SameValueZero); empty for objects, which are never equal to another.
     */
    public static Optional<Object> sameValueZeroKey(IpldValue value) {
        if (isObject(value)) {
            return Optional.empty();
        }
        return Optional.of(switch (value) {
            case IpldValue.NullValue n -> NullKey.NULL;
            case IpldValue.BoolValue b -> b.value();
            case IpldValue.StringValue s -> s.value();
            // +0 and -0 are the same value here.
            default -> JsNumbers.isBigInt(value) ? value.asBigInteger() : Double.valueOf(value.asDouble() + 0.0);
        });
    }

    /** The key of {@link #sameValueZeroKey} for null. */
    private enum NullKey {
        NULL
    }

    /** Whether JS sees the value as an object: a map, list, bytes (Uint8Array) or link (CID). */
    public static boolean isObject(IpldValue value) {
        return value instanceof IpldValue.MapValue || value instanceof IpldValue.ListValue
                || value instanceof IpldValue.BytesValue || value instanceof IpldValue.LinkValue;
    }

    /**
     * A decoded map's prototype chain: the map, the maps it inherits from, and what the chain
     * ends with: empty for {@code Object.prototype}, null for a null prototype, or the list,
     * bytes or link object that a {@code __proto__} key made the last prototype.
     */
    record Chain(List<IpldValue.MapValue> maps, Optional<IpldValue> end) {

        static Chain of(IpldValue.MapValue map) {
            List<IpldValue.MapValue> maps = new ArrayList<>();
            IpldValue.MapValue current = map;
            while (true) {
                maps.add(current);
                IpldValue proto = current.has(PROTO) ? current.get(PROTO) : null;
                if (proto instanceof IpldValue.MapValue next) {
                    current = next;
                } else {
                    // A primitive __proto__ is dropped: the prototype stays Object.prototype.
                    boolean replaced = proto != null && (proto.isNull() || isObject(proto));
                    return new Chain(List.copyOf(maps), replaced ? Optional.of(proto) : Optional.empty());
                }
            }
        }

        boolean defines(String name) {
            return maps.stream().anyMatch(m -> m.has(name));
        }

        /** @throws JsTypeError when the chain ends with a list, bytes or link, not reproduced here */
        void requireOrdinaryEnd(String operation) {
            if (end.isPresent() && !end.get().isNull()) {
                throw new JsTypeError(operation + " of an object whose prototype is a " + end.get().kind() + " is not reproduced");
            }
        }
    }

    /**
     * {@code ToPrimitive} of a plain object: {@code Object.prototype.toString} gives
     * "[object Object]", unless a {@code toString} key shadows it (data is not callable, and
     * {@code valueOf} gives no primitive either) or the chain has no {@code Object.prototype}.
     */
    private static String objectToString(IpldValue.MapValue map) {
        Chain chain = Chain.of(map);
        if (chain.defines("toString")) {
            throw new JsTypeError(OBJECT_WITHOUT_PRIMITIVE);
        }
        chain.requireOrdinaryEnd("ToString");
        if (chain.end().isPresent()) {
            throw new JsTypeError(OBJECT_WITHOUT_PRIMITIVE);
        }
        return "[object Object]";
    }
}
