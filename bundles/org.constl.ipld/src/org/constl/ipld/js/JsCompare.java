package org.constl.ipld.js;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.constl.ipld.IpldValue;

/**
 * JS {@code <}, {@code >}, {@code <=} and {@code >=} on decoded values (the abstract relational
 * comparison): objects become their string form, two strings compare by UTF-16 code units,
 * anything else as numbers (null is 0, booleans 0 and 1, strings parsed), BigInts exactly
 * against numbers; a NaN leaves the two unordered.
 */
public final class JsCompare {

    /** The result of comparing two values; {@code UNORDERED} when a NaN is involved. */
    public enum Order {
        LESS,
        EQUAL,
        GREATER,
        UNORDERED
    }

    private JsCompare() {
    }

    /**
     * {@code a > b}.
     *
     * @throws JsTypeError when an object has no primitive value
     */
    public static boolean greaterThan(IpldValue a, IpldValue b) {
        return compare(a, b) == Order.GREATER;
    }

    /**
     * How {@code a} compares with {@code b}.
     *
     * @throws JsTypeError when an object has no primitive value
     */
    public static Order compare(IpldValue a, IpldValue b) {
        IpldValue x = toPrimitive(a);
        IpldValue y = toPrimitive(b);
        if (x instanceof IpldValue.StringValue sx && y instanceof IpldValue.StringValue sy) {
            return order(sx.value().compareTo(sy.value()));
        }
        if (JsNumbers.isBigInt(x) && y instanceof IpldValue.StringValue sy) {
            return JsNumbers.stringToBigInt(sy.value()).map(n -> order(x.asBigInteger().compareTo(n))).orElse(Order.UNORDERED);
        }
        if (x instanceof IpldValue.StringValue sx && JsNumbers.isBigInt(y)) {
            return JsNumbers.stringToBigInt(sx.value()).map(n -> order(n.compareTo(y.asBigInteger()))).orElse(Order.UNORDERED);
        }
        return compareNumeric(numeric(x), numeric(y));
    }

    /** {@code ToPrimitive}: an object becomes its string form, primitives stay. */
    public static IpldValue toPrimitive(IpldValue value) {
        return JsObjects.isObject(value) ? IpldValue.of(JsObjects.toString(value)) : value;
    }

    /** {@code ToNumeric} of a primitive: a Double or, for a BigInt, a BigInteger. */
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
            return switch (compareNumeric(y, dx)) {
                case LESS -> Order.GREATER;
                case GREATER -> Order.LESS;
                case EQUAL -> Order.EQUAL;
                case UNORDERED -> Order.UNORDERED;
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
}
