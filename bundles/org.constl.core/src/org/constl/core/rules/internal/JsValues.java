package org.constl.core.rules.internal;

import java.util.Map;
import java.util.Optional;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsObjects;
import org.constl.ipld.js.JsTypeError;

/**
 * Property reads as ipa's JavaScript makes them on a row's cells or on a value that
 * @ipld/dag-cbor decoded (the other JS semantics are in {@code org.constl.ipld.js}).
 *
 * <p>The decoder assigns each key to a fresh object, so a {@code "__proto__"} key is never an own
 * property: a map there becomes the prototype, whose keys are then inherited; null leaves no
 * prototype; a primitive is dropped. What would need the behaviour of a list, bytes or link as
 * prototype, or of {@code Object.prototype}'s functions as values, is not reproduced and throws
 * {@link JsTypeError}.
 */
final class JsValues {

  private JsValues() {
  }

  /** {@code object[name]} for a decoded map (or a row's cells); empty for undefined. */
  static Optional<IpldValue> property(Map<String, IpldValue> object, String name) {
    if (JsObjects.OBJECT_PROTOTYPE_PROPERTIES.contains(name)) {
      throw new JsTypeError("reading the property " + name + " is not reproduced");
    }
    Map<String, IpldValue> current = object;
    while (true) {
      IpldValue value = current.get(name);
      if (value != null) {
        return Optional.of(value);
      }
      IpldValue proto = current.get(JsObjects.PROTO);
      if (proto instanceof IpldValue.MapValue map) {
        current = map.entries();
      } else if (proto != null && JsObjects.isObject(proto)) {
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
}
