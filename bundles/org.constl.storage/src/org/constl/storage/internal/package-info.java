/** Implementation; not API. */
package org.constl.storage.internal;
