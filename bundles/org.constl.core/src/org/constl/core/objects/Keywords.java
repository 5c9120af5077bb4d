package org.constl.core.objects;

import java.util.List;
import java.util.function.Consumer;

/**
 * Keywords (ipa's {@code client.motsClefs}): a keyvalue database with {@code type: "motClef"}
 * and the keyvalue sub-databases {@code noms} and {@code descriptions}.
 */
public interface Keywords extends DescribedObjects {

  /** The ids of the account's keywords ({@code motsClefs} set), oldest first. */
  List<String> mine();

  Subscription subscribeMine(Consumer<List<String>> listener);

  /** Creates a keyword, lists it in the account and pins it, as {@code créerMotClef}. */
  String create();

  KeywordInfo get(String id);

  Subscription subscribe(String id, Consumer<KeywordInfo> listener);

  /** A new keyword with the same names and descriptions. */
  String copy(String id);

  /** Unlists, unpins and drops the keyword locally. */
  void delete(String id);
}
