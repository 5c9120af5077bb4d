package org.constl.core.objects;

import java.util.List;
import java.util.function.Consumer;

/**
 * Projects (ipa's {@code client.projets}): a keyvalue database with {@code type: "projet"},
 * {@code statut}, optional {@code image} and the sub-databases {@code noms}, {@code descriptions}
 * (keyvalue), {@code bds} and {@code motsClefs} (sets of ids).
 */
public interface Projects extends DescribedObjects {

  /** The ids of the account's projects ({@code projets} set), oldest first. */
  List<String> mine();

  Subscription subscribeMine(Consumer<List<String>> listener);

  /** Creates a project, lists it in the account and pins it, as {@code créerProjet}. */
  String create();

  ProjectInfo get(String id);

  Subscription subscribe(String id, Consumer<ProjectInfo> listener);

  void addDatabase(String id, String databaseId);

  /** Removes the database from the project (not the database itself). */
  void removeDatabase(String id, String databaseId);

  void addKeyword(String id, String keywordId);

  void removeKeyword(String id, String keywordId);

  void setStatus(String id, ObjectStatus status);

  /** @throws InvalidRequestException when larger than {@link Images#MAX_BYTES} */
  String setImage(String id, byte[] content, String fileName);

  void removeImage(String id);

  /** A new project with the same names, descriptions, databases, keywords, status and image, and {@code copiéDe}. */
  String copy(String id);

  /** Unlists, unpins and drops the project locally (its databases stay). */
  void delete(String id);
}
