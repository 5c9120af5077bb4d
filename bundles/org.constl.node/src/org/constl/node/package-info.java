/** Node: headless node and command line: the API other bundles use. */
package org.constl.node;
