package org.constl.core.rules.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsNumbers;
import org.constl.ipld.js.JsTypeError;

/**
 * How ipa's JavaScript sees a value that @ipld/dag-cbor decoded from an OrbitDB entry: property
 * reads, {@code ToString}, {@code <}/{@code >}, {@code Array.prototype.includes} and
 * truthiness. Maps, lists, bytes (Uint8Array) and links (CID) are objects.
 *
 * <p>The decoder assigns each key to a fresh object, so a {@code "__proto__"} key is never an own
 * property: a map there becomes the prototype, whose keys are then inherited; null leaves no
 * prototype; a primitive is dropped. What would need the behaviour of a list, bytes or link as
 * prototype, or of {@code Object.prototype}'s functions as values, is not reproduced and throws
 * {@link JsTypeError}.
 */
final class JsValues {

  /** The result of comparing two values; {@code UNORDERED} when a NaN is involved. */
  enum Order {
    LESS,
    EQUAL,
    GREATER,
    UNORDERED
  }

  private static final String PROTO = "__proto__";
  private static final Set<String> OBJECT_PROTOTYPE = Set.of("constructor", PROTO, "__defineGetter__",
      "__defineSetter__", "__lookupGetter__", "__lookupSetter__", "hasOwnProperty", "isPrototypeOf",
      "propertyIsEnumerable", "toString", "toLocaleString", "valueOf");
  private static final String NO_PRIMITIVE = "Cannot convert object to primitive value";

  /** The key of {@link #sameValueZeroKey} for null. */
  private enum Null {
    NULL
  }

  private JsValues() {
  }

  /** {@code object[name]} for a decoded map (or a row's cells); empty for undefined. */
  static Optional<IpldValue> property(Map<String, IpldValue> object, String name) {
    if (OBJECT_PROTOTYPE.contains(name)) {
      throw new JsTypeError("reading the property " + name + " is not reproduced");
    }
    Map<String, IpldValue> current = object;
    while (true) {
      IpldValue value = current.get(name);
      if (value != null) {
        return Optional.of(value);
      }
      IpldValue proto = current.get(PROTO);
      if (proto instanceof IpldValue.MapValue map) {
        current = map.entries();
      } else if (proto != null && isObject(proto)) {
        throw new JsTypeError("an object whose prototype is a " + proto.kind() + " is not reproduced");
      } else {
        return Optional.empty();
      }
    }
  }

  /** {@code name in object}. */
  static boolean has(Map<String, IpldValue> object, String name) {
    return property(object, name).isPresent();
  }

  /** A map, list, bytes or link. */
  static boolean isObject(IpldValue value) {
    return value instanceof IpldValue.MapValue || value instanceof IpldValue.ListValue
        || value instanceof IpldValue.BytesValue || value instanceof IpldValue.LinkValue;
  }

  static boolean truthy(IpldValue value) {
    return switch (value) {
      case IpldValue.NullValue n -> false;
      case IpldValue.BoolValue b -> b.value();
      case IpldValue.IntValue i -> i.value().signum() != 0;
      case IpldValue.FloatValue f -> f.value() != 0;
      case IpldValue.StringValue s -> !s.value().isEmpty();
      default -> true;
    };
  }

  /** {@code ToString}, which is also {@code ToPropertyKey} and, for objects, {@code ToPrimitive}. */
  static String toText(IpldValue value) {
    return switch (value) {
      case IpldValue.NullValue n -> "null";
      case IpldValue.BoolValue b -> Boolean.toString(b.value());
      case IpldValue.IntValue i -> i.value().toString();
      case IpldValue.FloatValue f -> JsNumbers.toString(f.value());
      case IpldValue.StringValue s -> s.value();
      // Uint8Array and Array print as join(","), a null element as "".
      case IpldValue.BytesValue b -> {
        byte[] bytes = b.bytes();
        yield IntStream.range(0, bytes.length).mapToObj(i -> Integer.toString(bytes[i] & 0xff))
            .collect(Collectors.joining(","));
      }
      case IpldValue.ListValue l -> l.values().stream().map(v -> v.isNull() ? "" : toText(v))
          .collect(Collectors.joining(","));
      case IpldValue.LinkValue l -> l.cid().toString();
      case IpldValue.MapValue m -> plainObjectText(m);
    };
  }

  /**
   * The abstract relational comparison ({@code <}, {@code >}, {@code <=}, {@code >=}): objects
   * become text; two texts compare by UTF-16 code units; otherwise both become numbers (null 0,
   * booleans 0 and 1, text parsed), with BigInts compared exactly.
   */
  static Order compare(IpldValue a, IpldValue b) {
    IpldValue x = toPrimitive(a);
    IpldValue y = toPrimitive(b);
    if (x instanceof IpldValue.StringValue sx && y instanceof IpldValue.StringValue sy) {
      return order(sx.value().compareTo(sy.value()));
    }
    if (JsNumbers.isBigInt(x) && y instanceof IpldValue.StringValue sy) {
      return JsNumbers.stringToBigInt(sy.value()).map(n -> order(x.asBigInteger().compareTo(n)))
          .orElse(Order.UNORDERED);
    }
    if (x instanceof IpldValue.StringValue sx && JsNumbers.isBigInt(y)) {
      return JsNumbers.stringToBigInt(sx.value()).map(n -> order(n.compareTo(y.asBigInteger())))
          .orElse(Order.UNORDERED);
    }
    return compareNumeric(numeric(x), numeric(y));
  }

  /**
   * A key under which two values are equal exactly when {@code Array.prototype.includes} finds
   * one for the other (SameValueZero); empty for objects, which are never equal to another.
   */
  static Optional<Object> sameValueZeroKey(IpldValue value) {
    if (isObject(value)) {
      return Optional.empty();
    }
    return Optional.of(switch (value) {
      case IpldValue.NullValue n -> Null.NULL;
      case IpldValue.BoolValue b -> b.value();
      case IpldValue.StringValue s -> s.value();
      // +0 and -0 are the same value here.
      default -> JsNumbers.isBigInt(value) ? value.asBigInteger() : Double.valueOf(value.asDouble() + 0.0);
    });
  }

  private static IpldValue toPrimitive(IpldValue value) {
    return isObject(value) ? IpldValue.of(toText(value)) : value;
  }

  /** ToNumeric of a primitive: a Double or, for a BigInt, a BigInteger. */
  private static Object numeric(IpldValue primitive) {
    return switch (primitive) {
      case IpldValue.NullValue n -> 0.0;
      case IpldValue.BoolValue b -> b.value() ? 1.0 : 0.0;
      case IpldValue.StringValue s -> JsNumbers.stringToNumber(s.value());
      default -> JsNumbers.isBigInt(primitive) ? primitive.asBigInteger() : primitive.asDouble();
    };
  }

  private static Order compareNumeric(Object x, Object y) {
    if (x instanceof Double dx && y instanceof Double dy) {
      return dx < dy ? Order.LESS : dx > dy ? Order.GREATER : dx.doubleValue() == dy ? Order.EQUAL : Order.UNORDERED;
    }
    if (x instanceof BigInteger bx && y instanceof BigInteger by) {
      return order(bx.compareTo(by));
    }
    if (x instanceof Double dx) {
      Order reversed = compareNumeric(y, dx);
      return switch (reversed) {
        case LESS -> Order.GREATER;
        case GREATER -> Order.LESS;
        default -> reversed;
      };
    }
    BigInteger big = (BigInteger) x;
    double number = (Double) y;
    if (Double.isNaN(number)) {
      return Order.UNORDERED;
    }
    if (Double.isInfinite(number)) {
      return number > 0 ? Order.LESS : Order.GREATER;
    }
    return order(new BigDecimal(big).compareTo(new BigDecimal(number)));
  }

  private static Order order(int comparison) {
    return comparison < 0 ? Order.LESS : comparison > 0 ? Order.GREATER : Order.EQUAL;
  }

  /**
   * {@code Object.prototype.toString}, unless a {@code toString} key shadows it (data is not
   * callable, and {@code valueOf} gives the object back) or there is no prototype.
   */
  private static String plainObjectText(IpldValue.MapValue map) {
    IpldValue.MapValue current = map;
    while (true) {
      if (current.has("toString")) {
        throw new JsTypeError(NO_PRIMITIVE);
      }
      IpldValue proto = current.has(PROTO) ? current.get(PROTO) : null;
      if (proto instanceof IpldValue.MapValue next) {
        current = next;
      } else if (proto != null && proto.isNull()) {
        throw new JsTypeError(NO_PRIMITIVE);
      } else if (proto != null && isObject(proto)) {
        throw new JsTypeError("an object whose prototype is a " + proto.kind() + " is not reproduced");
      } else {
        return "[object Object]";
      }
    }
  }
}
