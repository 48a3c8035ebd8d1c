using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Comparison;

/// <summary>
/// One group's bootstrap replicates, shared by every interval of the group (and by the pairs it is in): the column sums
/// of each replicate's resample of articles (<see cref="ClusterBootstrap.ReplicateSums"/>) over a row per article that
/// holds every quantity an interval is a ratio or a divergence of.
/// </summary>
/// <remarks>
/// Row layout, with each block starting on a multiple of eight columns so that blocks an article leaves empty cost nothing:
/// outlet frame vector (framed articles only) and a 1 for a framed article; stance (sum, count) per target × voice;
/// sentiment (sum, count) per voice; for articles with both framed outlet text and framed comments, the outlet and the
/// audience frame vectors; then (compound, 1) for each outlet paragraph position the article has. A statistic over a subset
/// of articles (those with a unit that mentions a target, those with a k-th paragraph) is a ratio whose denominator is 0 off
/// the subset. After the group's own intervals are read, <see cref="FramesOnly"/> keeps just the frame sums the pairs need.
/// </remarks>
internal sealed class GroupReplicates
{
    private double[] _sums = [];

    private GroupReplicates()
    {
    }

    public int Resamples { get; private init; }

    /// <summary>Columns per replicate in <see cref="Replicate"/> (the full row, or the frames after <see cref="FramesOnly"/>).</summary>
    public int Width { get; private init; }

    public int FrameCount { get; private init; }

    /// <summary>The column sums over the observed articles (every article once), in article order.</summary>
    public double[] Estimate { get; private init; } = [];

    public int FramedColumn => FrameCount;

    public int StanceColumn { get; private init; }

    public int SentimentColumn { get; private init; }

    public int BothColumn { get; private init; }

    public int TrajectoryColumn { get; private init; }

    public int TrajectoryLength { get; private init; }

    /// <summary>Articles with at least one framed outlet unit.</summary>
    public int Framed { get; private init; }

    /// <summary>Articles with framed outlet text and framed comments.</summary>
    public int Both { get; private init; }

    /// <summary>Articles with a unit that mentions the target, per target × voice.</summary>
    public int[] WithStance { get; private init; } = [];

    /// <summary>Articles with a sentiment unit, per voice.</summary>
    public int[] WithSentiment { get; private init; } = [];

    /// <summary>Articles with a k-th outlet paragraph, per k.</summary>
    public int[] WithParagraph { get; private init; } = [];

    public ReadOnlySpan<double> EstimateFrames => Estimate.AsSpan(0, FrameCount);

    public ReadOnlySpan<double> Replicate(int r) => _sums.AsSpan(r * Width, Width);

    public ReadOnlySpan<double> Frames(int r) => _sums.AsSpan(r * Width, FrameCount);

    public static GroupReplicates Compute(ComparisonLayout layout, ArticleStore articles, ulong seed)
    {
        var frames = layout.FrameCount;
        var voices = ComparisonLayout.VoiceCount;
        var stanceColumn = Align(frames + 1);
        var sentimentColumn = stanceColumn + (layout.TargetCount * voices * 2);
        var bothColumn = Align(sentimentColumn + (voices * 2));
        var trajectoryColumn = Align(bothColumn + (2 * frames));
        var framed = 0;
        var both = 0;
        var withStance = new int[layout.TargetCount * voices];
        var withSentiment = new int[voices];
        var length = 0;
        var d = new double[layout.DataLength];
        for (var i = 0; i < articles.Count; i++)
        {
            articles.Read(i, d);
            if (d[layout.OutletWeightIndex] > 0)
            {
                framed++;
                if (d[layout.AudienceCountIndex] > 0)
                {
                    both++;
                }
            }

            for (var s = 0; s < withStance.Length; s++)
            {
                if (d[layout.StanceOffset + (2 * s) + 1] > 0)
                {
                    withStance[s]++;
                }
            }

            for (var v = 0; v < voices; v++)
            {
                if (d[layout.SentimentIndex(v) + 1] > 0)
                {
                    withSentiment[v]++;
                }
            }

            length = Math.Max(length, articles.TrajectoryLength(i));
        }

        var withParagraph = new int[length];
        for (var i = 0; i < articles.Count; i++)
        {
            for (var k = 0; k < articles.TrajectoryLength(i); k++)
            {
                withParagraph[k]++;
            }
        }

        var width = Math.Max(1, trajectoryColumn + (2 * length));
        var dataLength = layout.DataLength;
        void Write(int i, Span<double> row)
        {
            Span<double> d = dataLength <= 256 ? stackalloc double[dataLength] : new double[dataLength];
            articles.Read(i, d);
            var isFramed = d[layout.OutletWeightIndex] > 0;
            if (isFramed)
            {
                d.Slice(0, frames).CopyTo(row);
                row[frames] = 1;
                if (d[layout.AudienceCountIndex] > 0)
                {
                    d.Slice(0, frames).CopyTo(row[bothColumn..]);
                    d.Slice(layout.AudienceFramesOffset, frames).CopyTo(row[(bothColumn + frames)..]);
                }
            }

            d.Slice(layout.StanceOffset, layout.TargetCount * voices * 2).CopyTo(row[stanceColumn..]);
            d.Slice(layout.SentimentOffset, voices * 2).CopyTo(row[sentimentColumn..]);
            var trajectory = articles.Trajectory(i);
            for (var k = 0; k < trajectory.Length; k++)
            {
                row[trajectoryColumn + (2 * k)] = trajectory[k];
                row[trajectoryColumn + (2 * k) + 1] = 1;
            }
        }

        var resamples = layout.Options.Resamples;
        return new GroupReplicates
        {
            Resamples = resamples,
            Width = width,
            FrameCount = frames,
            StanceColumn = stanceColumn,
            SentimentColumn = sentimentColumn,
            BothColumn = bothColumn,
            TrajectoryColumn = trajectoryColumn,
            TrajectoryLength = length,
            Framed = framed,
            Both = both,
            WithStance = withStance,
            WithSentiment = withSentiment,
            WithParagraph = withParagraph,
            Estimate = ClusterBootstrap.Sums(articles.Count, width, Write),
            _sums = ClusterBootstrap.ReplicateSums(articles.Count, width, Write, resamples, seed),
        };
    }

    /// <summary>The interval of Σ numerator / Σ denominator over the articles of the subset (clusters = its size).</summary>
    public ConfidenceInterval RatioCI(int numerator, int denominator, int clusters, double level)
    {
        var values = new double[Resamples];
        for (var r = 0; r < values.Length; r++)
        {
            var row = Replicate(r);
            values[r] = Ratio(row[numerator], row[denominator]);
        }

        return Bootstrap.FromReplicates(Ratio(Estimate[numerator], Estimate[denominator]), values, clusters, level);
    }

    /// <summary>A copy that keeps only the frame sums of each replicate (what pair divergences need).</summary>
    public GroupReplicates FramesOnly()
    {
        var sums = new double[Resamples * FrameCount];
        for (var r = 0; r < Resamples; r++)
        {
            Frames(r).CopyTo(sums.AsSpan(r * FrameCount));
        }

        return new GroupReplicates
        {
            Resamples = Resamples,
            Width = FrameCount,
            FrameCount = FrameCount,
            Estimate = Estimate[..FrameCount],
            Framed = Framed,
            _sums = sums,
        };
    }

    private static double Ratio(double numerator, double denominator) => denominator == 0 ? double.NaN : numerator / denominator;

    private static int Align(int column) => (column + 7) / 8 * 8;
}
