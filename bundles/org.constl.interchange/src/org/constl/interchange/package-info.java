/** Interchange: import, export, mirrors: the API other bundles use. */
package org.constl.interchange;
