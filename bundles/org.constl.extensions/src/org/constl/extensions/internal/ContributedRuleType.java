package org.constl.extensions.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.constl.core.rules.ColumnRule;
import org.constl.core.rules.RuleCheck;
import org.constl.core.rules.RuleContext;
import org.constl.core.rules.RuleFormatException;
import org.constl.core.rules.RuleParameter;
import org.constl.core.rules.RuleType;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * A {@code <ruleType>} of the validators extension point. Its id, label and parameters come from
 * the plugin.xml, so listing the types loads no class; the contributed class is created the
 * first time a rule of the type is checked.
 */
final class ContributedRuleType implements RuleType {

  private final IConfigurationElement element;
  private final String id;
  private final String label;
  private final List<RuleParameter> parameters;
  private RuleType check;

  private ContributedRuleType(IConfigurationElement element, String id, String label,
      List<RuleParameter> parameters) {
    this.element = element;
    this.id = id;
    this.label = label;
    this.parameters = parameters;
  }

  /**
   * @throws IllegalArgumentException when the element lacks an attribute the schema requires or
   *     names a parameter kind that does not exist
   */
  static ContributedRuleType of(IConfigurationElement element) {
    String id = required(element, "id");
    String label = required(element, "label");
    required(element, "class");
    List<RuleParameter> parameters = new ArrayList<>();
    for (IConfigurationElement parameter : element.getChildren("parameter")) {
      String key = required(parameter, "key");
      String kindName = required(parameter, "kind");
      RuleParameter.Kind kind;
      try {
        kind = RuleParameter.Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("parameter " + key + " of rule type " + id
            + " has kind " + kindName + "; the kinds are " + Arrays.toString(RuleParameter.Kind.values()));
      }
      String choices = parameter.getAttribute("choices");
      List<String> choiceList = choices == null || choices.isBlank() ? List.of()
          : Arrays.stream(choices.split(",")).map(String::strip).toList();
      parameters.add(new RuleParameter(key, required(parameter, "label"), kind, choiceList));
    }
    return new ContributedRuleType(element, id, label, List.copyOf(parameters));
  }

  private static String required(IConfigurationElement element, String attribute) {
    String value = element.getAttribute(attribute);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("<" + element.getName() + "> of plug-in "
          + element.getContributor().getName() + " has no " + attribute);
    }
    return value;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public List<RuleParameter> parameters() {
    return parameters;
  }

  @Override
  public RuleCheck prepare(ColumnRule rule, RuleContext context) {
    return check().prepare(rule, context);
  }

  /** The contributed class, created once; a class that cannot work makes every rule malformed. */
  private synchronized RuleType check() {
    if (check == null) {
      String plugin = element.getContributor().getName();
      Object created;
      try {
        created = element.createExecutableExtension("class");
      } catch (CoreException | RuntimeException e) {
        throw new RuleFormatException("the check of rule type " + id + " (plug-in " + plugin
            + ") cannot be created: " + e.getMessage());
      }
      if (!(created instanceof RuleType type)) {
        throw new RuleFormatException("the class of rule type " + id + " (plug-in " + plugin
            + ") is not a RuleType: " + created.getClass().getName());
      }
      if (!id.equals(type.id())) {
        throw new RuleFormatException("the class of rule type " + id + " (plug-in " + plugin
            + ") says its id is " + type.id());
      }
      check = type;
    }
    return check;
  }

  @Override
  public String toString() {
    return "rule type " + id + " of plug-in " + element.getContributor().getName();
  }
}
