/** Implementation; not API. */
package org.constl.identity.internal;
