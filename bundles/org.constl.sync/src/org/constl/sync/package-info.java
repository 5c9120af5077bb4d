/** Sync: replication of databases: the API other bundles use. */
package org.constl.sync;
