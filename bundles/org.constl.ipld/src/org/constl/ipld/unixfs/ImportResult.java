package org.constl.ipld.unixfs;

import org.constl.ipld.Cid;

/**
 * What an import made.
 *
 * @param root     the file's CID
 * @param fileSize bytes of content read
 * @param dagSize  bytes of all blocks of the DAG (the Tsize a parent link to it would carry)
 */
public record ImportResult(Cid root, long fileSize, long dagSize) {
}
