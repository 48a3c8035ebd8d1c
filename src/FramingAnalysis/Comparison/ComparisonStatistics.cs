using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Comparison;

/// <summary>
/// The statistics of a comparison as functions of its groups' snapshots (<see cref="GroupSnapshot"/>) and the layout
/// alone: frame salience, stance and sentiment by voice with bootstrap intervals, pairwise tests and divergences,
/// distinctive language, article versus audience, the naming table and key findings. Nothing here accumulates or
/// changes a snapshot; the same snapshots give the same result.
/// </summary>
/// <remarks>
/// <para>
/// Determinism: groups come ordered by key (ordinal) and each snapshot's articles by article id. Group g's seed is
/// <c>SeededRandom.ForStream(Seed, g)</c> and pair p's is stream 2^32 + p of <c>Seed</c>, so the result depends only on
/// the set of articles and the options, not on input order, sharding or threads.
/// </para>
/// <para>
/// Resampling: each group's articles are resampled once per bootstrap replicate (replicate r from stream r of the
/// group's seed; <see cref="ClusterBootstrap"/>) and every interval of the group (frame salience, stance and sentiment
/// per target and voice, trajectory points, the article-versus-audience divergence) is read from those shared
/// replicates; a pair's frame divergence pairs replicate r of one group with replicate r of the other. A pair's frame
/// tests share one set of random splits across frames (<see cref="PermutationTest.DifferencesInMeans"/>, split m from
/// stream m of the pair's seed). Cost: O(resamples × articles) for the bootstraps and O(permutations × articles × frames)
/// for a pair's tests, both spread over the thread pool.
/// </para>
/// </remarks>
/// <param name="layout">The layout every snapshot was made under.</param>
internal sealed class ComparisonStatistics(ComparisonLayout layout)
{
    private ComparisonLayout Layout { get; } = layout;

    private ComparisonOptions Options => Layout.Options;

    /// <summary>Computes every statistic of a comparison from its groups' snapshots.</summary>
    /// <param name="groups">One snapshot per group, ordered by key (ordinal).</param>
    /// <param name="articlesRejected">Article records the reader rejected.</param>
    /// <param name="commentsRejected">Comment records the reader rejected.</param>
    /// <param name="manifest">The run manifest to carry into the result.</param>
    /// <returns>The result.</returns>
    public ComparisonResult Compute(IReadOnlyList<GroupSnapshot> groups, int articlesRejected, int commentsRejected, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(manifest);

        // Distinctive language first: its working tables (the corpus counts, the terms kept) are garbage before the
        // resampling buffers below are allocated, so the two never add up to the run's memory peak.
        var distinctive = Distinctive(groups);
        var sorted = new ArticleStore[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            sorted[g] = groups[g].Articles;
        }

        // Groups one at a time, then pairs. Each group's replicates and each pair's splits come from their own seed streams
        // and are computed in blocks spread over the cores (so one group at a time keeps the buffers to one set per core),
        // and the result is the same whatever the number of threads.
        var summaries = new GroupSummary[groups.Count];
        var audienceSlots = new AudienceComparison?[groups.Count];
        var resampled = new GroupReplicates[groups.Count];
        var measures = new Dictionary<int, Samples>[groups.Count];

        // The per-article measures (each group's stance and sentiment values, sorted) are a serial pass over the group's
        // articles: all groups at once, on the cores, before the replicates (which use the cores by themselves).
        Parallel.For(0, groups.Count, g => measures[g] = PerArticleMeasures(sorted[g]));
        for (var g = 0; g < groups.Count; g++)
        {
            var replicates = GroupReplicates.Compute(Layout, sorted[g], SeedFor((ulong)g));
            summaries[g] = Summarize(groups[g], sorted[g], replicates);
            audienceSlots[g] = AudienceOf(groups[g], sorted[g], replicates, measures[g]);
            resampled[g] = replicates.FramesOnly();
        }

        var pairKeys = new List<(int A, int B)>();
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                pairKeys.Add((i, j));
            }
        }

        var framedRows = new double[groups.Count][];
        Parallel.For(0, groups.Count, g => framedRows[g] = FramedRows(sorted[g]));
        var pairs = new PairComparison[pairKeys.Count];
        Parallel.For(0, pairKeys.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, p =>
        {
            var (i, j) = pairKeys[p];
            pairs[p] = ComparePair(groups[i].Key, measures[i], resampled[i], framedRows[i], groups[j].Key, measures[j], resampled[j], framedRows[j], SeedFor((1UL << 32) + (ulong)p));
        });

        var audience = new List<AudienceComparison>();
        foreach (var a in audienceSlots)
        {
            if (a is not null)
            {
                audience.Add(a);
            }
        }

        var totals = new CorpusTotals(groups.Sum(g => g.ArticleCount), articlesRejected, commentsRejected);
        var naming = Naming.NamingTable.Build([.. groups.Select(g => (g.Key, g.Naming))], Layout.Targets, Options.TopTerms, Options.PriorSize);
        return new ComparisonResult(manifest, Layout.Frames, Layout.Targets, totals, summaries, pairs, distinctive, audience)
        {
            FrameDefinitions = Layout.FrameDefinitions,
            Naming = naming,
            KeyFindings = KeyFindings.From(pairs, summaries),
        };
    }

    private ulong SeedFor(ulong stream) => SeededRandom.ForStream(Options.Seed, stream).NextUInt64();

    /// <summary>
    /// The outlet frame vectors of the group's framed articles, row-major, each row padded with zeros to
    /// <see cref="FrameStride"/> columns so that a row is whole vectors (the pair tests' input; a zero column's test is
    /// trivial and ignored).
    /// </summary>
    private double[] FramedRows(ArticleStore articles)
    {
        var layout = Layout;
        var stride = FrameStride;
        var count = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles.Get(i, layout.OutletWeightIndex) > 0)
            {
                count++;
            }
        }

        var rows = new double[count * stride];
        var data = new double[layout.DataLength];
        var k = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles.Get(i, layout.OutletWeightIndex) > 0)
            {
                articles.Read(i, data);
                data.AsSpan(0, layout.FrameCount).CopyTo(rows.AsSpan(k));
                k += stride;
            }
        }

        return rows;
    }

    private int FrameStride => (Layout.FrameCount + 7) / 8 * 8;

    private GroupSummary Summarize(GroupSnapshot group, ArticleStore articles, GroupReplicates replicates)
    {
        var layout = Layout;
        var o = Options;
        var frames = new List<FrameSalience>();
        var cis = new ConfidenceInterval[layout.FrameCount];
        for (var f = 0; f < layout.FrameCount; f++)
        {
            cis[f] = replicates.RatioCI(f, replicates.FramedColumn, replicates.Framed, o.ConfidenceLevel);
        }

        var shares = Shares(cis.Select(c => c.Estimate).ToArray());
        for (var f = 0; f < layout.FrameCount; f++)
        {
            frames.Add(new FrameSalience(layout.Frames[f], cis[f], shares[f]));
        }

        var stance = new List<StanceSummary>();
        var stanceExamples = new List<StanceExample>();
        for (var t = 0; t < layout.TargetCount; t++)
        {
            for (var v = 0; v < ComparisonLayout.VoiceCount; v++)
            {
                // A row for every target and voice the scorer gave a result in, including one that no unit mentions
                // (its mean and interval are undefined, and reports say that no unit mentions the target).
                var row = (t * ComparisonLayout.VoiceCount) + v;
                var l = row * 3;
                var labels = group.StanceLabels;
                var mentioning = labels[l] + labels[l + 1] + labels[l + 2];
                var notMentioning = group.StanceNotMentioning[row];
                if (mentioning == 0 && notMentioning == 0)
                {
                    continue;
                }

                var with = replicates.WithStance[row];
                var column = replicates.StanceColumn + (2 * row);
                var ci = with == 0 ? Undefined(o.ConfidenceLevel) : replicates.RatioCI(column, column + 1, with, o.ConfidenceLevel);
                stance.Add(new StanceSummary(layout.Targets[t], (Voice)v, mentioning, notMentioning, with, ci, labels[l], labels[l + 1], labels[l + 2]));
                if (StanceExampleFor(group.StanceExamples, l, ci.Estimate) is { } example)
                {
                    stanceExamples.Add(new StanceExample(layout.Targets[t], (Voice)v, example.Label, example.Score, example.Cue, example.Weight, example.Snippet));
                }
            }
        }

        var sentiment = new List<SentimentSummary>();
        for (var v = 0; v < ComparisonLayout.VoiceCount; v++)
        {
            var with = replicates.WithSentiment[v];
            if (with == 0)
            {
                continue;
            }

            var column = replicates.SentimentColumn + (2 * v);
            var ci = replicates.RatioCI(column, column + 1, with, o.ConfidenceLevel);
            var labels = group.SentimentLabels;
            sentiment.Add(new SentimentSummary((Voice)v, labels[v * 3] + labels[(v * 3) + 1] + labels[(v * 3) + 2], ci, labels[v * 3], labels[(v * 3) + 1], labels[(v * 3) + 2]));
        }

        var cues = new List<FrameCues>();
        var cueExamples = new List<CueExample>();
        foreach (var frame in layout.Frames)
        {
            if (group.Cues.TryGetValue(frame, out var counts) && counts.Count > 0)
            {
                var top = Top(counts, o.TopCues);
                cues.Add(new FrameCues(frame, top));
                foreach (var (cue, count) in top)
                {
                    if (group.CueExamples.TryGetValue(frame, out var examples) && examples.TryGetValue(cue, out var example))
                    {
                        cueExamples.Add(new CueExample(frame, cue, count, example.Snippet));
                    }
                }
            }
        }

        var trajectory = new List<TrajectoryPoint>();
        for (var k = 0; k < replicates.TrajectoryLength; k++)
        {
            var column = replicates.TrajectoryColumn + (2 * k);
            var ci = replicates.RatioCI(column, column + 1, replicates.WithParagraph[k], o.ConfidenceLevel);
            trajectory.Add(new TrajectoryPoint(k + 1, replicates.WithParagraph[k], ci));
        }

        var languages = group.UnitLanguages.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var units = group.UnitsByKind.Sum();
        return new GroupSummary(group.Key, articles.Count, units, group.UnitsByKind[(int)UnitKind.Comment], languages, frames, stance, sentiment, cues, trajectory, cueExamples, stanceExamples);
    }

    private static ConfidenceInterval Undefined(double level) => new(double.NaN, double.NaN, double.NaN, level);

    /// <summary>The example of a stance row: the label that matches the sign of the row's mean (favor above +0.05, against
    /// below −0.05, else neutral), or when that label has no example, the strongest example of any label.</summary>
    private static ExampleCandidate? StanceExampleFor(IReadOnlyList<ExampleCandidate?> examples, int row, double mean)
    {
        var wanted = mean > 0.05 ? Stance.StanceLabel.Favor : mean < -0.05 ? Stance.StanceLabel.Against : Stance.StanceLabel.Neutral;
        if (examples[row + (int)wanted] is { } match)
        {
            return match;
        }

        ExampleCandidate? best = null;
        for (var i = 0; i < 3; i++)
        {
            if (examples[row + i] is { } c && c.IsBetterStanceThan(best))
            {
                best = c;
            }
        }

        return best;
    }

    private PairComparison ComparePair(string keyA, Dictionary<int, Samples> a, GroupReplicates ra, double[] rowsA, string keyB, Dictionary<int, Samples> b, GroupReplicates rb, double[] rowsB, ulong seed)
    {
        var layout = Layout;
        var o = Options;
        var frameCount = layout.FrameCount;
        var resamples = ra.Resamples;
        var values = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            values[r] = Jsd(ra.Frames(r), rb.Frames(r));
        }

        var jsd = Bootstrap.BiasCorrectedFromReplicates(Jsd(ra.EstimateFrames, rb.EstimateFrames), values, Math.Min(ra.Framed, rb.Framed), o.ConfidenceLevel);
        var diffs = new List<FrameDifference>();
        var pValues = new double[frameCount];
        var means = new (double A, double B, double P)[frameCount];
        var stride = FrameStride;
        var tests = rowsA.Length > 0 && rowsB.Length > 0 && frameCount > 0
            ? PermutationTest.DifferencesInMeans(rowsA, rowsB, stride, o.Permutations, seed)
            : null;
        for (var f = 0; f < frameCount; f++)
        {
            var p = tests is null ? double.NaN : tests[f].PValue;
            means[f] = (ColumnMean(rowsA, f, stride), ColumnMean(rowsB, f, stride), p);
            pValues[f] = double.IsNaN(p) ? 1.0 : p;
        }

        var q = MultipleTesting.BenjaminiHochberg(pValues);
        for (var f = 0; f < frameCount; f++)
        {
            var (ma, mb, p) = means[f];
            diffs.Add(new FrameDifference(layout.Frames[f], ma, mb, ma - mb, p, double.IsNaN(p) ? double.NaN : q[f])
            {
                CountA = rowsA.Length / stride,
                CountB = rowsB.Length / stride,
                CliffsDelta = FrameCliffsDelta(rowsA, rowsB, f, stride, o.ConfidenceLevel),
            });
        }

        var effects = new List<EffectComparison>();
        foreach (var (measure, index, voice) in EffectMeasures())
        {
            if (Effect(measure, voice, a[index], b[index], o.ConfidenceLevel) is { } e)
            {
                effects.Add(e);
            }
        }

        return new PairComparison(keyA, keyB, jsd, diffs, effects);
    }

    /// <summary>Cliff's delta of one frame's column of two groups' framed rows; all NaN when a group has no row.</summary>
    private static ConfidenceInterval FrameCliffsDelta(double[] rowsA, double[] rowsB, int frame, int stride, double level)
    {
        if (rowsA.Length == 0 || rowsB.Length == 0)
        {
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN, level);
        }

        return EffectSize.CliffsDeltaOfSorted(SortedColumn(rowsA, frame, stride), SortedColumn(rowsB, frame, stride), level);
    }

    private static double[] SortedColumn(double[] rows, int column, int columns)
    {
        var values = new double[rows.Length / columns];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = rows[(i * columns) + column];
        }

        Array.Sort(values);
        return values;
    }

    /// <summary>The mean of one column of row-major rows, summed in row order (as <c>Enumerable.Average</c> would); NaN with no rows.</summary>
    private static double ColumnMean(double[] rows, int column, int columns)
    {
        var n = rows.Length / columns;
        if (n == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (var i = column; i < rows.Length; i += columns)
        {
            sum += rows[i];
        }

        return sum / n;
    }

    private AudienceComparison? AudienceOf(GroupSnapshot group, ArticleStore articles, GroupReplicates replicates, Dictionary<int, Samples> measures)
    {
        var layout = Layout;
        var o = Options;
        var commented = 0;
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles.Get(i, layout.SentimentIndex((int)Voice.Audience) + 1) > 0 || articles.Get(i, layout.AudienceCountIndex) > 0)
            {
                commented++;
            }
        }

        if (commented == 0 || group.UnitsByKind[(int)UnitKind.Comment] == 0)
        {
            return null;
        }

        var frames = layout.FrameCount;
        var values = new double[replicates.Resamples];
        for (var r = 0; r < values.Length; r++)
        {
            var row = replicates.Replicate(r);
            values[r] = Jsd(row.Slice(replicates.BothColumn, frames), row.Slice(replicates.BothColumn + frames, frames));
        }

        var estimate = replicates.Estimate.AsSpan();
        var jsd = Bootstrap.BiasCorrectedFromReplicates(Jsd(estimate.Slice(replicates.BothColumn, frames), estimate.Slice(replicates.BothColumn + frames, frames)), values, replicates.Both, o.ConfidenceLevel);
        var effects = new List<EffectComparison>();
        for (var t = 0; t < layout.TargetCount; t++)
        {
            var outlet = measures[layout.StanceIndex(t, (int)Voice.Outlet)];
            var audience = measures[layout.StanceIndex(t, (int)Voice.Audience)];
            if (Effect("stance:" + layout.Targets[t], Voice.Outlet, outlet, audience, o.ConfidenceLevel) is { } e)
            {
                effects.Add(e);
            }
        }

        var so = measures[layout.SentimentIndex((int)Voice.Outlet)];
        var sa = measures[layout.SentimentIndex((int)Voice.Audience)];
        if (Effect("sentiment", Voice.Outlet, so, sa, o.ConfidenceLevel) is { } s)
        {
            effects.Add(s);
        }

        return new AudienceComparison(group.Key, commented, jsd, effects);
    }

    /// <summary>
    /// The Jensen–Shannon divergence of two frame distributions given as column sums over articles (each normalized to
    /// shares first, as the report's shares are); NaN when either has no mass.
    /// </summary>
    private static double Jsd(ReadOnlySpan<double> sumsA, ReadOnlySpan<double> sumsB)
    {
        Span<double> p = sumsA.Length <= 64 ? stackalloc double[sumsA.Length] : new double[sumsA.Length];
        Span<double> q = sumsB.Length <= 64 ? stackalloc double[sumsB.Length] : new double[sumsB.Length];
        var totalP = SharesInto(sumsA, p);
        var totalQ = SharesInto(sumsB, q);
        return totalP > 0 && totalQ > 0 ? Divergence.JensenShannon(p, q) : double.NaN;
    }

    /// <summary>Writes <see cref="Shares(double[])"/> of <paramref name="values"/> and returns the shares' sum.</summary>
    private static double SharesInto(ReadOnlySpan<double> values, Span<double> shares)
    {
        var total = 0.0;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                total += v;
            }
        }

        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            shares[i] = total > 0 && double.IsFinite(values[i]) ? values[i] / total : 0;
            sum += shares[i];
        }

        return sum;
    }

    private IEnumerable<(string Measure, int Index, Voice Voice)> EffectMeasures()
    {
        for (var t = 0; t < Layout.TargetCount; t++)
        {
            foreach (var v in Enum.GetValues<Voice>())
            {
                yield return ("stance:" + Layout.Targets[t], Layout.StanceIndex(t, (int)v), v);
            }
        }

        // Sentiment is scored per unit, and a unit's voice is never Quoted (quotes live inside outlet paragraphs).
        foreach (var v in new[] { Voice.Outlet, Voice.Embedded, Voice.Audience })
        {
            yield return ("sentiment", Layout.SentimentIndex((int)v), v);
        }
    }

    /// <summary>Per-article means of one measure (articles with at least one such unit, in article order) and a sorted
    /// copy, computed once per group and shared by every comparison the group is in.</summary>
    private sealed record Samples(double[] Values, double[] Sorted);

    /// <summary>The <see cref="Samples"/> of every stance (target × voice) and sentiment (voice) measure, by data index.</summary>
    private Dictionary<int, Samples> PerArticleMeasures(ArticleStore articles)
    {
        var layout = Layout;
        var indexes = new List<int>();
        for (var t = 0; t < layout.TargetCount; t++)
        {
            for (var v = 0; v < ComparisonLayout.VoiceCount; v++)
            {
                indexes.Add(layout.StanceIndex(t, v));
            }
        }

        for (var v = 0; v < ComparisonLayout.VoiceCount; v++)
        {
            indexes.Add(layout.SentimentIndex(v));
        }

        var result = new Dictionary<int, Samples>();
        foreach (var index in indexes)
        {
            var count = 0;
            for (var i = 0; i < articles.Count; i++)
            {
                if (articles.Get(i, index + 1) > 0)
                {
                    count++;
                }
            }

            var values = new double[count];
            var k = 0;
            for (var i = 0; i < articles.Count; i++)
            {
                var units = articles.Get(i, index + 1);
                if (units > 0)
                {
                    values[k++] = articles.Get(i, index) / units;
                }
            }

            var sorted = (double[])values.Clone();
            Array.Sort(sorted);
            result[index] = new Samples(values, sorted);
        }

        return result;
    }

    private static EffectComparison? Effect(string measure, Voice voice, Samples a, Samples b, double level)
    {
        if (a.Values.Length < 2 || b.Values.Length < 2)
        {
            return null;
        }

        return new EffectComparison(measure, voice, a.Values.Length, b.Values.Length, a.Values.Average(), b.Values.Average(),
            EffectSize.CohensD(a.Values, b.Values, level), EffectSize.CliffsDeltaOfSorted(a.Sorted, b.Sorted, level));
    }

    private List<DistinctiveTerms> Distinctive(IReadOnlyList<GroupSnapshot> groups)
    {
        var o = Options;
        var result = new List<DistinctiveTerms>();
        var languages = groups.SelectMany(g => g.Terms.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // Every group's name and every author's name are left out of every list (TermExclusions says why).
        var names = new HashSet<string>(StringComparer.Ordinal);
        var nameLookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var group in groups)
        {
            TermExclusions.AddNameWords(nameLookup, group.Key);
            names.UnionWith(group.AuthorWords);
        }

        foreach (var language in languages)
        {
            var members = groups.Where(g => g.Terms.TryGetValue(language, out var c) && c.Total > 0).ToList();
            if (members.Count < 2)
            {
                continue;
            }

            // The corpus counts by word ids, then written out as terms only for the terms kept (most pairs are rare), and
            // each member's counts only for those terms.
            var corpus = new TermCounter();
            var maps = new int[members.Count][];
            for (var m = 0; m < members.Count; m++)
            {
                maps[m] = corpus.Merge(members[m].Terms[language]);
            }

            var words = new HashSet<string>(names, StringComparer.Ordinal);
            words.UnionWith(TermExclusions.BuiltIn.Words(language));
            var phrases = new HashSet<string>(TermExclusions.BuiltIn.Phrases(language), StringComparer.Ordinal);
            var kept = corpus.ToDictionary(o.MinTermCount);
            Exclude(kept, words, phrases);
            if (kept.Count == 0)
            {
                continue;
            }

            for (var m = 0; m < members.Count; m++)
            {
                var counter = members[m].Terms[language];
                var own = counter.ToDictionary(corpus, maps[m], o.MinTermCount);
                Exclude(own, words, phrases);
                var terms = LogOddsRatio.CompareToRest(own, kept, o.PriorSize);
                var top = terms.Where(t => t.Z > 0 && t.CountI > 0).Take(o.TopTerms).ToList();
                var forms = top.Select(t => counter.WrittenForm(t.Term)).ToList();
                result.Add(new DistinctiveTerms(members[m].Key, language, counter.Total, top, forms));
            }
        }

        return result;
    }

    private static void Exclude(Dictionary<string, int> counts, HashSet<string> words, HashSet<string> phrases)
    {
        foreach (var term in counts.Keys)
        {
            if (TermExclusions.IsExcluded(term, words, phrases))
            {
                counts.Remove(term);
            }
        }
    }

    private static double[] Shares(double[] values)
    {
        var total = 0.0;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                total += v;
            }
        }

        return values.Select(v => total > 0 && double.IsFinite(v) ? v / total : 0).ToArray();
    }

    private static List<KeyValuePair<string, int>> Top(Dictionary<string, int> counts, int n) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n).ToList();
}
