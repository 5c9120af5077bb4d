/** Implementation of the row store over OrbitDB and the local store's row index; not API. */
package org.constl.core.rows.internal;
