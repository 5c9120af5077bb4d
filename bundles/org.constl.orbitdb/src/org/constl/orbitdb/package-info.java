/** OrbitDB: oplog, databases, access controllers: the API other bundles use. */
package org.constl.orbitdb;
