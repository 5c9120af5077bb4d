package org.constl.ui.internal;

import java.util.List;
import java.util.function.Function;
import org.constl.core.rules.Rule;
import org.constl.ipld.IpldValue;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The last page of the rule wizard: the details of one rule type, the rule they make. */
abstract class RulePage extends WizardPage {

  RulePage(String typeId, String title, String description) {
    super(typeId);
    setTitle(title);
    setDescription(description);
  }

  /** The rule as the page's fields say; only asked when the page is complete. */
  abstract Rule rule();

  @Override
  public IWizardPage getNextPage() {
    return null;
  }

  /** A number as stored: an integer when it is one, else a float; null when it is not a number. */
  static IpldValue number(String text) {
    String plain = text.strip();
    try {
      return IpldValue.of(Long.parseLong(plain));
    } catch (NumberFormatException notAnInteger) {
      try {
        double value = Double.parseDouble(plain);
        return Double.isFinite(value) ? IpldValue.of(value) : null;
      } catch (NumberFormatException notANumber) {
        return null;
      }
    }
  }

  /** A value typed by a person: a number when it reads as one, else text. */
  static IpldValue typed(String text) {
    IpldValue number = number(text);
    return number != null ? number : IpldValue.of(text.strip());
  }

  /** Values typed as a comma-separated list; blanks dropped. */
  static List<IpldValue> typedList(String text) {
    return List.of(text.split(",")).stream().filter(v -> !v.isBlank()).map(RulePage::typed).toList();
  }

  /** A label and a read-only combo of {@code choices} on a two-column page. */
  static <T> Combo combo(Composite page, String label, List<T> choices, Function<T, String> shown) {
    new Label(page, SWT.NONE).setText(label);
    Combo combo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
    choices.forEach(choice -> combo.add(shown.apply(choice)));
    GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
    return combo;
  }
}
