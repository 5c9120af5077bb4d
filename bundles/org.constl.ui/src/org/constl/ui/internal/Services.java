package org.constl.ui.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** OSGi services for UI code, which is created by the workbench rather than by DS. */
final class Services {

  private Services() {}

  /** The service, or null when none is registered. */
  static <T> T find(Class<T> type) {
    BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
    ServiceReference<T> reference = context.getServiceReference(type);
    return reference == null ? null : context.getService(reference);
  }
}
