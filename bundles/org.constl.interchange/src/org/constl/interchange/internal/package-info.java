/** Implementation; not API. */
package org.constl.interchange.internal;
