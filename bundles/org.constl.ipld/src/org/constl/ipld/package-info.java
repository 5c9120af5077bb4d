/** IPLD: multiformats, DAG-CBOR, UnixFS: the API other bundles use. */
package org.constl.ipld;
