package org.constl.core.rules.internal;

import java.util.List;
import org.constl.core.rules.RuleType;

/** ipa's four rule types. */
public final class BuiltInRuleTypes {

  private BuiltInRuleTypes() {
  }

  public static List<RuleType> all() {
    return List.of(new ExistsRuleType(), new CategoryRuleType(), new BoundsRuleType(), new AllowedValuesRuleType());
  }
}
