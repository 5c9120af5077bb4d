package org.constl.ipld.js;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

import org.constl.ipld.IpldValue;

/**
 * JS numbers as @ipld/dag-cbor decodes them (an integer within ±(2^53 − 1) or a float is a
 * Number, a larger integer a BigInt), their string form ({@code Number::toString}), and the
 * string to number conversions that JS comparisons apply.
 */
public final class JsNumbers {

    private static final BigInteger MAX_SAFE_INTEGER = BigInteger.ONE.shiftLeft(53).subtract(BigInteger.ONE);
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern SIGNED_INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern NON_DECIMAL = Pattern.compile("0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)");

    private JsNumbers() {
    }

    /** Whether JS sees the value as a Number (not a BigInt, not another type). */
    public static boolean isNumber(IpldValue value) {
        return value instanceof IpldValue.FloatValue
                || value instanceof IpldValue.IntValue i && i.value().abs().compareTo(MAX_SAFE_INTEGER) <= 0;
    }

    /** Whether JS sees the value as a BigInt: an integer beyond the safe range. */
    public static boolean isBigInt(IpldValue value) {
        return value instanceof IpldValue.IntValue && !isNumber(value);
    }

    /** {@code Number::toString(x)} of a finite x: the shortest digits that read back as x, in JS layout. */
    public static String toString(double x) {
        if (x == 0) {
            return "0";
        }
        if (x < 0) {
            return "-" + toString(-x);
        }
        BigDecimal shortest = shortest(x);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        return k == 1 ? digits + "e" + exponent : digits.charAt(0) + "." + digits.substring(1) + "e" + exponent;
    }

    /** {@code StringToNumber}: NaN when the text is not a JS numeric literal. */
    public static double stringToNumber(String text) {
        String t = trim(text);
        if (t.isEmpty()) {
            return 0;
        }
        if (t.equals("Infinity") || t.equals("+Infinity") || t.equals("-Infinity")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (NON_DECIMAL.matcher(t).matches()) {
            return nonDecimal(t).doubleValue();
        }
        return DECIMAL.matcher(t).matches() ? Double.parseDouble(t) : Double.NaN;
    }

    /** {@code StringToBigInt}: empty when the text is not an integer literal. */
    public static Optional<BigInteger> stringToBigInt(String text) {
        String t = trim(text);
        if (t.isEmpty()) {
            return Optional.of(BigInteger.ZERO);
        }
        if (NON_DECIMAL.matcher(t).matches()) {
            return Optional.of(nonDecimal(t));
        }
        return SIGNED_INTEGER.matcher(t).matches() ? Optional.of(new BigInteger(t)) : Optional.empty();
    }

    /**
     * The shortest decimal that reads back as x, the closest to x among those. Java's
     * {@code Double.toString} gives it, except that where one digit suffices it may prefer two
     * closer ones (4.9E-324 where JS writes 5e-324).
     */
    private static BigDecimal shortest(double x) {
        BigDecimal java = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        if (java.precision() != 2) {
            return java;
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal down = java.setScale(java.scale() - 1, RoundingMode.FLOOR);
        BigDecimal up = java.setScale(java.scale() - 1, RoundingMode.CEILING);
        boolean downReads = Double.parseDouble(down.toString()) == x;
        boolean upReads = Double.parseDouble(up.toString()) == x;
        if (!downReads && !upReads) {
            return java;
        }
        if (downReads && upReads) {
            int order = down.subtract(exact).abs().compareTo(up.subtract(exact).abs());
            // Equally close: JS takes the even digit.
            boolean takeDown = order < 0 || order == 0 && !down.unscaledValue().testBit(0);
            return (takeDown ? down : up).stripTrailingZeros();
        }
        return (downReads ? down : up).stripTrailingZeros();
    }

    private static BigInteger nonDecimal(String literal) {
        int radix = switch (literal.charAt(1)) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            default -> 2;
        };
        return new BigInteger(literal.substring(2), radix);
    }

    /** Removes JS white space and line terminators at both ends. */
    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isJsSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isJsSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isJsSpace(char c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', 0xFEFF, 0x2028, 0x2029 -> true;
            default -> Character.getType(c) == Character.SPACE_SEPARATOR;
        };
    }
}
