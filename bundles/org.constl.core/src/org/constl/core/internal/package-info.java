/** Implementation; not API. */
package org.constl.core.internal;
