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

/**
 * The last page of the rule wizard: the details of one rule type, the rule they make. When a rule
 * is edited, its page shows it first.
 */
abstract class RulePage extends WizardPage {

  /** The rule being edited, shown once the page's fields exist; null when adding. */
  private Rule edited;

  RulePage(String typeId, String title, String description) {
    super(typeId);
    setTitle(title);
    setDescription(description);
  }

  /** The rule as the page's fields say; only asked when the page is complete. */
  abstract Rule rule();

  /** Fills the page's fields from a rule of its type, then checks them. */
  abstract void show(Rule rule);

  /** Makes the page show {@code rule} when its fields are made. */
  void edit(Rule rule) {
    edited = rule;
  }

  /** Ends {@code createControl}: the page's control, showing the edited rule, if any. */
  void done(Composite page) {
    setControl(page);
    if (edited != null) {
      show(edited);
    }
  }

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

  /** A value as a person types it: a number as written, text as is, anything else as its JSON form. */
  static String text(IpldValue value) {
    return switch (value) {
      case IpldValue.IntValue number -> number.value().toString();
      case IpldValue.FloatValue number -> Double.toString(number.value());
      case IpldValue.StringValue string -> string.value();
      default -> value.toString();
    };
  }

  /** Values as {@link #typedList} reads them back. */
  static String textList(List<IpldValue> values) {
    return String.join(", ", values.stream().map(RulePage::text).toList());
  }

  /** Selects the combo's item of the choice whose id is {@code id}; none when it is not there. */
  static <T> void select(Combo combo, List<T> choices, Function<T, String> id, String wanted) {
    for (int i = 0; i < choices.size(); i++) {
      if (id.apply(choices.get(i)).equals(wanted)) {
        combo.select(i);
        return;
      }
    }
    combo.deselectAll();
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
