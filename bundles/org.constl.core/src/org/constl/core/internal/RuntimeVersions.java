package org.constl.core.internal;

import java.util.ArrayList;
import java.util.List;
import org.constl.core.Versions;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Reads the versions from the running bundles and the JVM. */
@Component(service = Versions.class)
public final class RuntimeVersions implements Versions {

  /** What the data and the wire are compatible with; changes only with the formats themselves. */
  static final String COMPATIBLE_WITH = "@constl/ipa 1.6, @orbitdb/core 2.5, js-libp2p 2";

  private final List<Entry> entries;

  @Activate
  public RuntimeVersions(BundleContext context) {
    List<Entry> list = new ArrayList<>();
    list.add(new Entry("Constellation Workbench", display(context.getBundle().getVersion())));
    list.add(new Entry("Compatible with", COMPATIBLE_WITH));
    list.add(new Entry("Eclipse workbench", bundleVersion(context, "org.eclipse.ui.workbench")));
    list.add(new Entry("OSGi framework", bundleVersion(context, "org.eclipse.osgi")));
    list.add(new Entry("Java", System.getProperty("java.runtime.version") + " ("
        + System.getProperty("java.vendor") + ")"));
    list.add(new Entry("Operating system", System.getProperty("os.name") + " "
        + System.getProperty("os.version") + " " + System.getProperty("os.arch")));
    entries = List.copyOf(list);
  }

  @Override
  public String constellation() {
    return entries.get(0).version();
  }

  @Override
  public List<Entry> all() {
    return entries;
  }

  private static String bundleVersion(BundleContext context, String symbolicName) {
    for (Bundle bundle : context.getBundles()) {
      if (symbolicName.equals(bundle.getSymbolicName())) {
        return display(bundle.getVersion());
      }
    }
    return "not installed";
  }

  /** Major.minor.micro, then the build qualifier in brackets when there is one. */
  static String display(Version version) {
    String base = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    return version.getQualifier().isEmpty() ? base : base + " (" + version.getQualifier() + ")";
  }
}
