package org.constl.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Every class named in a plugin.xml of ours loads from the bundle that names it. */
class PluginXmlClassesTest {

  @Test
  void everyClassAttributeResolves() {
    Set<String> checked = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    for (String namespace : Platform.getExtensionRegistry().getNamespaces()) {
      if (!namespace.startsWith("org.constl.")) {
        continue;
      }
      for (IExtension extension : Platform.getExtensionRegistry().getExtensions(namespace)) {
        Bundle bundle = Platform.getBundle(extension.getContributor().getName());
        for (IConfigurationElement element : extension.getConfigurationElements()) {
          check(element, bundle, checked, failures);
        }
      }
    }
    assertTrue(failures.isEmpty(), "classes that do not load: " + failures);
    // The walk must have seen the classes of the workbench bundle, or it proved nothing.
    assertTrue(checked.containsAll(Set.of(WorkbenchApplication.class.getName(),
        CurationPerspective.class.getName(), DataNavigatorView.class.getName(),
        NetworkView.class.getName(), GeneralPreferencePage.class.getName())), checked.toString());
  }

  private static void check(IConfigurationElement element, Bundle bundle, Set<String> checked,
      List<String> failures) {
    String value = element.getAttribute("class");
    if (value != null) {
      // "class:parameters" is the executable-extension form.
      String className = value.split(":", 2)[0];
      try {
        bundle.loadClass(className);
        checked.add(className);
      } catch (ClassNotFoundException | NoClassDefFoundError e) {
        failures.add(bundle.getSymbolicName() + ": " + className);
      }
    }
    for (IConfigurationElement child : element.getChildren()) {
      check(child, bundle, checked, failures);
    }
  }
}
