/**
 * The rows of a Constellation table (its {@code données} keyvalue database), as a live, sorted,
 * filtered and validated view that keeps only a page of rows in memory at a time
 * ({@link org.constl.core.rows.TableRows}).
 */
package org.constl.core.rows;
