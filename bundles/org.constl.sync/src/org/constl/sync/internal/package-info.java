/** Implementation; not API. */
package org.constl.sync.internal;
