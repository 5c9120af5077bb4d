package org.constl.core.objects;

import java.util.OptionalDouble;

/**
 * A database's quality score as ipa computes it ({@code suivreQualitéBd}), each part in [0, 1].
 *
 * @param total 0 without licence, else the mean of access, coverage and validity, a missing part
 *     counting 0
 * @param access always empty: ipa's access score is a placeholder that is never a number
 * @param coverage the share of numeric columns (of all tables) that have a rule other than the
 *     implied {@code catégorie} one; empty without such columns
 * @param validity the share of the numeric columns' present cells that break no rule (ipa counts
 *     the faulty cells of every column against them); empty without such cells
 * @param licence 1 with a licence, else 0
 */
public record QualityScore(double total, OptionalDouble access, OptionalDouble coverage, OptionalDouble validity,
    int licence) {
}
