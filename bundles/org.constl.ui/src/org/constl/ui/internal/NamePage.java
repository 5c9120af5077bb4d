package org.constl.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The first page of a new-object wizard: the object's name, which it needs before it can finish,
 * then the fields of its kind (label and field in two columns).
 */
class NamePage extends WizardPage {

  final String kind;
  private final String example;
  private Text name;
  /** The name shown at first: an edited object's; empty for a new one. */
  private String initialName = "";

  /** {@code kind} as in "New database"; {@code example} a name a user might give. */
  NamePage(String kind, String description, String example) {
    super(kind);
    this.kind = kind;
    this.example = example;
    setTitle("New " + kind);
    setDescription(description);
    setPageComplete(false);
  }

  @Override
  public final void createControl(Composite parent) {
    Composite page = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
    new Label(page, SWT.NONE).setText("&Name:");
    name = new Text(page, SWT.BORDER | SWT.SINGLE);
    name.setMessage("e.g. " + example);
    GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
    name.addModifyListener(event -> check());
    name.setText(initialName);
    addFields(page);
    setControl(page);
    name.setFocus();
  }

  /** Shows an existing object's name, to change it; call before the page is made. */
  void edit(String currentName) {
    initialName = currentName;
    setTitle(Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
  }

  /** The fields after the name, on the page's two columns; none here. */
  void addFields(Composite page) {}

  String name() {
    return name.getText().strip();
  }

  private void check() {
    boolean named = !name.getText().isBlank();
    setMessage(named ? null : "Give the " + kind + " a name.");
    setPageComplete(named);
  }
}
