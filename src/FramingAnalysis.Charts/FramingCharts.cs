using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Comparison.Statistics;
using ScottPlot;
using ScottPlot.Plottables;

namespace FramingAnalysis.Charts;

/// <summary>
/// The standard charts of a framing study, one call each, drawn with ScottPlot 5 and saved as PNG or SVG through
/// <see cref="FramingChart"/>: frame salience per source with confidence intervals, stance by voice, the sentiment
/// trajectory of one article, and distinctive terms. Intervals are the comparison's bootstrap intervals; an undefined
/// interval (fewer than two articles) is drawn as a bar without an error bar.
/// </summary>
/// <remarks>Thread-safe: each call builds a new plot.</remarks>
public static class FramingCharts
{
    private static readonly string[] VoiceOrder = ["outlet", "quoted", "embedded", "audience"];

    /// <summary>Frame salience per group (source by default) with 95% bootstrap intervals as error bars, frames down
    /// the side, one colour per group.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="frames">Frames to show, in order; null for every frame of the comparison.</param>
    /// <returns>The chart (default 900 × 120 + 40 per frame pixels).</returns>
    public static FramingChart FrameDistribution(ComparisonResult result, IReadOnlyList<string>? frames = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        frames ??= result.Frames;
        var groups = result.Groups;
        var plot = new Plot();
        var slot = 0.8 / Math.Max(1, groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var color = Color(g);
            var bars = new List<Bar>();
            var (positions, values, lo, hi) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            for (var f = 0; f < frames.Count; f++)
            {
                var salience = groups[g].Frames.FirstOrDefault(s => s.Frame == frames[f])?.Salience ?? new ConfidenceInterval(0, double.NaN, double.NaN, 0.95);
                var position = (frames.Count - 1 - f) - 0.4 + (slot * (g + 0.5));
                bars.Add(new Bar { Position = position, Value = Finite(salience.Estimate), Size = slot * 0.9, FillColor = color, LineWidth = 0, Orientation = Orientation.Horizontal });
                AddInterval(salience, position, positions, values, lo, hi);
            }

            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
            barPlot.LegendText = groups[g].Key;
            AddErrorBars(plot, positions, values, lo, hi, horizontal: true);
        }

        plot.Axes.Left.SetTicks(Enumerable.Range(0, frames.Count).Select(f => (double)(frames.Count - 1 - f)).ToArray(), frames.ToArray());
        plot.XLabel("mean frame salience (95% bootstrap CI over articles)");
        var title = $"Frame salience by {GroupNoun(result)}";
        plot.Title(title);
        plot.ShowLegend(Alignment.LowerRight);
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        return new FramingChart(plot, title, 900, 120 + (40 * frames.Count));
    }

    /// <summary>Mean stance toward one target in each voice (outlet, quoted, embedded, audience), one bar per group,
    /// with 95% bootstrap intervals; scores run from −1 (against) to +1 (favor). The means are over the units that mention
    /// the target; a voice in which no unit of a group mentions it has no bar for that group.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="target">The target; null for the comparison's first target.</param>
    /// <returns>The chart (default 900 × 500 pixels).</returns>
    /// <exception cref="ArgumentException">The comparison has no stance targets, or not this one.</exception>
    public static FramingChart StanceByVoice(ComparisonResult result, string? target = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        target ??= result.Targets.Count > 0 ? result.Targets[0] : throw new ArgumentException("The comparison has no stance targets (run it with targets).", nameof(result));
        if (!result.Targets.Contains(target))
        {
            throw new ArgumentException($"'{target}' is not a target of this comparison ({string.Join(", ", result.Targets)}).", nameof(target));
        }

        var plot = new Plot();
        var groups = result.Groups;
        var slot = 0.8 / Math.Max(1, groups.Count);
        for (var g = 0; g < groups.Count; g++)
        {
            var color = Color(g);
            var bars = new List<Bar>();
            var (positions, values, lo, hi) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            for (var v = 0; v < VoiceOrder.Length; v++)
            {
                var summary = groups[g].Stance.FirstOrDefault(s => s.Target == target && s.Voice.ToString().ToLowerInvariant() == VoiceOrder[v]);
                if (summary is null || summary.Units == 0)
                {
                    // No unit of the group mentions the target in this voice: no stance, so no bar (a bar at 0 would read as neutral).
                    continue;
                }

                var position = v - 0.4 + (slot * (g + 0.5));
                bars.Add(new Bar { Position = position, Value = Finite(summary.Mean.Estimate), Size = slot * 0.9, FillColor = color, LineWidth = 0 });
                AddInterval(summary.Mean, position, positions, values, lo, hi);
            }

            var barPlot = plot.Add.Bars(bars);
            barPlot.LegendText = groups[g].Key;
            AddErrorBars(plot, positions, values, lo, hi, horizontal: false);
        }

        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        plot.Axes.Bottom.SetTicks([0, 1, 2, 3], VoiceOrder);
        plot.Axes.SetLimitsY(-1.05, 1.05);
        plot.YLabel("mean stance (−1 against … +1 favor), 95% CI");
        var title = $"Stance toward {target} by voice";
        plot.Title(title);
        plot.ShowLegend(Alignment.UpperRight);
        return new FramingChart(plot, title, 900, 500);
    }

    /// <summary>The sentiment (compound, −1 … +1) of an article's title and paragraphs in reading order, with embedded
    /// posts marked; boilerplate and comments are left out.</summary>
    /// <param name="article">The analyzed article.</param>
    /// <returns>The chart (default 900 × 400 pixels).</returns>
    public static FramingChart SentimentTrajectory(ArticleAnalysis article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var units = article.Units.Where(u => u.Sentiment is not null && u.Unit.Kind is UnitKind.Title or UnitKind.Paragraph or UnitKind.EmbeddedPost).ToList();
        var xs = units.Select(u => (double)u.Unit.Index).ToArray();
        var ys = units.Select(u => u.Sentiment!.Compound).ToArray();
        var plot = new Plot();
        plot.Add.HorizontalLine(0, 1, Colors.Gray);
        if (xs.Length > 0)
        {
            var line = plot.Add.ScatterLine(xs, ys, Color(0));
            line.LegendText = "outlet";
            line.MarkerSize = 7;
            var embedded = units.Where(u => u.Unit.Kind == UnitKind.EmbeddedPost).ToList();
            if (embedded.Count > 0)
            {
                var marks = plot.Add.Scatter(embedded.Select(u => (double)u.Unit.Index).ToArray(), embedded.Select(u => u.Sentiment!.Compound).ToArray(), Color(3));
                marks.LineWidth = 0;
                marks.MarkerSize = 11;
                marks.LegendText = "embedded post";
                plot.ShowLegend(Alignment.UpperRight);
            }
        }

        plot.Axes.SetLimitsY(-1.05, 1.05);
        plot.XLabel("paragraph (0 = title)");
        plot.YLabel("sentiment compound");
        var headline = article.Article.Title ?? article.Article.Id;
        if (headline.Length > 70)
        {
            headline = headline[..69] + "…";
        }

        var title = $"Sentiment trajectory: {headline}";
        plot.Title(title);
        return new FramingChart(plot, title, 900, 400);
    }

    /// <summary>The most distinctive terms of one group against the rest of the corpus, as weighted log-odds z-scores
    /// (Monroe, Colaresi &amp; Quinn 2008); |z| &gt; 1.96 is marked with a dashed line.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="group">The group; null for the group and language with most tokens.</param>
    /// <param name="language">The language; null for the group's language with most tokens.</param>
    /// <param name="top">How many terms to show (at least 1).</param>
    /// <returns>The chart (default 800 × 120 + 28 per term pixels).</returns>
    /// <exception cref="ArgumentException">No distinctive terms for that group and language.</exception>
    public static FramingChart DistinctiveTerms(ComparisonResult result, string? group = null, string? language = null, int top = 15)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var entry = result.Distinctive
            .Where(d => (group is null || d.Group == group) && (language is null || d.Language == language) && d.Terms.Count > 0)
            .OrderByDescending(d => d.Tokens)
            .FirstOrDefault() ?? throw new ArgumentException($"No distinctive terms for group '{group ?? "(any)"}' and language '{language ?? "(any)"}'.", nameof(group));
        var terms = entry.Terms.Take(top).ToList();
        var plot = new Plot();
        var bars = terms.Select((t, i) => new Bar { Position = terms.Count - 1 - i, Value = t.Z, FillColor = Color(0), LineWidth = 0, Size = 0.8, Orientation = Orientation.Horizontal }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.SetTicks(terms.Select((_, i) => (double)(terms.Count - 1 - i)).ToArray(), terms.Select((_, i) => entry.Form(i)).ToArray());
        plot.Add.VerticalLine(1.96, 1, Colors.Gray, LinePattern.Dashed);
        plot.XLabel("weighted log-odds z (group vs rest of corpus)");
        var title = $"Distinctive terms: {entry.Group} ({entry.Language})";
        plot.Title(title);
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        return new FramingChart(plot, title, 800, 120 + (28 * terms.Count));
    }

    private static void AddInterval(ConfidenceInterval ci, double position, List<double> positions, List<double> values, List<double> lower, List<double> upper)
    {
        if (!ci.IsDefined || !double.IsFinite(ci.Estimate))
        {
            return;
        }

        positions.Add(position);
        values.Add(ci.Estimate);
        lower.Add(Math.Max(0, ci.Estimate - ci.Lower));
        upper.Add(Math.Max(0, ci.Upper - ci.Estimate));
    }

    private static void AddErrorBars(Plot plot, List<double> positions, List<double> values, List<double> lower, List<double> upper, bool horizontal)
    {
        if (positions.Count == 0)
        {
            return;
        }

        var zeros = new double[positions.Count];
        var bars = horizontal
            ? new ErrorBar(values, positions, upper, lower, zeros, zeros)
            : new ErrorBar(positions, values, zeros, zeros, upper, lower);
        bars.Color = Colors.Black;
        bars.LineWidth = 1.2f;
        plot.Add.Plottable(bars);
    }

    private static double Finite(double v) => double.IsFinite(v) ? v : 0;

    private static ScottPlot.Color Color(int i) => new ScottPlot.Palettes.Category10().GetColor(i);

    private static string GroupNoun(ComparisonResult result) => result.Manifest.Options.GroupBy.MetadataKey ?? result.Manifest.Options.GroupBy.Name;
}
