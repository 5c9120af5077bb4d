package org.constl.core.objects.internal;

import java.util.Optional;
import org.constl.core.objects.ObjectStatus;
import org.constl.core.objects.Status;
import org.constl.ipld.IpldValue;
import org.constl.ipld.IpldValue.MapValue;

/**
 * The keys and fixed values of ipa's object layouts (other than the account root's, which
 * {@link org.constl.core.objects.Account} names, and the rules', which
 * {@link org.constl.core.rules.RuleFormat} names), and the status and {@code copiéDe} values.
 */
final class Layout {

  // Keys of objects' root databases.
  static final String TYPE = "type";
  static final String NAMES = "noms";
  static final String DESCRIPTIONS = "descriptions";
  static final String STATUS = "statut";
  static final String IMAGE = "image";
  static final String COPIED_FROM = "copiéDe";
  static final String LICENCE = "licence";
  static final String CONTENT_LICENCE = "licenceContenu";
  static final String METADATA = "métadonnées";
  static final String TABLES = "tableaux";
  static final String KEYWORDS = "motsClefs";
  static final String CLOUDS = "nuées";
  static final String DATABASES = "bds";
  static final String ROWS = "données";
  static final String COLUMNS = "colonnes";
  static final String RULES = "règles";
  static final String CATEGORY = "catégorie";
  static final String UNITS = "unités";
  static final String CONTACTS = "contacts";
  static final String INITIALISED = "initialisé";

  // Values of nested objects.
  static final String ID = "id";
  static final String TABLE_KEY = "clef";
  static final String STATUS_VALUE = "statut";
  static final String REPLACEMENT = "idNouvelle";
  static final String CONTACT_TYPE = "type";
  static final String CONTACT = "contact";
  static final String DEVICE_NAME = "nom";
  static final String DEVICE_TYPE = "type";

  // Values of "type".
  static final String KIND_DATABASE = "bd";
  static final String KIND_TABLE = "tableau";
  static final String KIND_VARIABLE = "variable";
  static final String KIND_KEYWORD = "motClef";
  static final String KIND_PROJECT = "projet";

  /** The account root's database name, and that of its controller. */
  static final String ACCOUNT_ROOT_NAME = "racine";
  /** Where this node keeps its account id (ipa: {@code stockageLocal}, key {@code idCompte}). */
  static final String LOCAL_NAMESPACE = "constellation";
  static final String ACCOUNT_ID = "idCompte";

  private Layout() {
  }

  static MapValue status(ObjectStatus status) {
    MapValue.Builder builder = MapValue.builder().put(STATUS_VALUE, IpldValue.of(status.status().stored()));
    status.replacementId().ifPresent(id -> builder.put(REPLACEMENT, IpldValue.of(id)));
    return builder.build();
  }

  /** A stored status; a missing or unknown one reads as active, as ipa's defaults. */
  static ObjectStatus status(Optional<IpldValue> stored) {
    if (stored.isEmpty() || !(stored.get() instanceof MapValue map) || !map.has(STATUS_VALUE)
        || !(map.get(STATUS_VALUE) instanceof IpldValue.StringValue name)) {
      return ObjectStatus.ACTIVE;
    }
    Optional<String> replacement = string(map, REPLACEMENT);
    return Status.fromStored(name.value()).map(s -> new ObjectStatus(s, replacement)).orElse(ObjectStatus.ACTIVE);
  }

  static MapValue copiedFrom(String id) {
    return MapValue.builder().put(ID, IpldValue.of(id)).build();
  }

  static Optional<String> copiedFrom(Optional<IpldValue> stored) {
    return stored.filter(MapValue.class::isInstance).flatMap(v -> string((MapValue) v, ID));
  }

  static Optional<String> string(MapValue map, String key) {
    return map.has(key) && map.get(key) instanceof IpldValue.StringValue s ? Optional.of(s.value()) : Optional.empty();
  }

  static Optional<String> string(Optional<IpldValue> value) {
    return value.filter(IpldValue.StringValue.class::isInstance).map(IpldValue::asString);
  }
}
