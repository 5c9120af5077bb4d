package org.constl.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.constl.core.rules.Rule;
import org.constl.core.rules.RuleParameter;
import org.constl.core.rules.RuleType;
import org.constl.ipld.IpldValue;
import org.constl.ipld.IpldValue.MapValue;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A contributed rule type's page, built from its {@link RuleType#parameters()}: a combo for a
 * choice, a text field for anything else. Empty fields are left out of {@code détails}; a
 * number field must hold a number.
 */
final class GenericRulePage extends RulePage {

  private final RuleType type;
  private final Map<RuleParameter, Control> fields = new LinkedHashMap<>();
  /** The edited rule's details that no parameter names (a newer version's, say). */
  private final Map<String, IpldValue> undeclared = new LinkedHashMap<>();

  GenericRulePage(RuleType type) {
    super(type.id(), type.label(), "The details of a rule of type " + type.id() + ".");
    this.type = type;
  }

  @Override
  public void createControl(Composite parent) {
    Composite page = new Composite(parent, SWT.NONE);
    GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
    for (RuleParameter parameter : type.parameters()) {
      Control field;
      if (parameter.kind() == RuleParameter.Kind.CHOICE) {
        Combo combo = combo(page, parameter.label() + ":", parameter.choices(), choice -> choice);
        combo.addListener(SWT.Selection, event -> check());
        field = combo;
      } else {
        new Label(page, SWT.NONE).setText(parameter.label() + ":");
        Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
        text.setMessage(hint(parameter.kind()));
        text.addModifyListener(event -> check());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        field = text;
      }
      fields.put(parameter, field);
    }
    if (fields.isEmpty()) {
      new Label(page, SWT.NONE).setText("This rule has no details.");
    }
    done(page);
  }

  /** Each detail in its field; a detail the type does not declare is kept as it is. */
  @Override
  void show(Rule rule) {
    if (!(rule instanceof Rule.Other other)) {
      return;
    }
    MapValue details = other.details();
    undeclared.clear();
    undeclared.putAll(details.entries());
    fields.keySet().forEach(parameter -> undeclared.remove(parameter.key()));
    fields.forEach((parameter, field) -> {
      String shown = !details.has(parameter.key()) ? ""
          : details.get(parameter.key()) instanceof IpldValue.ListValue list ? textList(list.values())
          : text(details.get(parameter.key()));
      switch (field) {
        case Combo combo -> select(combo, parameter.choices(), choice -> choice, shown);
        case Text text -> text.setText(shown);
        default -> throw new IllegalStateException();
      }
    });
    check();
  }

  private static String hint(RuleParameter.Kind kind) {
    return switch (kind) {
      case NUMBER -> "a number";
      case VALUES -> "comma-separated values";
      case COLUMN -> "a column id";
      case VARIABLE -> "a variable id";
      case TABLE -> "a table id";
      default -> "";
    };
  }

  private String text(RuleParameter parameter) {
    return switch (fields.get(parameter)) {
      case Combo combo -> combo.getText();
      case Text text -> text.getText().strip();
      default -> throw new IllegalStateException();
    };
  }

  private void check() {
    String problem = null;
    for (RuleParameter parameter : fields.keySet()) {
      if (parameter.kind() == RuleParameter.Kind.NUMBER && !text(parameter).isEmpty()
          && number(text(parameter)) == null) {
        problem = parameter.label() + " must be a number.";
      }
    }
    setErrorMessage(problem);
    setPageComplete(problem == null);
  }

  @Override
  Rule rule() {
    MapValue.Builder details = MapValue.builder();
    undeclared.forEach(details::put);
    for (RuleParameter parameter : fields.keySet()) {
      String text = text(parameter);
      if (!text.isEmpty()) {
        details.put(parameter.key(), switch (parameter.kind()) {
          case NUMBER -> number(text);
          case VALUES -> IpldValue.list(typedList(text));
          default -> IpldValue.of(text);
        });
      }
    }
    return new Rule.Other(type.id(), details.build());
  }
}
