/** Identity: keys, peer IDs, OrbitDB identities: the API other bundles use. */
package org.constl.identity;
