/** Implementation; not API. */
package org.constl.ui.internal;
