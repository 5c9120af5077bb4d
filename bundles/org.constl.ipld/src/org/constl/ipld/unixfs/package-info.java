/**
 * dag-pb and UnixFS: files as blocks, imported and exported with the same defaults as
 * {@code @helia/unixfs} 4 so that a file gets the same CID in Java and in JS.
 */
package org.constl.ipld.unixfs;
