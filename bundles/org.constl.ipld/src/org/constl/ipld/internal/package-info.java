/** Implementation; not API. */
package org.constl.ipld.internal;
