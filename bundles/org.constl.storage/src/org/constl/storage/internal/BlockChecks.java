package org.constl.storage.internal;

import org.constl.ipld.Cid;
import org.constl.ipld.IpldException;
import org.constl.storage.BlockStore;
import org.constl.storage.StoreException;
import org.constl.storage.StoreException.Reason;

/** The checks every block store makes on the blocks it is given and the blocks it returns. */
final class BlockChecks {

  private BlockChecks() {}

  /** Refuses a block that is too large or does not hash to its CID. */
  static void requireValid(Cid cid, byte[] bytes) throws StoreException {
    if (bytes.length > BlockStore.MAX_BLOCK_LENGTH) {
      throw new StoreException(Reason.INVALID_BLOCK, "Block " + cid + " has " + bytes.length
          + " bytes, more than the " + BlockStore.MAX_BLOCK_LENGTH + " a block may have");
    }
    try {
      if (!cid.multihash().matches(bytes)) {
        throw new StoreException(Reason.INVALID_BLOCK, "Block refused: its bytes do not hash to " + cid);
      }
    } catch (IpldException e) {
      throw new StoreException(Reason.INVALID_BLOCK, "Block " + cid + " refused: " + e.getMessage(), e);
    }
  }

  /** Whether {@code bytes} hash to the CID; false for a hash function this stack does not know. */
  static boolean matches(Cid cid, byte[] bytes) {
    try {
      return cid.multihash().matches(bytes);
    } catch (IpldException e) {
      return false;
    }
  }
}
