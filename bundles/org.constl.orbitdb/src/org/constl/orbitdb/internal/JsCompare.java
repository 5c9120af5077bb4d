package org.constl.orbitdb.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsNumbers;
import org.constl.ipld.js.JsTypeError;

/**
 * JS {@code a > b} on decoded values (the abstract relational comparison): objects become their
 * string form, two strings compare by UTF-16 code units, anything else as numbers (null is 0,
 * booleans 0 and 1, strings parsed, NaN never greater), BigInts exactly against numbers.
 */
public final class JsCompare {

    private JsCompare() {
    }

    /**
     * {@code a > b}.
     *
     * @throws JsTypeError when an object has no primitive value
     */
    public static boolean greaterThan(IpldValue a, IpldValue b) {
        IpldValue x = toPrimitive(a);
        IpldValue y = toPrimitive(b);
        if (x instanceof IpldValue.StringValue sx && y instanceof IpldValue.StringValue sy) {
            return sx.value().compareTo(sy.value()) > 0;
        }
        if (JsNumbers.isBigInt(x) && y instanceof IpldValue.StringValue sy) {
            Optional<BigInteger> parsed = JsNumbers.stringToBigInt(sy.value());
            return parsed.isPresent() && x.asBigInteger().compareTo(parsed.get()) > 0;
        }
        if (x instanceof IpldValue.StringValue sx && JsNumbers.isBigInt(y)) {
            Optional<BigInteger> parsed = JsNumbers.stringToBigInt(sx.value());
            return parsed.isPresent() && parsed.get().compareTo(y.asBigInteger()) > 0;
        }
        if (JsNumbers.isBigInt(x) || JsNumbers.isBigInt(y)) {
            return compareWithBigInt(x, y) > 0;
        }
        return toNumber(x) > toNumber(y);
    }

    /** {@code ToPrimitive}: an object becomes its string form, primitives stay. */
    public static IpldValue toPrimitive(IpldValue value) {
        return JsObjects.isObject(value) ? IpldValue.of(JsObjects.toString(value)) : value;
    }

    /** {@code ToNumber} of a primitive that is not a BigInt. */
    private static double toNumber(IpldValue primitive) {
        return switch (primitive) {
            case IpldValue.NullValue n -> 0;
            case IpldValue.BoolValue b -> b.value() ? 1 : 0;
            case IpldValue.StringValue s -> JsNumbers.stringToNumber(s.value());
            default -> primitive.asDouble();
        };
    }

    /**
     * Compares primitives of which at least one is a BigInt and none a string: -1, 0 or 1, and
     * 0 when a NaN makes them unordered (then neither is greater).
     */
    private static int compareWithBigInt(IpldValue x, IpldValue y) {
        if (JsNumbers.isBigInt(x) && JsNumbers.isBigInt(y)) {
            return x.asBigInteger().compareTo(y.asBigInteger());
        }
        if (JsNumbers.isBigInt(y)) {
            return -compareWithBigInt(y, x);
        }
        double number = toNumber(y);
        if (Double.isNaN(number)) {
            return 0;
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? -1 : 1;
        }
        return new BigDecimal(x.asBigInteger()).compareTo(new BigDecimal(number));
    }
}
