package org.constl.ipld.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multibase;

/**
 * Strict RFC 8259 JSON to {@link IpldValue}, reading the DAG-JSON link and bytes forms. Refuses
 * duplicate keys, trailing text, and nesting deeper than the bound.
 */
public final class JsonReader {

    private final String text;
    private final int maxDepth;
    private int pos;

    private JsonReader(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    public static IpldValue parse(String text, int maxDepth) {
        JsonReader reader = new JsonReader(text, maxDepth);
        IpldValue value = reader.readValue(0);
        reader.skipWhitespace();
        if (reader.pos != text.length()) {
            throw reader.error("trailing text after the value");
        }
        return value;
    }

    private IpldValue readValue(int depth) {
        if (depth > maxDepth) {
            throw error("nesting deeper than " + maxDepth);
        }
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("unexpected end of text");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> readObject(depth);
            case '[' -> readArray(depth);
            case '"' -> IpldValue.of(readString());
            case 't' -> literal("true", IpldValue.of(true));
            case 'f' -> literal("false", IpldValue.of(false));
            case 'n' -> literal("null", IpldValue.NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield readNumber();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private IpldValue literal(String word, IpldValue value) {
        if (!text.startsWith(word, pos)) {
            throw error("unknown literal");
        }
        pos += word.length();
        return value;
    }

    private IpldValue readArray(int depth) {
        pos++;
        List<IpldValue> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return IpldValue.list(items);
        }
        while (true) {
            items.add(readValue(depth + 1));
            skipWhitespace();
            char c = next();
            if (c == ']') {
                return IpldValue.list(items);
            }
            if (c != ',') {
                throw error("expected ',' or ']'");
            }
        }
    }

    private IpldValue readObject(int depth) {
        pos++;
        Map<String, IpldValue> entries = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return IpldValue.map(entries);
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a string key");
            }
            String key = readString();
            skipWhitespace();
            if (next() != ':') {
                throw error("expected ':'");
            }
            if (entries.put(key, readValue(depth + 1)) != null) {
                throw error("duplicate key \"" + key + "\"");
            }
            skipWhitespace();
            char c = next();
            if (c == '}') {
                return special(entries);
            }
            if (c != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    /** {"/": "cid"} is a link and {"/": {"bytes": "..."}} is bytes; other objects are maps. */
    private IpldValue special(Map<String, IpldValue> entries) {
        IpldValue slash = entries.get("/");
        if (entries.size() != 1 || slash == null) {
            return IpldValue.map(entries);
        }
        if (slash instanceof IpldValue.StringValue cid) {
            return IpldValue.of(Cid.parse(cid.value()));
        }
        if (slash instanceof IpldValue.MapValue inner && inner.size() == 1 && inner.has("bytes")
                && inner.get("bytes") instanceof IpldValue.StringValue base64) {
            return IpldValue.of(Multibase.BASE64.decodeBare(base64.value()));
        }
        return IpldValue.map(entries);
    }

    private IpldValue readNumber() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            skipDigits();
        } else {
            throw error("bad number");
        }
        boolean integral = true;
        if (peek() == '.') {
            pos++;
            requireDigit();
            skipDigits();
            integral = false;
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            requireDigit();
            skipDigits();
            integral = false;
        }
        String number = text.substring(start, pos);
        if (integral) {
            if (number.length() > 21) {
                throw error("integer out of the 64-bit range");
            }
            return IpldValue.of(new BigInteger(number));
        }
        double value = Double.parseDouble(number);
        if (Double.isInfinite(value)) {
            throw error("number out of the double range");
        }
        return IpldValue.of(value);
    }

    private void requireDigit() {
        if (!isDigit(peek())) {
            throw error("bad number");
        }
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String readString() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = next();
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(readHex4());
                default -> throw error("bad escape \\" + escape);
            }
        }
    }

    private char readHex4() {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            char c = next();
            int digit = c < 0x80 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw error("bad \\u escape");
            }
            value = (value << 4) | digit;
        }
        return (char) value;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char next() {
        if (pos >= text.length()) {
            throw error("unexpected end of text");
        }
        return text.charAt(pos++);
    }

    private IpldException error(String message) {
        return new IpldException("json: " + message + " (at character " + pos + ")");
    }
}
