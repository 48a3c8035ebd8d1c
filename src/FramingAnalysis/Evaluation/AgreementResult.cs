namespace FramingAnalysis.Evaluation;

/// <summary>
/// An agreement statistic with the quantities it was computed from, so that a reported value can be checked and its
/// sample size stated. <see cref="Value"/> is NaN when the statistic is undefined, notably when every used rating is the
/// same category (expected agreement 1, or expected disagreement 0): chance-corrected coefficients cannot separate
/// agreement from chance without variation. NaN is not valid JSON; serialize with named floating-point literals allowed
/// or map it to null.
/// </summary>
/// <param name="Statistic">Which statistic this is.</param>
/// <param name="Value">The coefficient: kappa and alpha are at most 1 (1 = perfect, 0 = chance level, negative = worse than chance); percent agreement is in [0, 1].</param>
/// <param name="Observed">Observed agreement p_o for the kappas and percent agreement; observed disagreement D_o for alpha.</param>
/// <param name="Expected">Chance agreement p_e for the kappas; expected disagreement D_e for alpha; NaN for percent agreement.</param>
/// <param name="Items">The number of items (units) that entered the computation.</param>
/// <param name="SkippedItems">Items left out: with a missing rating (Cohen) or fewer than two ratings (the others).</param>
/// <param name="Ratings">The number of ratings used (pairable values for alpha).</param>
/// <param name="Categories">The number of distinct categories among the ratings used.</param>
public sealed record AgreementResult(
    AgreementStatistic Statistic,
    double Value,
    double Observed,
    double Expected,
    int Items,
    int SkippedItems,
    int Ratings,
    int Categories);
