namespace FramingAnalysis.Evaluation;

/// <summary>
/// Inter-annotator agreement for categorical codes (stance, frame, sentiment labels). Ratings are strings compared
/// ordinally; <c>null</c> means the rater did not code the item. Data for the multi-rater statistics are given per item:
/// <c>ratingsPerItem[i]</c> holds item i's ratings, one per rater slot (its length may vary; nulls are missing values).
/// All methods are pure and thread-safe.
/// </summary>
public static class Agreement
{
    /// <summary>
    /// Cohen's (1960) kappa for two raters: κ = (p_o − p_e) / (1 − p_e), with p_o the share of items rated alike and
    /// p_e = Σ_c p_a(c)·p_b(c) from each rater's own marginal distribution. Items where either rating is null are skipped.
    /// </summary>
    /// <param name="a">Rater A's rating of each item.</param>
    /// <param name="b">Rater B's rating of each item, same length.</param>
    /// <returns>κ with its p_o, p_e and counts; NaN when p_e = 1 (both raters used one and the same category throughout) or no item is rated by both. Cost: O(n).</returns>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static AgreementResult CohensKappa(IReadOnlyList<string?> a, IReadOnlyList<string?> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException($"The raters rated different numbers of items ({a.Count} and {b.Count}).", nameof(b));
        }

        var marginA = new Dictionary<string, int>(StringComparer.Ordinal);
        var marginB = new Dictionary<string, int>(StringComparer.Ordinal);
        int used = 0, agree = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] is not { } x || b[i] is not { } y)
            {
                continue;
            }

            used++;
            agree += string.Equals(x, y, StringComparison.Ordinal) ? 1 : 0;
            marginA[x] = marginA.GetValueOrDefault(x) + 1;
            marginB[y] = marginB.GetValueOrDefault(y) + 1;
        }

        var categories = marginA.Keys.Union(marginB.Keys, StringComparer.Ordinal).Count();
        var skipped = a.Count - used;
        if (used == 0)
        {
            return new AgreementResult(AgreementStatistic.CohensKappa, double.NaN, double.NaN, double.NaN, 0, skipped, 0, 0);
        }

        var observed = (double)agree / used;
        double expected = 0;
        foreach (var (category, countA) in marginA)
        {
            expected += (double)countA / used * marginB.GetValueOrDefault(category) / used;
        }

        return new AgreementResult(
            AgreementStatistic.CohensKappa, Kappa(observed, expected), observed, expected, used, skipped, 2 * used, categories);
    }

    /// <summary>
    /// Fleiss' (1971) kappa for items each rated by the same number n ≥ 2 of raters (not necessarily the same people):
    /// P_i = (Σ_c n_ic² − n) / (n(n − 1)), P̄ = mean of P_i, p_c = Σ_i n_ic / (N·n), P̄_e = Σ_c p_c², and
    /// κ = (P̄ − P̄_e) / (1 − P̄_e).
    /// </summary>
    /// <remarks>
    /// Null ratings are dropped and items left with fewer than two ratings are skipped. Fleiss' formula assumes a constant
    /// number of ratings per item, so the remaining items must all have the same count; otherwise this method throws
    /// rather than silently mixing weights. Use <see cref="KrippendorffAlpha"/> for unequal numbers of raters.
    /// </remarks>
    /// <param name="ratingsPerItem">Each item's ratings.</param>
    /// <returns>κ with P̄ as observed and P̄_e as expected agreement; NaN when P̄_e = 1 or no item is usable. Cost: O(total ratings).</returns>
    /// <exception cref="ArgumentException">Usable items have different numbers of ratings.</exception>
    public static AgreementResult FleissKappa(IReadOnlyList<IReadOnlyList<string?>> ratingsPerItem)
    {
        var items = Tabulate(ratingsPerItem, out var skipped);
        if (items.Count == 0)
        {
            return new AgreementResult(AgreementStatistic.FleissKappa, double.NaN, double.NaN, double.NaN, 0, skipped, 0, 0);
        }

        var raters = items[0].Ratings;
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        double sumP = 0;
        foreach (var item in items)
        {
            if (item.Ratings != raters)
            {
                throw new ArgumentException(
                    $"Fleiss' kappa needs the same number of ratings per item; found {raters} and {item.Ratings}. "
                    + "Use Krippendorff's alpha for unequal numbers of raters.",
                    nameof(ratingsPerItem));
            }

            long squares = 0;
            foreach (var (category, count) in item.Counts)
            {
                squares += (long)count * count;
                totals[category] = totals.GetValueOrDefault(category) + count;
            }

            sumP += (double)(squares - raters) / (raters * (raters - 1.0));
        }

        var observed = sumP / items.Count;
        double allRatings = (double)items.Count * raters;
        double expected = 0;
        foreach (var count in totals.Values)
        {
            var p = count / allRatings;
            expected += p * p;
        }

        return new AgreementResult(
            AgreementStatistic.FleissKappa, Kappa(observed, expected), observed, expected, items.Count, skipped, (int)allRatings, totals.Count);
    }

    /// <summary>
    /// Krippendorff's alpha, α = 1 − D_o / D_e, computed from the coincidence matrix as in Krippendorff (2011),
    /// "Computing Krippendorff's Alpha-Reliability": each item u with m_u ≥ 2 non-null ratings adds 1/(m_u − 1) to
    /// o(c, k) for every ordered pair of its ratings (different raters); n_c = Σ_k o(c, k), n = Σ_c n_c;
    /// D_o = (1/n)·Σ_c Σ_k o(c, k)·δ²(c, k) and D_e = (1/(n(n − 1)))·Σ_c Σ_k n_c·n_k·δ²(c, k).
    /// </summary>
    /// <remarks>
    /// Missing ratings (null) are simply absent from their item; items with fewer than two ratings are not pairable and
    /// are skipped. Any number of raters per item is allowed. α = 1 means perfect reliability, 0 means agreement at chance
    /// level; Krippendorff suggests α ≥ 0.8 for firm conclusions and ≥ 0.667 for tentative ones.
    /// </remarks>
    /// <param name="ratingsPerItem">Each item's ratings, nulls for missing.</param>
    /// <param name="metric">The difference function: <see cref="AlphaMetric.Nominal"/> or <see cref="AlphaMetric.Ordinal"/>.</param>
    /// <param name="orderedCategories">
    /// The categories from lowest to highest rank; required for <see cref="AlphaMetric.Ordinal"/>. For nominal data it is
    /// optional and, when given, checks that every rating is a known category.
    /// </param>
    /// <returns>α with D_o as observed and D_e as expected disagreement; NaN when D_e = 0 (a single category used) or nothing is pairable. Cost: O(total ratings + C²).</returns>
    /// <exception cref="ArgumentException">Ordinal without categories, a duplicate category, or a rating not among the categories.</exception>
    public static AgreementResult KrippendorffAlpha(
        IReadOnlyList<IReadOnlyList<string?>> ratingsPerItem,
        AlphaMetric metric = AlphaMetric.Nominal,
        IReadOnlyList<string>? orderedCategories = null)
    {
        var items = Tabulate(ratingsPerItem, out var skipped);
        if (metric == AlphaMetric.Ordinal && orderedCategories is null)
        {
            throw new ArgumentException("Ordinal alpha needs the categories in rank order.", nameof(orderedCategories));
        }

        // Category order: the given ranks, or (nominal) the observed categories in ordinal order; order does not matter for nominal.
        var categories = orderedCategories?.ToArray()
            ?? items.SelectMany(i => i.Counts.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(categories.Length, StringComparer.Ordinal);
        for (var c = 0; c < categories.Length; c++)
        {
            if (!index.TryAdd(categories[c], c))
            {
                throw new ArgumentException($"Category '{categories[c]}' is listed twice.", nameof(orderedCategories));
            }
        }

        var size = categories.Length;
        var o = new double[size, size];
        var pairable = 0;
        foreach (var item in items)
        {
            var m = item.Ratings;
            pairable += m;
            foreach (var (c, countC) in item.Counts)
            {
                var ci = CategoryIndex(index, c);
                foreach (var (k, countK) in item.Counts)
                {
                    var ki = CategoryIndex(index, k);

                    // Ordered pairs of distinct ratings: n_uc·n_uk of them when c ≠ k, n_uc·(n_uc − 1) when c = k.
                    double pairs = ci == ki ? countC * (countC - 1.0) : (double)countC * countK;
                    o[ci, ki] += pairs / (m - 1);
                }
            }
        }

        var n = new double[size];
        double total = 0;
        for (var c = 0; c < size; c++)
        {
            for (var k = 0; k < size; k++)
            {
                n[c] += o[c, k];
            }

            total += n[c];
        }

        var used = n.Count(x => x > 0);
        if (items.Count == 0)
        {
            return new AgreementResult(AgreementStatistic.KrippendorffAlpha, double.NaN, double.NaN, double.NaN, 0, skipped, 0, 0);
        }

        double observedSum = 0, expectedSum = 0;
        for (var c = 0; c < size; c++)
        {
            for (var k = 0; k < size; k++)
            {
                if (c == k)
                {
                    continue;
                }

                var delta2 = metric == AlphaMetric.Nominal ? 1.0 : OrdinalDelta2(n, c, k);
                observedSum += o[c, k] * delta2;
                expectedSum += n[c] * n[k] * delta2;
            }
        }

        var observed = observedSum / total;
        var expected = expectedSum / (total * (total - 1));
        var alpha = expectedSum == 0 ? double.NaN : 1 - ((total - 1) * observedSum / expectedSum);
        return new AgreementResult(AgreementStatistic.KrippendorffAlpha, alpha, observed, expected, items.Count, skipped, pairable, used);
    }

    /// <summary>
    /// Mean pairwise percent agreement: for each item with m ≥ 2 ratings, the share of its m(m − 1)/2 rater pairs that
    /// agree; then the unweighted mean over items. Not corrected for chance, so report it next to a kappa or alpha.
    /// </summary>
    /// <param name="ratingsPerItem">Each item's ratings, nulls for missing.</param>
    /// <returns>The agreement in [0, 1] (NaN when no item has two ratings); Expected is NaN. Cost: O(total ratings).</returns>
    public static AgreementResult PercentAgreement(IReadOnlyList<IReadOnlyList<string?>> ratingsPerItem)
    {
        var items = Tabulate(ratingsPerItem, out var skipped);
        double sum = 0;
        var ratings = 0;
        var categories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var m = item.Ratings;
            ratings += m;
            double agreeing = 0;
            foreach (var (category, count) in item.Counts)
            {
                agreeing += count * (count - 1.0) / 2;
                categories.Add(category);
            }

            sum += agreeing / (m * (m - 1.0) / 2);
        }

        var value = items.Count == 0 ? double.NaN : sum / items.Count;
        return new AgreementResult(AgreementStatistic.PercentAgreement, value, value, double.NaN, items.Count, skipped, ratings, categories.Count);
    }

    private static double Kappa(double observed, double expected) =>
        expected >= 1 ? double.NaN : (observed - expected) / (1 - expected);

    /// <summary>Krippendorff's ordinal δ²(c, k) = (Σ_{g between c and k inclusive} n_g − (n_c + n_k)/2)².</summary>
    private static double OrdinalDelta2(double[] n, int c, int k)
    {
        int low = Math.Min(c, k), high = Math.Max(c, k);
        double between = 0;
        for (var g = low; g <= high; g++)
        {
            between += n[g];
        }

        var d = between - ((n[c] + n[k]) / 2);
        return d * d;
    }

    private static int CategoryIndex(Dictionary<string, int> index, string category) =>
        index.TryGetValue(category, out var i)
            ? i
            : throw new ArgumentException($"Rating '{category}' is not one of the given categories.", "orderedCategories");

    /// <summary>Counts each item's non-null ratings by category; items with fewer than two are skipped and counted.</summary>
    private static List<ItemCounts> Tabulate(IReadOnlyList<IReadOnlyList<string?>> ratingsPerItem, out int skipped)
    {
        ArgumentNullException.ThrowIfNull(ratingsPerItem);
        var items = new List<ItemCounts>(ratingsPerItem.Count);
        skipped = 0;
        foreach (var ratings in ratingsPerItem)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var m = 0;
            foreach (var rating in ratings ?? [])
            {
                if (rating is null)
                {
                    continue;
                }

                counts[rating] = counts.GetValueOrDefault(rating) + 1;
                m++;
            }

            if (m < 2)
            {
                skipped++;
                continue;
            }

            items.Add(new ItemCounts(counts, m));
        }

        return items;
    }

    private sealed record ItemCounts(Dictionary<string, int> Counts, int Ratings);
}
