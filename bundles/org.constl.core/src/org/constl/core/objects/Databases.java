package org.constl.core.objects;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.constl.ipld.IpldValue;

/**
 * Constellation databases ({@code bd}, ipa's {@code client.bds}). A database is a keyvalue
 * database with {@code type: "bd"}, its licence and status, and sub-databases sharing its
 * controller: {@code métadonnées}, {@code noms}, {@code descriptions} (keyvalue),
 * {@code tableaux} (ordered-keyvalue {@code {idTableau: {clef}}}), {@code motsClefs} and
 * {@code nuées} (sets of ids). Any device of the account may write it.
 */
public interface Databases extends DescribedObjects {

  /** The ids of the account's databases ({@code bds} set), oldest first. */
  List<String> mine();

  Subscription subscribeMine(Consumer<List<String>> listener);

  /**
   * Creates a database, lists it in the account's {@code bds} and pins it as a favourite, as ipa's
   * {@code créerBd} does; returns its id.
   *
   * @throws InvalidRequestException when a licence is not in {@link Licences}
   */
  String create(String licence, Optional<String> contentLicence);

  DatabaseInfo get(String id);

  Subscription subscribe(String id, Consumer<DatabaseInfo> listener);

  /** Sets a metadata value (any JSON-like value; ipa's single-key setter writes strings). */
  void setMetadata(String id, String key, IpldValue value);

  void removeMetadata(String id, String key);

  /** @throws InvalidRequestException when the licence is not in {@link Licences} */
  void setLicence(String id, String licence);

  /** Sets, or removes when empty, the licence of attached content. */
  void setContentLicence(String id, Optional<String> licence);

  void setStatus(String id, ObjectStatus status);

  void addKeyword(String id, String keywordId);

  void removeKeyword(String id, String keywordId);

  /**
   * Stores the image as a UnixFS file and sets {@code image}; returns {@code "<CID>/<file>"}.
   *
   * @throws InvalidRequestException when larger than {@link Images#MAX_BYTES}
   */
  String setImage(String id, byte[] content, String fileName);

  void removeImage(String id);

  /**
   * Creates a table in the database (sharing its controller) and lists it last under
   * {@code key} (a new UUID when empty); returns the table's id.
   */
  String addTable(String id, Optional<String> key);

  /** Unlists the table and drops its databases locally. */
  void removeTable(String id, String tableId);

  /**
   * Copies one of the database's tables into it, as ipa's {@code copierTableau} (names, columns,
   * rules and, when {@code withRows}, rows), and lists the copy last under a new key; returns the
   * copy's id.
   *
   * @throws InvalidRequestException when the database does not list the table
   */
  String copyTable(String id, String tableId, boolean withRows);

  /** Changes the key the database lists a table under. */
  void setTableKey(String id, String tableId, String key);

  /**
   * Copies the database as ipa's {@code copierBd} does: a new database with the same licences,
   * metadata, names, descriptions, keywords, nuées, tables (copied, with their rows when
   * {@code withRows}), status and image, and {@code copiéDe: {id}}; returns the copy's id.
   */
  String copy(String id, boolean withRows);

  /**
   * Removes the database from the account's list and favourites and drops it and its
   * sub-databases and tables locally (others keep their copies).
   */
  void delete(String id);

  /** The quality score, computed now ({@code suivreQualitéBd}). */
  QualityScore quality(String id);

  /** The quality score, again after each change to the database, its tables, rows or variables. */
  Subscription subscribeQuality(String id, Consumer<QualityScore> listener);
}
