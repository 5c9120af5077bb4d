/** Views for hydrological tables: a chart of the numeric column selected in the table editor. */
package org.constl.examples.hydrology.ui;
