/** Implementation; not API. */
package org.constl.ui.tables.internal;
