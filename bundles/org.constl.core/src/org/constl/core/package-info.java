/** Core: the Constellation model and services: the API other bundles use. */
package org.constl.core;
