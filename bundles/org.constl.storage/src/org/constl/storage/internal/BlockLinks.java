package org.constl.storage.internal;

import java.util.ArrayList;
import java.util.List;
import org.constl.ipld.Cid;
import org.constl.ipld.DagCbor;
import org.constl.ipld.IpldException;
import org.constl.ipld.IpldValue;
import org.constl.ipld.Multicodec;
import org.constl.ipld.Multihash;
import org.constl.ipld.unixfs.DagPb;
import org.constl.ipld.unixfs.PbLink;

/** The CIDs a block links to: dag-pb links and the CIDs anywhere in a DAG-CBOR value. */
final class BlockLinks {

  private BlockLinks() {}

  /** Whether blocks of {@code codec} can link to others. */
  static boolean canLink(long codec) {
    return codec == Multicodec.DAG_PB || codec == Multicodec.DAG_CBOR;
  }

  /**
   * The links of {@code bytes}, stored under {@code multihash} and read as {@code codec}. None when
   * the bytes do not match the hash or cannot be decoded: a damaged block keeps nothing alive.
   */
  static List<Cid> of(long codec, byte[] multihash, byte[] bytes) {
    try {
      if (!canLink(codec) || !Multihash.decode(multihash).matches(bytes)) {
        return List.of();
      }
      if (codec == Multicodec.DAG_PB) {
        return DagPb.decode(bytes).links().stream().map(PbLink::hash).toList();
      }
      List<Cid> links = new ArrayList<>();
      collect(DagCbor.decode(bytes), links);
      return links;
    } catch (IpldException e) {
      return List.of();
    }
  }

  /** Recursion is safe: the decoder refuses values nested deeper than {@link DagCbor#MAX_DEPTH}. */
  private static void collect(IpldValue value, List<Cid> links) {
    switch (value) {
      case IpldValue.LinkValue link -> links.add(link.cid());
      case IpldValue.ListValue list -> list.values().forEach(item -> collect(item, links));
      case IpldValue.MapValue map -> map.entries().values().forEach(item -> collect(item, links));
      default -> {
        // Scalars link to nothing.
      }
    }
  }
}
