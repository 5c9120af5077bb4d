/**
 * Installs the example plug-in from the project's update site into a copy of the built product,
 * through the product's own menus and dialogs, and uses it after the restart. The JUnit test
 * ({@link org.constl.product.tests.InstallFromUpdateSiteTest}) launches the product; inside it,
 * this bundle's {@link org.constl.product.tests.DriverActivator} plays the user.
 */
package org.constl.product.tests;
