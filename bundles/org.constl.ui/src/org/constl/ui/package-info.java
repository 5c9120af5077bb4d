/** Workbench: the API other bundles use. */
package org.constl.ui;
