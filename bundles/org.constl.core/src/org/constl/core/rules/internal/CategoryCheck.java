package org.constl.core.rules.internal;

import java.util.List;
import java.util.Optional;
import org.constl.core.rules.BaseCategory;
import org.constl.core.rules.VariableCategory;
import org.constl.ipld.IpldValue;
import org.constl.ipld.js.JsNumbers;
import org.constl.ipld.js.JsObjects;
import org.constl.ipld.js.JsTypeError;

/**
 * utils-ipa's {@code validerCatégorieVal}: whether a present value fits a variable's category.
 * Numbers are JS Numbers (not the BigInts of integers beyond 2^53); dates are what
 * {@code new Date()} reads, or {@code {système: "dateJS"|"grégorien", val: <date text>}}; text
 * is any string, translatable text the address of an OrbitDB database; files are
 * {@code <CID>/<name>} with, for images, audio and video, an extension of their own list.
 */
final class CategoryCheck {

  private static final List<String> IMAGE_EXTENSIONS = List.of("webp", "svg", "png", "jpg", "jpeg", "jfif", "pjpeg",
      "pjp", "gif", "avif", "apng");
  private static final List<String> VIDEO_EXTENSIONS = List.of("mp4");
  private static final List<String> AUDIO_EXTENSIONS = List.of("mp3", "ogg", "m4a");
  private static final List<String> DATE_SYSTEMS = List.of("dateJS", "grégorien");

  private CategoryCheck() {
  }

  /**
   * Why the value does not fit the category, or empty when it does.
   *
   * @throws JsTypeError where utils-ipa throws
   */
  static Optional<String> refusal(IpldValue value, VariableCategory category) {
    if (!category.isList()) {
      return accepts(value, category.base()) ? Optional.empty() : Optional.of("is not " + describe(category.base()));
    }
    if (!(value instanceof IpldValue.ListValue list)) {
      return Optional.of("is not a list of " + plural(category.base()));
    }
    List<IpldValue> items = list.values();
    for (int i = 0; i < items.size(); i++) {
      if (!accepts(items.get(i), category.base())) {
        return Optional.of("has an item " + ValueText.of(items.get(i)) + " at " + i + " that is not "
            + describe(category.base()));
      }
    }
    return Optional.empty();
  }

  static boolean accepts(IpldValue value, BaseCategory category) {
    return switch (category) {
      case NUMBER -> JsNumbers.isNumber(value);
      case TIMESTAMP -> isTimestamp(value);
      case TIME_INTERVAL -> value instanceof IpldValue.ListValue list && list.values().size() == 2
          && isTimestamp(list.values().get(0)) && isTimestamp(list.values().get(1));
      case TRANSLATABLE_TEXT -> value instanceof IpldValue.StringValue s && isOrbitDbAddress(s.value());
      case TEXT -> value instanceof IpldValue.StringValue;
      case BOOLEAN -> value instanceof IpldValue.BoolValue;
      // typeof must be "object" (null is), then the library decides.
      case GEOJSON -> (value.isNull() || JsObjects.isObject(value)) && GeoJsonCheck.valid(value);
      case VIDEO -> isFile(value, VIDEO_EXTENSIONS);
      case AUDIO -> isFile(value, AUDIO_EXTENSIONS);
      case IMAGE -> isFile(value, IMAGE_EXTENSIONS);
      case FILE -> isFile(value, null);
    };
  }

  /** {@code estUnHoroDatage}. */
  private static boolean isTimestamp(IpldValue value) {
    if (JsNumbers.isNumber(value)) {
      return V8Dates.isValid(value.asDouble());
    }
    if (value instanceof IpldValue.StringValue s) {
      return V8Dates.isValid(s.value());
    }
    if (!(value instanceof IpldValue.MapValue map)) {
      return false;
    }
    // cholqij.dateValide: both parts must be text, the date read by new Date().
    Optional<IpldValue> system = JsValues.property(map.entries(), "système");
    Optional<IpldValue> text = JsValues.property(map.entries(), "val");
    return system.isPresent() && system.get() instanceof IpldValue.StringValue s
        && text.isPresent() && text.get() instanceof IpldValue.StringValue t
        && DATE_SYSTEMS.contains(s.value()) && V8Dates.isValid(t.value());
  }

  /** {@code adresseOrbiteValide}: "/orbitdb/" (or "\orbitdb\") and a base58btc CID, slashes dropped. */
  private static boolean isOrbitDbAddress(String address) {
    if (!address.startsWith("/orbitdb") && !address.startsWith("\\orbitdb")) {
      return false;
    }
    String cid = address.replace("/orbitdb/", "").replace("\\orbitdb\\", "").replace("/", "").replace("\\", "");
    return JsCids.parsesAsBase58(cid);
  }

  /** {@code validFichier}: a CID, "/", a name; the extension is what follows the name's last ".". */
  private static boolean isFile(IpldValue value, List<String> extensions) {
    if (!(value instanceof IpldValue.StringValue s)) {
      return false;
    }
    String[] parts = s.value().split("/", -1);
    if (parts.length < 2 || parts[1].isEmpty() || !JsCids.parses(parts[0])) {
      return false;
    }
    if (extensions == null) {
      return true;
    }
    String name = parts[1];
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return !extension.isEmpty() && extensions.contains(extension);
  }

  static String describe(BaseCategory category) {
    return switch (category) {
      case NUMBER -> "a number";
      case TIMESTAMP -> "a date (a number of milliseconds, a date text or {système, val})";
      case TIME_INTERVAL -> "a pair of dates";
      case TRANSLATABLE_TEXT -> "the address of a translations database (/orbitdb/z...)";
      case TEXT -> "a text";
      case BOOLEAN -> "true or false";
      case GEOJSON -> "a GeoJSON object";
      case VIDEO -> "a video file (<CID>/<name>.mp4)";
      case AUDIO -> "an audio file (<CID>/<name> ending in " + String.join(", ", AUDIO_EXTENSIONS) + ")";
      case IMAGE -> "an image file (<CID>/<name> ending in " + String.join(", ", IMAGE_EXTENSIONS) + ")";
      case FILE -> "a file (<CID>/<name>)";
    };
  }

  private static String plural(BaseCategory category) {
    return category.stored() + " values";
  }
}
