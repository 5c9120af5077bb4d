package org.constl.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** The state of this node on the peer-to-peer network. */
public final class NetworkView extends ViewPart {

  static final String ID = "org.constl.ui.views.network";

  private Composite area;

  @Override
  public void createPartControl(Composite parent) {
    area = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
    field("Networking:", "off: this node keeps its data on this machine only");
    field("Connected peers:", "none");
  }

  private void field(String name, String value) {
    Label label = new Label(area, SWT.NONE);
    label.setText(name);
    Label text = new Label(area, SWT.WRAP);
    text.setText(value);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
  }

  @Override
  public void setFocus() {
    area.setFocus();
  }
}
