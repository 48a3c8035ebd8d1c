using System.Collections.Concurrent;
using System.Globalization;
using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Comparison;

/// <summary>
/// The front door of the comparison stage: routes analyzed articles to one <see cref="GroupAccumulator"/> per group,
/// merges with other builders (shards, threads), and builds the <see cref="ComparisonResult"/>.
/// </summary>
/// <remarks>
/// Determinism: groups are ordered by key (ordinal) and each article list by article id before anything is computed.
/// Group g's seed is <c>SeededRandom.ForStream(Seed, g)</c>; pair p's is stream 2^32 + p; article-versus-audience for
/// group g uses stream 2^33 + g. Within them, each statistic k (frame, target × voice, …) uses a further stream k. So the
/// result depends only on the set of articles and the options, not on input order, sharding or threads.
/// </remarks>
public sealed class ComparisonBuilder
{
    private readonly Dictionary<string, GroupAccumulator> _groups = new(StringComparer.Ordinal);
    private int _articlesRejected;
    private int _commentsRejected;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="layout">The layout shared by every group.</param>
    public ComparisonBuilder(ComparisonLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Layout = layout;
    }

    /// <summary>The layout.</summary>
    public ComparisonLayout Layout { get; }

    /// <summary>The options.</summary>
    public ComparisonOptions Options => Layout.Options;

    /// <summary>Creates a builder whose frames and targets are the analyzer's.</summary>
    /// <param name="analyzer">The analyzer that produces the analyses.</param>
    /// <param name="options">The options; null for defaults.</param>
    /// <returns>An empty builder.</returns>
    public static ComparisonBuilder For(FramingAnalyzer analyzer, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var set = analyzer.Frames.FrameSet;
        var frames = set.Frames.Select(f => f.Id).ToList();
        var targets = analyzer.Options.Targets?.Select(t => t.Name).ToList() ?? [];
        return new ComparisonBuilder(new ComparisonLayout(frames, targets, options, analyzer.Text, set.Frames));
    }

    /// <summary>The group key of an article under the options.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The key.</returns>
    public string GroupOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var by = Options.GroupBy;
        var key = by switch
        {
            "source" => article.Source,
            "language" => article.Language ?? "und",
            _ => article.Metadata.TryGetValue(by["metadata.".Length..], out var value) && !string.IsNullOrWhiteSpace(value) ? value : "(none)",
        };
        if (Options.TimeWindow is null)
        {
            return key;
        }

        if (article.Published is not { } published)
        {
            return key + " | undated";
        }

        var utc = published.UtcDateTime;
        var window = Options.TimeWindow switch
        {
            "day" => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "week" => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(utc)}-W{ISOWeek.GetWeekOfYear(utc):00}"),
            "month" => utc.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => utc.ToString("yyyy", CultureInfo.InvariantCulture),
        };
        return key + " | " + window;
    }

    /// <summary>Adds one analyzed article to its group.</summary>
    /// <param name="analysis">The analysis.</param>
    public void Add(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var key = GroupOf(analysis.Article);
        if (!_groups.TryGetValue(key, out var group))
        {
            _groups[key] = group = new GroupAccumulator(key, Layout);
        }

        group.Add(analysis);
    }

    /// <summary>Records the reader's rejected article and comment records (reported at corpus level).</summary>
    /// <param name="problems">The reader's problem list after reading.</param>
    public void AddProblems(CorpusProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        _articlesRejected += problems.ArticlesRejected;
        _commentsRejected += problems.CommentsRejected;
    }

    /// <summary>Merges another builder with the same layout into this one.</summary>
    /// <param name="other">The other builder; it is not changed.</param>
    public void Merge(ComparisonBuilder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Layout.SameAs(other.Layout))
        {
            throw new ArgumentException("Only builders with the same layout can be merged.", nameof(other));
        }

        foreach (var (key, acc) in other._groups)
        {
            if (!_groups.TryGetValue(key, out var group))
            {
                _groups[key] = group = new GroupAccumulator(key, Layout);
            }

            group.Merge(acc);
        }

        _articlesRejected += other._articlesRejected;
        _commentsRejected += other._commentsRejected;
    }

    /// <summary>Computes every statistic.</summary>
    /// <param name="manifest">The run manifest to carry into the result.</param>
    /// <returns>The result.</returns>
    public ComparisonResult Build(RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var groups = _groups.Values.OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var sorted = groups.Select(g =>
        {
            var list = g.Articles.ToArray();
            Array.Sort(list);
            return list;
        }).ToList();
        // Every group summary, pair comparison and audience comparison has its own seed stream and only reads the
        // accumulators, so they run in parallel (largest first: pairs run permutation tests) and the result is the same
        // as sequentially. At tens of thousands of articles they are a quarter to a half of a `framing compare` run.
        var pairKeys = new List<(int A, int B)>();
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                pairKeys.Add((i, j));
            }
        }

        var summaries = new GroupSummary[groups.Count];
        var pairs = new PairComparison[pairKeys.Count];
        var audienceSlots = new AudienceComparison?[groups.Count];
        var jobs = pairKeys.Count + (2 * groups.Count);
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, jobs), EnumerablePartitionerOptions.NoBuffering), job =>
        {
            if (job < pairKeys.Count)
            {
                var (i, j) = pairKeys[job];
                pairs[job] = ComparePair(groups[i].Key, sorted[i], groups[j].Key, sorted[j], SeedFor((1UL << 32) + (ulong)job));
            }
            else if (job < pairKeys.Count + groups.Count)
            {
                var g = job - pairKeys.Count;
                summaries[g] = Summarize(groups[g], sorted[g], SeedFor((ulong)g));
            }
            else
            {
                var g = job - pairKeys.Count - groups.Count;
                audienceSlots[g] = AudienceOf(groups[g], sorted[g], SeedFor((1UL << 33) + (ulong)g));
            }
        });

        var audience = new List<AudienceComparison>();
        foreach (var a in audienceSlots)
        {
            if (a is not null)
            {
                audience.Add(a);
            }
        }

        var totals = new CorpusTotals(groups.Sum(g => g.ArticleCount), _articlesRejected, _commentsRejected);
        return new ComparisonResult(manifest, Layout.Frames, Layout.Targets, totals, summaries, pairs, Distinctive(groups), audience)
        {
            FrameDefinitions = Layout.FrameDefinitions,
        };
    }

    private ulong SeedFor(ulong stream) => SeededRandom.ForStream(Options.Seed, stream).NextUInt64();

    private static ulong Sub(ulong seed, int stream) => SeededRandom.ForStream(seed, (ulong)stream).NextUInt64();

    private GroupSummary Summarize(GroupAccumulator group, ArticleSummary[] articles, ulong seed)
    {
        var layout = Layout;
        var o = Options;
        var framed = articles.Where(a => a.Data[layout.OutletWeightIndex] > 0).ToArray();
        var ones = Enumerable.Repeat(1.0, framed.Length).ToArray();
        var frames = new List<FrameSalience>();
        var cis = new ConfidenceInterval[layout.FrameCount];
        for (var f = 0; f < layout.FrameCount; f++)
        {
            var values = framed.Select(a => a.Data[f]).ToArray();
            cis[f] = Bootstrap.RatioCI(values, ones, o.Resamples, o.ConfidenceLevel, Sub(seed, f));
        }

        var shares = Shares(cis.Select(c => c.Estimate).ToArray());
        for (var f = 0; f < layout.FrameCount; f++)
        {
            frames.Add(new FrameSalience(layout.Frames[f], cis[f], shares[f]));
        }

        var stance = new List<StanceSummary>();
        var stanceExamples = new List<StanceExample>();
        var stream = layout.FrameCount;
        for (var t = 0; t < layout.TargetCount; t++)
        {
            for (var v = 0; v < ComparisonLayout.VoiceCount; v++)
            {
                stream++;
                var idx = layout.StanceIndex(t, v);
                var with = articles.Where(a => a.Data[idx + 1] > 0).ToArray();
                if (with.Length == 0)
                {
                    continue;
                }

                var ci = Bootstrap.RatioCI(with.Select(a => a.Data[idx]).ToArray(), with.Select(a => a.Data[idx + 1]).ToArray(), o.Resamples, o.ConfidenceLevel, Sub(seed, stream));
                var l = ((t * ComparisonLayout.VoiceCount) + v) * 3;
                var labels = group.StanceLabels;
                stance.Add(new StanceSummary(layout.Targets[t], (Voice)v, labels[l] + labels[l + 1] + labels[l + 2], with.Length, ci, labels[l], labels[l + 1], labels[l + 2]));
                if (StanceExampleFor(group.StanceExamples, l, ci.Estimate) is { } example)
                {
                    stanceExamples.Add(new StanceExample(layout.Targets[t], (Voice)v, example.Label, example.Score, example.Cue, example.Weight, example.Snippet));
                }
            }
        }

        var sentiment = new List<SentimentSummary>();
        for (var v = 0; v < ComparisonLayout.VoiceCount; v++)
        {
            stream++;
            var idx = layout.SentimentIndex(v);
            var with = articles.Where(a => a.Data[idx + 1] > 0).ToArray();
            if (with.Length == 0)
            {
                continue;
            }

            var ci = Bootstrap.RatioCI(with.Select(a => a.Data[idx]).ToArray(), with.Select(a => a.Data[idx + 1]).ToArray(), o.Resamples, o.ConfidenceLevel, Sub(seed, stream));
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
        var length = articles.Select(a => a.Trajectory.Length).DefaultIfEmpty(0).Max();
        for (var k = 0; k < length; k++)
        {
            var values = articles.Where(a => a.Trajectory.Length > k).Select(a => a.Trajectory[k]).ToArray();
            var ci = Bootstrap.RatioCI(values, Enumerable.Repeat(1.0, values.Length).ToArray(), o.Resamples, o.ConfidenceLevel, Sub(seed, TrajectoryStream + k));
            trajectory.Add(new TrajectoryPoint(k + 1, values.Length, ci));
        }

        var languages = group.UnitLanguages.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var units = group.UnitsByKind.Sum();
        return new GroupSummary(group.Key, articles.Length, units, group.UnitsByKind[(int)UnitKind.Comment], languages, frames, stance, sentiment, cues, trajectory, cueExamples, stanceExamples);
    }

    /// <summary>Trajectory point k of a group uses stream 2^24 + k, clear of the frame, stance and sentiment streams.</summary>
    private const int TrajectoryStream = 1 << 24;

    /// <summary>The example of a stance row: the label that matches the sign of the row's mean (favor above +0.05, against
    /// below −0.05, else neutral), or when that label has no example, the strongest example of any label.</summary>
    private static ExampleCandidate? StanceExampleFor(ExampleCandidate?[] examples, int row, double mean)
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

    private PairComparison ComparePair(string keyA, ArticleSummary[] a, string keyB, ArticleSummary[] b, ulong seed)
    {
        var layout = Layout;
        var o = Options;
        var fa = a.Where(x => x.Data[layout.OutletWeightIndex] > 0).Select(x => x.Data).ToArray();
        var fb = b.Where(x => x.Data[layout.OutletWeightIndex] > 0).Select(x => x.Data).ToArray();
        var jsd = Bootstrap.PercentileCI<double[]>(fa, fb, (x, y) => Jsd(x, 0, y, 0, layout.FrameCount), o.Resamples, o.ConfidenceLevel, Sub(seed, 0));
        var diffs = new List<FrameDifference>();
        var pValues = new double[layout.FrameCount];
        var means = new (double A, double B, double P)[layout.FrameCount];
        for (var f = 0; f < layout.FrameCount; f++)
        {
            var va = fa.Select(x => x[f]).ToArray();
            var vb = fb.Select(x => x[f]).ToArray();
            var p = va.Length > 0 && vb.Length > 0
                ? PermutationTest.DifferenceInMeans(va, vb, o.Permutations, Sub(seed, 1 + f)).PValue
                : double.NaN;
            means[f] = (va.Length > 0 ? va.Average() : double.NaN, vb.Length > 0 ? vb.Average() : double.NaN, p);
            pValues[f] = double.IsNaN(p) ? 1.0 : p;
        }

        var q = MultipleTesting.BenjaminiHochberg(pValues);
        for (var f = 0; f < layout.FrameCount; f++)
        {
            var (ma, mb, p) = means[f];
            diffs.Add(new FrameDifference(layout.Frames[f], ma, mb, ma - mb, p, double.IsNaN(p) ? double.NaN : q[f]));
        }

        var effects = new List<EffectComparison>();
        foreach (var (measure, index, voice) in EffectMeasures())
        {
            if (Effect(measure, voice, PerArticleMeans(a, index), PerArticleMeans(b, index), o.ConfidenceLevel) is { } e)
            {
                effects.Add(e);
            }
        }

        return new PairComparison(keyA, keyB, jsd, diffs, effects);
    }

    private AudienceComparison? AudienceOf(GroupAccumulator group, ArticleSummary[] articles, ulong seed)
    {
        var layout = Layout;
        var o = Options;
        var commented = articles.Count(a => a.Data[layout.SentimentIndex((int)Voice.Audience) + 1] > 0 || a.Data[layout.AudienceCountIndex] > 0);
        if (commented == 0 || group.UnitsByKind[(int)UnitKind.Comment] == 0)
        {
            return null;
        }

        var both = articles.Where(a => a.Data[layout.OutletWeightIndex] > 0 && a.Data[layout.AudienceCountIndex] > 0).Select(a => a.Data).ToArray();
        var jsd = Bootstrap.PercentileCI<double[]>(both, x => Jsd(x, 0, x, layout.AudienceFramesOffset, layout.FrameCount), o.Resamples, o.ConfidenceLevel, Sub(seed, 0));
        var effects = new List<EffectComparison>();
        for (var t = 0; t < layout.TargetCount; t++)
        {
            var outlet = PerArticleMeans(articles, layout.StanceIndex(t, (int)Voice.Outlet));
            var audience = PerArticleMeans(articles, layout.StanceIndex(t, (int)Voice.Audience));
            if (Effect("stance:" + layout.Targets[t], Voice.Outlet, outlet, audience, o.ConfidenceLevel) is { } e)
            {
                effects.Add(e);
            }
        }

        var so = PerArticleMeans(articles, layout.SentimentIndex((int)Voice.Outlet));
        var sa = PerArticleMeans(articles, layout.SentimentIndex((int)Voice.Audience));
        if (Effect("sentiment", Voice.Outlet, so, sa, o.ConfidenceLevel) is { } s)
        {
            effects.Add(s);
        }

        return new AudienceComparison(group.Key, commented, jsd, effects);
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

    private static double[] PerArticleMeans(ArticleSummary[] articles, int index) =>
        articles.Where(a => a.Data[index + 1] > 0).Select(a => a.Data[index] / a.Data[index + 1]).ToArray();

    private static EffectComparison? Effect(string measure, Voice voice, double[] a, double[] b, double level)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return null;
        }

        return new EffectComparison(measure, voice, a.Length, b.Length, a.Average(), b.Average(), EffectSize.CohensD(a, b, level), EffectSize.CliffsDelta(a, b, level));
    }

    private List<DistinctiveTerms> Distinctive(List<GroupAccumulator> groups)
    {
        var o = Options;
        var result = new List<DistinctiveTerms>();
        var languages = groups.SelectMany(g => g.Terms.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var language in languages)
        {
            var members = groups.Where(g => g.Terms.TryGetValue(language, out var c) && c.Count > 0).ToList();
            if (members.Count < 2)
            {
                continue;
            }

            var corpus = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var g in members)
            {
                foreach (var (term, count) in g.Terms[language])
                {
                    corpus[term] = corpus.GetValueOrDefault(term) + count;
                }
            }

            var kept = corpus.Where(kv => kv.Value >= o.MinTermCount).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
            if (kept.Count == 0)
            {
                continue;
            }

            foreach (var g in members)
            {
                var own = g.Terms[language].Where(kv => kept.ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
                var terms = LogOddsRatio.CompareToRest(own, kept, o.PriorSize);
                var top = terms.Where(t => t.Z > 0 && t.CountI > 0).Take(o.TopTerms).ToList();
                result.Add(new DistinctiveTerms(g.Key, language, g.Terms[language].Values.Sum(x => (long)x), top));
            }
        }

        return result;
    }

    private static double Jsd(IReadOnlyList<double[]> a, int offsetA, IReadOnlyList<double[]> b, int offsetB, int frames)
    {
        var p = MeanVector(a, offsetA, frames);
        var q = MeanVector(b, offsetB, frames);
        return p.Sum() > 0 && q.Sum() > 0 ? Divergence.JensenShannon(p, q) : double.NaN;
    }

    private static double[] MeanVector(IReadOnlyList<double[]> rows, int offset, int frames)
    {
        var mean = new double[frames];
        foreach (var row in rows)
        {
            for (var f = 0; f < frames; f++)
            {
                mean[f] += row[offset + f];
            }
        }

        return Shares(mean);
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
