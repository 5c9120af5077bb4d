package org.constl.core.objects;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.constl.ipld.IpldValue;

/**
 * The state of a Constellation database ({@code bd}).
 *
 * @param id the address of its root keyvalue database
 * @param licence a code of {@link Licences} (or any string another program stored)
 * @param contentLicence the licence of attached content (images, files), when it differs
 * @param names by language code
 * @param descriptions by language code
 * @param metadata free metadata, any value per key
 * @param keywords ids of keywords
 * @param clouds ids of the nuées it takes part in
 * @param image {@code "<CID>/<file name>"}
 * @param tables in their order
 * @param copiedFrom the database it was copied from
 */
public record DatabaseInfo(String id, String licence, Optional<String> contentLicence, Map<String, String> names,
    Map<String, String> descriptions, Map<String, IpldValue> metadata, ObjectStatus status, List<String> keywords,
    List<String> clouds, Optional<String> image, List<TableRef> tables, Optional<String> copiedFrom) {

  public DatabaseInfo {
    Objects.requireNonNull(id);
    Objects.requireNonNull(licence);
    Objects.requireNonNull(contentLicence);
    names = Map.copyOf(names);
    descriptions = Map.copyOf(descriptions);
    metadata = Map.copyOf(metadata);
    Objects.requireNonNull(status);
    keywords = List.copyOf(keywords);
    clouds = List.copyOf(clouds);
    Objects.requireNonNull(image);
    tables = List.copyOf(tables);
    Objects.requireNonNull(copiedFrom);
  }
}
