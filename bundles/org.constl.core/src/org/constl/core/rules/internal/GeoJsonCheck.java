package org.constl.core.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsNumbers;
import org.constl.ipld.js.JsObjects;
import org.constl.ipld.js.JsTypeError;

/**
 * {@code valid(value)} of geojson-validation 1.0.2, which utils-ipa uses for {@code géojson}.
 * As there, every part of an object is visited even after an error (so a value that makes the
 * library throw does so wherever it is), a ring is closed when its first and last positions have
 * the same text, and the {@code type} is looked up as a property: a type that names a function of
 * {@code Object.prototype} calls that function instead of a validator.
 */
final class GeoJsonCheck {

  private GeoJsonCheck() {
  }

  /**
   * What a function of {@code Object.prototype} gives when the library calls it as a validator:
   * at the top ({@code valid}, where a truthy result is valid) and for a geometry inside a
   * Feature or GeometryCollection (where a result with a truthy {@code length} is an error).
   */
  private enum PrototypeFunction {
    CONSTRUCTOR("constructor"),
    VALUE_OF("valueOf"),
    TO_STRING("toString"),
    TO_LOCALE_STRING("toLocaleString"),
    HAS_OWN_PROPERTY("hasOwnProperty"),
    PROPERTY_IS_ENUMERABLE("propertyIsEnumerable"),
    IS_PROTOTYPE_OF("isPrototypeOf"),
    LOOKUP_GETTER("__lookupGetter__"),
    LOOKUP_SETTER("__lookupSetter__"),
    DEFINE_GETTER("__defineGetter__"),
    DEFINE_SETTER("__defineSetter__"),
    PROTO("__proto__");

    private final String name;

    PrototypeFunction(String name) {
      this.name = name;
    }

    static Optional<PrototypeFunction> named(String name) {
      for (PrototypeFunction f : values()) {
        if (f.name.equals(name)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }

    /** Calls it with the object; true when the result is truthy. */
    boolean topLevelResult(Map<String, IpldValue> object) {
      return switch (this) {
        // Object(o) is o; valueOf gives the table of validators; both print "[object Object]".
        case CONSTRUCTOR, VALUE_OF, TO_STRING, TO_LOCALE_STRING -> true;
        case HAS_OWN_PROPERTY, PROPERTY_IS_ENUMERABLE, LOOKUP_GETTER, LOOKUP_SETTER -> {
          // They turn the object into a property key first, then find nothing.
          JsObjects.toString(IpldValue.map(object));
          yield false;
        }
        case IS_PROTOTYPE_OF -> false;
        case DEFINE_GETTER, DEFINE_SETTER -> throw new JsTypeError(name + " needs a function");
        case PROTO -> throw new JsTypeError("the validator for " + name + " is not a function");
      };
    }

    /** Calls it with a geometry; true when the result counts as errors (a truthy {@code length}). */
    boolean geometryHasErrors(Map<String, IpldValue> object) {
      return switch (this) {
        case CONSTRUCTOR -> JsValues.property(object, "length").map(v -> JsObjects.truthy(Optional.of(v))).orElse(false);
        case VALUE_OF, IS_PROTOTYPE_OF -> false;
        // "[object Object]".length
        case TO_STRING, TO_LOCALE_STRING -> true;
        case HAS_OWN_PROPERTY, PROPERTY_IS_ENUMERABLE -> {
          JsObjects.toString(IpldValue.map(object));
          yield false;
        }
        case LOOKUP_GETTER, LOOKUP_SETTER -> {
          JsObjects.toString(IpldValue.map(object));
          throw new JsTypeError("Cannot read properties of undefined (reading 'length')");
        }
        case DEFINE_GETTER, DEFINE_SETTER -> throw new JsTypeError(name + " needs a function");
        case PROTO -> throw new JsTypeError("the validator for " + name + " is not a function");
      };
    }
  }

  /** Whether the value is a GeoJSON object. @throws JsTypeError where the library throws */
  static boolean valid(IpldValue value) {
    if (!(value instanceof IpldValue.MapValue map)) {
      // Lists, bytes and links are objects without a "type"; anything else is no object.
      return false;
    }
    Map<String, IpldValue> object = map.entries();
    Optional<IpldValue> type = JsValues.property(object, "type");
    if (type.isEmpty()) {
      return false;
    }
    String name = JsObjects.toString(type.get());
    return switch (name) {
      case "Feature" -> !featureErrors(object);
      case "FeatureCollection" -> !featureCollectionErrors(object);
      default -> {
        Optional<PrototypeFunction> function = PrototypeFunction.named(name);
        if (function.isPresent()) {
          yield function.get().topLevelResult(object);
        }
        yield isGeometryType(name) && !geometryErrors(name, object);
      }
    };
  }

  private static boolean isGeometryType(String name) {
    return switch (name) {
      case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection" ->
          true;
      default -> false;
    };
  }

  /** A geometry object inside a Feature or GeometryCollection. */
  private static boolean geometryObjectErrors(IpldValue value) {
    // Not an object, or one without a "type" (a list, bytes, a link).
    if (!(value instanceof IpldValue.MapValue map)) {
      return true;
    }
    Map<String, IpldValue> object = map.entries();
    Optional<IpldValue> type = JsValues.property(object, "type");
    if (type.isEmpty()) {
      return true;
    }
    String name = JsObjects.toString(type.get());
    if (isGeometryType(name)) {
      return geometryErrors(name, object);
    }
    return PrototypeFunction.named(name).map(f -> f.geometryHasErrors(object)).orElse(true);
  }

  /** The validator of a geometry type, on an object whose "type" names it. */
  private static boolean geometryErrors(String name, Map<String, IpldValue> object) {
    boolean errors = bboxErrors(object);
    errors |= !typeIs(object, name);
    if (name.equals("GeometryCollection")) {
      Optional<IpldValue> geometries = JsValues.property(object, "geometries");
      if (geometries.isEmpty() || !(geometries.get() instanceof IpldValue.ListValue list)) {
        return true;
      }
      for (IpldValue geometry : list.values()) {
        errors |= geometryObjectErrors(geometry);
      }
      return errors;
    }
    Optional<IpldValue> coordinates = JsValues.property(object, "coordinates");
    if (coordinates.isEmpty()) {
      return true;
    }
    IpldValue c = coordinates.get();
    return errors | switch (name) {
      case "Point" -> positionErrors(c);
      case "MultiPoint" -> eachErrors(c, GeoJsonCheck::positionErrors);
      case "LineString" -> lineStringErrors(c);
      case "MultiLineString" -> eachErrors(c, GeoJsonCheck::lineStringErrors);
      case "Polygon" -> polygonErrors(c);
      default -> eachErrors(c, GeoJsonCheck::polygonErrors);
    };
  }

  private static boolean featureErrors(Map<String, IpldValue> object) {
    boolean errors = bboxErrors(object);
    errors |= !typeIs(object, "Feature");
    errors |= !JsValues.has(object, "properties");
    Optional<IpldValue> geometry = JsValues.property(object, "geometry");
    if (geometry.isEmpty()) {
      return true;
    }
    return errors | (!geometry.get().isNull() && geometryObjectErrors(geometry.get()));
  }

  private static boolean featureCollectionErrors(Map<String, IpldValue> object) {
    boolean errors = bboxErrors(object);
    errors |= !typeIs(object, "FeatureCollection");
    Optional<IpldValue> features = JsValues.property(object, "features");
    if (features.isEmpty() || !(features.get() instanceof IpldValue.ListValue list)) {
      return true;
    }
    for (IpldValue feature : list.values()) {
      errors |= !(feature instanceof IpldValue.MapValue m) || featureErrors(m.entries());
    }
    return errors;
  }

  private static boolean typeIs(Map<String, IpldValue> object, String name) {
    return JsValues.property(object, "type").filter(t -> t instanceof IpldValue.StringValue s && s.value().equals(name))
        .isPresent();
  }

  private static boolean bboxErrors(Map<String, IpldValue> object) {
    Optional<IpldValue> bbox = JsValues.property(object, "bbox");
    return bbox.isPresent() && !(bbox.get() instanceof IpldValue.ListValue l && l.values().size() % 2 == 0);
  }

  private interface Part {
    boolean errors(IpldValue value);
  }

  private static boolean eachErrors(IpldValue value, Part part) {
    if (!(value instanceof IpldValue.ListValue list)) {
      return true;
    }
    boolean errors = false;
    for (IpldValue item : list.values()) {
      errors |= part.errors(item);
    }
    return errors;
  }

  private static boolean positionErrors(IpldValue value) {
    if (!(value instanceof IpldValue.ListValue list)) {
      return true;
    }
    boolean errors = list.values().size() <= 1;
    for (IpldValue item : list.values()) {
      if (!JsNumbers.isNumber(item)) {
        // The error message prints the item.
        JsObjects.toString(item);
        errors = true;
      }
    }
    return errors;
  }

  private static boolean lineStringErrors(IpldValue value) {
    if (!(value instanceof IpldValue.ListValue list) || list.values().size() <= 1) {
      return true;
    }
    return eachErrors(value, GeoJsonCheck::positionErrors);
  }

  private static boolean polygonErrors(IpldValue value) {
    return eachErrors(value, GeoJsonCheck::linearRingErrors);
  }

  private static boolean linearRingErrors(IpldValue value) {
    if (!(value instanceof IpldValue.ListValue list)) {
      return true;
    }
    boolean errors = eachErrors(value, GeoJsonCheck::positionErrors);
    List<IpldValue> positions = list.values();
    // The library compares coordinates[0].toString() with the last one's.
    if (positions.isEmpty() || positions.get(0).isNull() || positions.get(positions.size() - 1).isNull()) {
      throw new JsTypeError("Cannot read properties of " + (positions.isEmpty() ? "undefined" : "null")
          + " (reading 'toString')");
    }
    errors |= !JsObjects.toString(positions.get(0)).equals(JsObjects.toString(positions.get(positions.size() - 1)));
    return errors | positions.size() < 4;
  }
}
