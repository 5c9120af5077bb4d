/** Implementation; not API. */
package org.constl.node.internal;
