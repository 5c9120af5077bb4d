/**
 * Hydrology rules for Constellation tables, contributed through the
 * {@code org.constl.core.validators} extension point (see plugin.xml): rainfall in millimetres
 * between 0 and 500, and cumulative rain-gauge readings that never decrease within a day at one
 * station. Written against Constellation's public API only ({@code org.constl.core.rules},
 * {@code org.constl.ipld}).
 */
package org.constl.examples.hydrology;
