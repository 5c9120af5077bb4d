package org.constl.core.rules;

import java.util.List;

/**
 * A kind of rule ({@code typeRègle}) and how to check it: the extension point for validators.
 * The four types of ipa are built in ({@link RuleTypes#builtIn()}); a plug-in adds its own, whose
 * rules are stored like any other ({@code {typeRègle: id(), détails}}) and reach it as
 * {@link Rule.Other}.
 */
public interface RuleType {

  /** The {@code typeRègle} this type checks. */
  String id();

  /** A short name for people, e.g. "Bounds". */
  String label();

  /** What a rule of this type is made of: the keys of its {@code détails}, for rule editors. */
  List<RuleParameter> parameters();

  /**
   * Prepares the check of one rule on one column of a table.
   *
   * @throws RuleFormatException when the rule's details do not fit this type; the rule is then
   *     reported as a {@link RuleProblem} and not checked
   */
  RuleCheck prepare(ColumnRule rule, RuleContext context);
}
