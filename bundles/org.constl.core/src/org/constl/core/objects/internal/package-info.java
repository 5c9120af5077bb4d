/** The implementation of {@link org.constl.core.objects} over {@code org.constl.orbitdb}. */
package org.constl.core.objects.internal;
