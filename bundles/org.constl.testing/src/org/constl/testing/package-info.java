/** What several test fragments share: running the JS reference scripts of {@code interop/}. */
package org.constl.testing;
