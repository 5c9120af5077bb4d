package org.constl.core.objects;

import org.constl.core.objects.internal.ObjectServices;
import org.constl.orbitdb.OrbitDb;

/**
 * This device's Constellation: its account and the services over its objects. In the workbench
 * it is a Declarative Services service, available once the data folder is open.
 */
public interface Constellation {

  Account account();

  Databases databases();

  Tables tables();

  Variables variables();

  Keywords keywords();

  Projects projects();

  /** The texts of translatable text cells. */
  Translations translations();

  /**
   * This device's OrbitDB, for what reads databases directly: the paged row view of a table is
   * {@code TableRows.open(orbitDb().open(OrbitDbAddress.parse(table.rowsAddress())),
   * orbitDb().store(), schema)} ({@code org.constl.core.rows}), with the columns of
   * {@link Tables#get} and the rules of {@link Tables#rules}.
   */
  OrbitDb orbitDb();

  /**
   * The Constellation of the identity that writes {@code orbitDb}: opens the account whose id the
   * store keeps, or creates one (naming this device {@link DeviceInfo#COMPUTER}) the first time,
   * and pins it among its favourites as ipa does at each start. Closing {@code orbitDb} ends it.
   *
   * @throws ConstellationException when {@code orbitDb} has no identity to write with, or the
   *     stored account cannot be opened
   */
  static Constellation open(OrbitDb orbitDb) {
    return ObjectServices.open(orbitDb);
  }
}
