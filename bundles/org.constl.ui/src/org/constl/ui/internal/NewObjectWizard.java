package org.constl.ui.internal;

import org.constl.core.objects.Constellation;
import org.eclipse.jface.wizard.Wizard;

/** A wizard that creates one Constellation object: its name page first, one write on finish. */
abstract class NewObjectWizard<P extends NamePage> extends Wizard {

  final Constellation constellation;
  /** The name, then the fields of the kind. */
  final P firstPage;

  NewObjectWizard(Constellation constellation, P firstPage) {
    this.constellation = constellation;
    this.firstPage = firstPage;
    setWindowTitle("New " + Character.toUpperCase(firstPage.kind.charAt(0)) + firstPage.kind.substring(1));
  }

  @Override
  public void addPages() {
    addPage(firstPage);
  }

  @Override
  public final boolean performFinish() {
    return NavigatorActions.wrote(getShell(), "create the " + firstPage.kind, creation(firstPage.name()));
  }

  /**
   * The write that creates the object named {@code name}. Read the pages here, on the UI thread;
   * the write runs later, under a busy cursor.
   */
  abstract Runnable creation(String name);
}
