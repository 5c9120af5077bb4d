/** Storage: the embedded local store: the API other bundles use. */
package org.constl.storage;
