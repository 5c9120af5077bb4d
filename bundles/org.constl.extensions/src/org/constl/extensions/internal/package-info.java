/** The registry readers: each extension becomes an OSGi service while its bundle is there. */
package org.constl.extensions.internal;
