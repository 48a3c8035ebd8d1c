namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// Distinctive words of one group against another by the weighted log-odds ratio with an informative Dirichlet prior
/// (Monroe, Colaresi &amp; Quinn 2008, "Fightin' Words: Lexical feature selection and evaluation for identifying the
/// content of political conflict", Political Analysis 16(4), §3.5). Thread-safe (pure functions).
/// </summary>
/// <remarks>
/// <para>
/// For term w with counts y_wi and y_wj, group totals n_i and n_j, prior pseudo-counts α_w and α0 = Σ_w α_w:
/// δ_w = log((y_wi + α_w) / (n_i + α0 − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α0 − y_wj − α_w)),
/// Var(δ_w) ≈ 1/(y_wi + α_w) + 1/(y_wj + α_w), and z_w = δ_w / √Var(δ_w). Logs are natural. The prior shrinks the
/// log-odds of rare terms toward zero, so that a word used twice by one outlet and never by the other does not top the
/// list; z then accounts for the remaining uncertainty.
/// </para>
/// <para>
/// Results are sorted by z descending (most typical of group i first, most typical of group j last); ties are broken by
/// term in ordinal order so the output is deterministic. Cost: O(V log V) for V terms.
/// </para>
/// </remarks>
internal static class LogOddsRatio
{
    /// <summary>
    /// The vocabulary-indexed form: position k of every span describes <c>vocabulary[k]</c>.
    /// </summary>
    /// <param name="vocabulary">The terms, one per index.</param>
    /// <param name="countsI">Group i's count of each term (≥ 0).</param>
    /// <param name="countsJ">Group j's count of each term (≥ 0).</param>
    /// <param name="prior">Each term's prior pseudo-count α_w (&gt; 0, finite), e.g. from <see cref="ScaledPrior"/>.</param>
    /// <returns>One entry per term, sorted by z descending, then term ordinal.</returns>
    /// <exception cref="ArgumentException">The lengths differ, a count is negative, or a prior is not positive and finite.</exception>
    public static LogOddsTerm[] Compute(IReadOnlyList<string> vocabulary, ReadOnlySpan<int> countsI, ReadOnlySpan<int> countsJ, ReadOnlySpan<double> prior)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var v = vocabulary.Count;
        if (countsI.Length != v || countsJ.Length != v || prior.Length != v)
        {
            throw new ArgumentException(
                $"Every span needs one entry per vocabulary term ({v}); got {countsI.Length}, {countsJ.Length} and {prior.Length}.",
                nameof(vocabulary));
        }

        double ni = 0, nj = 0, alpha0 = 0;
        for (var k = 0; k < v; k++)
        {
            if (countsI[k] < 0 || countsJ[k] < 0)
            {
                throw new ArgumentException($"Counts must be non-negative (term '{vocabulary[k]}').", nameof(countsI));
            }

            if (!(prior[k] > 0) || double.IsInfinity(prior[k]))
            {
                throw new ArgumentException(
                    $"Every term needs a positive, finite prior pseudo-count; term '{vocabulary[k]}' has {prior[k]}.", nameof(prior));
            }

            ni += countsI[k];
            nj += countsJ[k];
            alpha0 += prior[k];
        }

        var terms = new LogOddsTerm[v];
        for (var k = 0; k < v; k++)
        {
            double yi = countsI[k], yj = countsJ[k], a = prior[k];
            var delta = Math.Log((yi + a) / (ni + alpha0 - yi - a)) - Math.Log((yj + a) / (nj + alpha0 - yj - a));
            var variance = (1 / (yi + a)) + (1 / (yj + a));
            terms[k] = new LogOddsTerm(vocabulary[k], countsI[k], countsJ[k], a, delta, variance, delta / Math.Sqrt(variance));
        }

        Array.Sort(terms, CompareByZ);
        return terms;
    }

    /// <summary>
    /// The dictionary form: compares group i with group j using a background corpus as the informative prior,
    /// α_w = <paramref name="priorSize"/> · background_w / Σ background.
    /// </summary>
    /// <param name="countsI">Group i's term counts.</param>
    /// <param name="countsJ">Group j's term counts.</param>
    /// <param name="background">
    /// Background term counts defining the prior's shape (e.g. the whole corpus); must contain every term of both groups
    /// with a positive count. Null uses the pooled counts of i and j.
    /// </param>
    /// <param name="priorSize">α0, the prior's total pseudo-count (&gt; 0): larger shrinks more. Passing Σ background uses the
    /// background's raw counts as the prior.</param>
    /// <returns>One entry per term of the background (or of i ∪ j), sorted by z descending, then term ordinal.</returns>
    /// <exception cref="ArgumentException">A term is missing from the background, or a count is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priorSize"/> is not positive and finite.</exception>
    public static LogOddsTerm[] Compute(
        IReadOnlyDictionary<string, int> countsI,
        IReadOnlyDictionary<string, int> countsJ,
        IReadOnlyDictionary<string, int>? background,
        double priorSize)
    {
        ArgumentNullException.ThrowIfNull(countsI);
        ArgumentNullException.ThrowIfNull(countsJ);
        if (!(priorSize > 0) || double.IsInfinity(priorSize))
        {
            throw new ArgumentOutOfRangeException(nameof(priorSize), priorSize, "The prior size must be positive and finite.");
        }

        background ??= Pool(countsI, countsJ);
        var vocabulary = new List<string>(background.Count);
        foreach (var (term, count) in background)
        {
            if (count < 0)
            {
                throw new ArgumentException($"Background counts must be non-negative (term '{term}').", nameof(background));
            }

            if (count > 0)
            {
                vocabulary.Add(term);
            }
        }

        RequireCovered(countsI, background, nameof(countsI));
        RequireCovered(countsJ, background, nameof(countsJ));
        vocabulary.Sort(StringComparer.Ordinal);

        var v = vocabulary.Count;
        var yi = new int[v];
        var yj = new int[v];
        var bg = new long[v];
        for (var k = 0; k < v; k++)
        {
            yi[k] = countsI.GetValueOrDefault(vocabulary[k]);
            yj[k] = countsJ.GetValueOrDefault(vocabulary[k]);
            bg[k] = background[vocabulary[k]];
        }

        return Compute(vocabulary, yi, yj, ScaledPrior(bg, priorSize));
    }

    /// <summary>
    /// Compares one group with the rest of the corpus it belongs to (group j = corpus − group), using the corpus as the
    /// background of the prior, as Monroe et al. do for one party against the other.
    /// </summary>
    /// <param name="groupCounts">The group's term counts.</param>
    /// <param name="corpusCounts">The whole corpus's term counts, including the group's; each must be ≥ the group's.</param>
    /// <param name="priorSize">α0, the prior's total pseudo-count (&gt; 0).</param>
    /// <returns>One entry per corpus term, sorted by z descending, then term ordinal.</returns>
    /// <exception cref="ArgumentException">A group count exceeds the corpus count or the term is missing from the corpus.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="priorSize"/> is not positive and finite.</exception>
    public static LogOddsTerm[] CompareToRest(IReadOnlyDictionary<string, int> groupCounts, IReadOnlyDictionary<string, int> corpusCounts, double priorSize)
    {
        ArgumentNullException.ThrowIfNull(groupCounts);
        ArgumentNullException.ThrowIfNull(corpusCounts);
        var rest = new Dictionary<string, int>(corpusCounts.Count, StringComparer.Ordinal);
        foreach (var (term, count) in corpusCounts)
        {
            var own = groupCounts.GetValueOrDefault(term);
            if (own > count)
            {
                throw new ArgumentException($"The group uses '{term}' {own} times but the corpus only {count}.", nameof(corpusCounts));
            }

            rest[term] = count - own;
        }

        return Compute(groupCounts, rest, corpusCounts, priorSize);
    }

    /// <summary>
    /// Scales background counts to prior pseudo-counts summing to <paramref name="priorSize"/>:
    /// α_w = α0 · background_w / Σ background.
    /// </summary>
    /// <param name="background">Background counts (≥ 0, positive total).</param>
    /// <param name="priorSize">α0 (&gt; 0).</param>
    /// <returns>A new array of α_w. Cost: O(V).</returns>
    /// <exception cref="ArgumentException">The background total is not positive or a count is negative.</exception>
    public static double[] ScaledPrior(ReadOnlySpan<long> background, double priorSize)
    {
        double total = 0;
        foreach (var c in background)
        {
            if (c < 0)
            {
                throw new ArgumentException("Background counts must be non-negative.", nameof(background));
            }

            total += c;
        }

        if (!(total > 0))
        {
            throw new ArgumentException("The background needs a positive total count.", nameof(background));
        }

        var prior = new double[background.Length];
        for (var k = 0; k < prior.Length; k++)
        {
            prior[k] = priorSize * background[k] / total;
        }

        return prior;
    }

    private static int CompareByZ(LogOddsTerm x, LogOddsTerm y)
    {
        // Descending z; NaN (possible only for degenerate one-term vocabularies) sorts last.
        var byZ = y.Z.CompareTo(x.Z);
        if (double.IsNaN(x.Z) != double.IsNaN(y.Z))
        {
            return double.IsNaN(x.Z) ? 1 : -1;
        }

        return byZ != 0 ? byZ : string.CompareOrdinal(x.Term, y.Term);
    }

    private static Dictionary<string, int> Pool(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        var pooled = new Dictionary<string, int>(a.Count + b.Count, StringComparer.Ordinal);
        foreach (var (term, count) in a)
        {
            pooled[term] = count;
        }

        foreach (var (term, count) in b)
        {
            pooled[term] = pooled.GetValueOrDefault(term) + count;
        }

        return pooled;
    }

    private static void RequireCovered(IReadOnlyDictionary<string, int> counts, IReadOnlyDictionary<string, int> background, string name)
    {
        foreach (var (term, count) in counts)
        {
            if (count < 0)
            {
                throw new ArgumentException($"Counts must be non-negative (term '{term}').", name);
            }

            if (count > 0 && background.GetValueOrDefault(term) <= 0)
            {
                throw new ArgumentException(
                    $"Term '{term}' has no background count, so its prior would be 0 and its log-odds undefined; "
                    + "include it in the background.",
                    name);
            }
        }
    }
}
