/** Implementation of dag-pb and UnixFS: protobuf wire format, chunking, tree layout; not API. */
package org.constl.ipld.unixfs.internal;
