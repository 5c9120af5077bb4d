package org.constl.ui.internal;

import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleFormat;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** {@code existe}: nothing to ask; the column must have a value in every row. */
final class ExistsRulePage extends RulePage {

  ExistsRulePage() {
    super(RuleFormat.EXISTS, "Value required", "Every row must have a value in the column.");
  }

  @Override
  public void createControl(Composite parent) {
    Composite page = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().applyTo(page);
    new Label(page, SWT.WRAP).setText("This rule has no details.");
    done(page);
  }

  @Override
  void show(Rule rule) {
    // Nothing to show.
  }

  @Override
  Rule rule() {
    return new Rule.Exists();
  }
}
