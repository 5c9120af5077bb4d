package org.constl.orbitdb;

import java.util.Optional;
import java.util.function.Supplier;

import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsObjects;
import org.constl.ipld.js.JsTypeError;

/**
 * An entry's payload as the JS database types destructure it, {@code const { op, key, value } =
 * entry.payload}: each field may be undefined (empty) or inherited through {@code __proto__}.
 */
record JsPayload(Entry entry, Optional<IpldValue> op, Optional<IpldValue> key, Optional<IpldValue> value) {

    /** @throws UnreadableEntryException when the payload is null, as destructuring null throws */
    static JsPayload of(Entry entry) {
        Optional<IpldValue> payload = Optional.of(entry.payload());
        return read(entry, () -> new JsPayload(entry, JsObjects.get(payload, "op"), JsObjects.get(payload, "key"),
                JsObjects.get(payload, "value")));
    }

    /** Evaluates JS semantics on this entry's values; a JS TypeError makes the entry unreadable. */
    static <T> T read(Entry entry, Supplier<T> expression) {
        try {
            return expression.get();
        } catch (JsTypeError e) {
            throw new UnreadableEntryException(entry.hash(), e.getMessage());
        }
    }

    /** {@code op === name}. */
    boolean is(String name) {
        return op.filter(v -> v instanceof IpldValue.StringValue s && s.value().equals(name)).isPresent();
    }

    /** {@code key === name}. */
    boolean keyIs(String name) {
        return key.filter(v -> v instanceof IpldValue.StringValue s && s.value().equals(name)).isPresent();
    }

    /** The property name {@code obj[key]} uses. */
    String keyName() {
        return read(entry, () -> JsObjects.toPropertyKey(key));
    }

    /** The property name {@code obj[value]} uses. */
    String valueName() {
        return read(entry, () -> JsObjects.toPropertyKey(value));
    }
}
