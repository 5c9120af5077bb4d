/** Network: the libp2p host: the API other bundles use. */
package org.constl.net;
