/** Implementation; not API. */
package org.constl.net.internal;
