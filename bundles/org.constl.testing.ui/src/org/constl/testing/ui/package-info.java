/**
 * What the UI tests share: a user's keys and clicks, bounded waits for the workbench to catch up,
 * screenshots, and a rainfall table to open in the table editor. Test fragments import it; it is
 * not in the product.
 */
package org.constl.testing.ui;
