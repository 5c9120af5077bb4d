/**
 * Constellation's headless extension points, read from the Eclipse extension registry and
 * turned into OSGi services that the layers below the workbench use without knowing the registry.
 */
package org.constl.extensions;
