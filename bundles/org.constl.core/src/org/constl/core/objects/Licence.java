package org.constl.core.objects;

import java.util.List;
import java.util.Objects;

/**
 * A licence of ipa's built-in catalogue ({@code infoLicences}). {@code code} is what a database
 * stores as its {@code licence}; the other fields are ipa's French names, to look up in
 * translations.
 *
 * @param category {@code basesDeDonnées}, {@code artistique}, {@code codeInformatique} or {@code autre}
 * @param rights e.g. {@code partager}, {@code adapter}, {@code usageComercial}
 * @param conditions e.g. {@code attribution}, {@code partageÉgal}
 * @param limitations e.g. {@code aucuneResponsabilité}
 * @param specialised made for one use or one organisation ({@code spécialisée})
 */
public record Licence(String code, String category, List<String> rights, List<String> conditions,
    List<String> limitations, boolean specialised) {

  /** The condition of share-alike licences, which a copy cannot change. */
  public static final String SHARE_ALIKE = "partageÉgal";

  public Licence {
    Objects.requireNonNull(code);
    Objects.requireNonNull(category);
    rights = List.copyOf(rights);
    conditions = List.copyOf(conditions);
    limitations = List.copyOf(limitations);
  }

  public boolean shareAlike() {
    return conditions.contains(SHARE_ALIKE);
  }
}
