package org.constl.core.objects.internal;

import org.constl.ipld.IpldValue;
import org.constl.ipld.IpldValue.MapValue;

/**
 * The favourites ipa pins an object with when it creates it ({@code favoris.ts}: {@code ÉpingleBd},
 * {@code ÉpingleVariable}...): on which devices to keep its base, its tables and its files.
 */
final class FavouritePins {

  private static final String TYPE = "type";
  private static final String BASE = "base";
  private static final String DATA = "données";
  private static final String TABLES = "tableaux";
  private static final String FILES = "fichiers";
  private static final String DATABASES = "bds";
  private static final String PROFILE = "profil";
  private static final String FAVOURITES = "favoris";
  private static final String KIND_ACCOUNT = "compte";
  private static final String KIND_PROFILE = "profil";
  /** On every device. */
  private static final IpldValue ALL = IpldValue.of("TOUS");
  /** On devices where the application is installed. */
  private static final IpldValue INSTALLED = IpldValue.of("INSTALLÉ");

  private FavouritePins() {
  }

  /** What ipa pins its own account with at each start: everything, the profile's files too. */
  static MapValue account() {
    return MapValue.builder().put(TYPE, IpldValue.of(KIND_ACCOUNT)).put(BASE, ALL)
        .put(PROFILE, MapValue.builder().put(TYPE, IpldValue.of(KIND_PROFILE)).put(BASE, ALL).put(FILES, ALL).build())
        .put(FAVOURITES, ALL).build();
  }

  static MapValue database() {
    return MapValue.builder().put(TYPE, IpldValue.of(Layout.KIND_DATABASE)).put(BASE, ALL)
        .put(DATA, MapValue.builder().put(TABLES, ALL).put(FILES, INSTALLED).build()).build();
  }

  static MapValue variable() {
    return baseOnly(Layout.KIND_VARIABLE);
  }

  static MapValue keyword() {
    return baseOnly(Layout.KIND_KEYWORD);
  }

  static MapValue project() {
    return MapValue.builder().put(TYPE, IpldValue.of(Layout.KIND_PROJECT)).put(BASE, ALL).put(DATABASES, database())
        .build();
  }

  private static MapValue baseOnly(String kind) {
    return MapValue.builder().put(TYPE, IpldValue.of(kind)).put(BASE, ALL).build();
  }
}
