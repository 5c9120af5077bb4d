package org.constl.core.objects;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of a project ({@code projet}).
 *
 * @param databases ids of its databases
 * @param keywords ids of its keywords
 * @param image {@code "<CID>/<file name>"}
 */
public record ProjectInfo(String id, Map<String, String> names, Map<String, String> descriptions,
    List<String> databases, List<String> keywords, ObjectStatus status, Optional<String> image,
    Optional<String> copiedFrom) {

  public ProjectInfo {
    Objects.requireNonNull(id);
    names = Map.copyOf(names);
    descriptions = Map.copyOf(descriptions);
    databases = List.copyOf(databases);
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(status);
    Objects.requireNonNull(image);
    Objects.requireNonNull(copiedFrom);
  }
}
