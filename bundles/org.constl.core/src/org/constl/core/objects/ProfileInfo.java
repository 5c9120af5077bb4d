package org.constl.core.objects;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The account's profile.
 *
 * @param names by language code, e.g. {@code fr} → {@code Julien}
 * @param image {@code "<CID>/<file name>"} of the image in the block store
 * @param initialised whether the first-run wizard was completed ({@code initialisé})
 */
public record ProfileInfo(Map<String, String> names, List<Contact> contacts, Optional<String> image,
    boolean initialised) {

  public ProfileInfo {
    names = Map.copyOf(names);
    contacts = List.copyOf(contacts);
    Objects.requireNonNull(image);
  }
}
