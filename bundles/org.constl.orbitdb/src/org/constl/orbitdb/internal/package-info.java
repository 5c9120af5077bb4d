/** Implementation; not API. */
package org.constl.orbitdb.internal;
