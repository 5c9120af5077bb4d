/**
 * How JS programs see IPLD values once {@code @ipld/dag-cbor} has decoded them: the rules that
 * the JS peers' code (OrbitDB's databases, Constellation's validation) applies, which Java must
 * reproduce to reach the same results.
 */
package org.constl.ipld.js;
