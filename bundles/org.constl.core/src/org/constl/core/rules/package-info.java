/**
 * Constellation's validation rules (règles) as {@code @constl/ipa} 1.6.16 stores and applies
 * them: variable categories, the four rule types, their exact stored layouts
 * ({@link org.constl.core.rules.RuleFormat}), and a row-at-a-time validator
 * ({@link org.constl.core.rules.TableValidator}) that other bundles extend with their own
 * {@link org.constl.core.rules.RuleType}s.
 */
package org.constl.core.rules;
