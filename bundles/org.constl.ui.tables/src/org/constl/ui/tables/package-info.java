/** Workbench: table editor: the API other bundles use. */
package org.constl.ui.tables;
