namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// One term's weighted log-odds ratio between two groups (<see cref="LogOddsRatio"/>), with the counts it came from so
/// that a ranking can be traced back to the data.
/// </summary>
/// <param name="Term">The term (word, lemma or n-gram) as given.</param>
/// <param name="CountI">The term's count in group i (the group of interest).</param>
/// <param name="CountJ">The term's count in group j (the comparison group or the rest of the corpus).</param>
/// <param name="Prior">The term's prior pseudo-count α_w.</param>
/// <param name="Delta">δ_w, the log-odds ratio in natural-log units; positive when the term is more typical of group i.</param>
/// <param name="Variance">The approximate variance of δ_w, 1/(y_wi + α_w) + 1/(y_wj + α_w).</param>
/// <param name="Z">δ_w / √Variance, the z-score used for ranking; |Z| &gt; 1.96 is the usual display threshold.</param>
public readonly record struct LogOddsTerm(string Term, int CountI, int CountJ, double Prior, double Delta, double Variance, double Z);
