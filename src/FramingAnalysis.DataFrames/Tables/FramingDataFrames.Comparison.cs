using FramingAnalysis.Comparison;
using FramingAnalysis.Comparison.Statistics;
using Microsoft.Data.Analysis;

namespace FramingAnalysis.DataFrames;

public static partial class FramingDataFrames
{
    /// <summary>Every table of a comparison as DataFrames (see <see cref="ComparisonTables"/> for the columns).</summary>
    /// <param name="result">The comparison result.</param>
    /// <returns>The tables.</returns>
    public static ComparisonTables ToDataFrames(this ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ComparisonTables(
            GroupsTable(result), FramesTable(result), StanceTable(result), SentimentTable(result),
            PairsTable(result), EffectsTable(result), DistinctiveTable(result), AudienceTable(result), NamingTable(result));
    }

    private static DataFrame GroupsTable(ComparisonResult r)
    {
        var t = new TableBuilder();
        foreach (var g in r.Groups)
        {
            t.Row().Text("group", g.Key).Int("articles", g.Articles).Int("units", g.Units).Int("comments", g.Comments);
        }

        return t.Build(("group", typeof(string)), ("articles", typeof(int)), ("units", typeof(int)), ("comments", typeof(int)));
    }

    private static DataFrame FramesTable(ComparisonResult r)
    {
        var t = new TableBuilder();
        foreach (var g in r.Groups)
        {
            foreach (var f in g.Frames)
            {
                t.Row().Text("group", g.Key).Text("frame", f.Frame).Ci("salience", "lower", "upper", f.Salience).Num("level", f.Salience.Level).Num("share", f.Share);
            }
        }

        return t.Build(("group", typeof(string)), ("frame", typeof(string)), ("salience", typeof(double)), ("lower", typeof(double)), ("upper", typeof(double)), ("level", typeof(double)), ("share", typeof(double)));
    }

    private static DataFrame StanceTable(ComparisonResult r)
    {
        var t = new TableBuilder();
        foreach (var g in r.Groups)
        {
            foreach (var s in g.Stance)
            {
                t.Row().Text("group", g.Key).Text("target", s.Target).Text("voice", ColumnNames.Lower(s.Voice)).Int("units", s.Units).Int("not_mentioning", s.NotMentioning)
                    .Int("articles", s.Articles).Ci("mean", "lower", "upper", s.Mean).Int("against", s.Against).Int("neutral", s.Neutral).Int("favor", s.Favor);
            }
        }

        return t.Build(("group", typeof(string)), ("target", typeof(string)), ("voice", typeof(string)), ("units", typeof(int)), ("not_mentioning", typeof(int)),
            ("articles", typeof(int)), ("mean", typeof(double)), ("lower", typeof(double)), ("upper", typeof(double)), ("against", typeof(int)), ("neutral", typeof(int)), ("favor", typeof(int)));
    }

    private static DataFrame SentimentTable(ComparisonResult r)
    {
        var t = new TableBuilder();
        foreach (var g in r.Groups)
        {
            foreach (var s in g.Sentiment)
            {
                t.Row().Text("group", g.Key).Text("voice", ColumnNames.Lower(s.Voice)).Int("units", s.Units).Ci("mean", "lower", "upper", s.Mean)
                    .Int("negative", s.Negative).Int("neutral", s.Neutral).Int("positive", s.Positive);
            }
        }

        return t.Build(("group", typeof(string)), ("voice", typeof(string)), ("units", typeof(int)), ("mean", typeof(double)), ("lower", typeof(double)), ("upper", typeof(double)),
            ("negative", typeof(int)), ("neutral", typeof(int)), ("positive", typeof(int)));
    }

    private static DataFrame PairsTable(ComparisonResult r)
    {
        var t = new TableBuilder();
        foreach (var p in r.Pairs)
        {
            foreach (var d in p.Frames)
            {
                t.Row().Text("group_a", p.GroupA).Text("group_b", p.GroupB).Ci("jsd", "jsd_lower", "jsd_upper", p.FrameDivergence).Text("frame", d.Frame)
                    .Num("mean_a", d.MeanA).Num("mean_b", d.MeanB).Num("difference", d.Difference).Num("p", d.PValue).Num("q", d.QValue);
            }
        }

        return t.Build(("group_a", typeof(string)), ("group_b", typeof(string)), ("jsd", typeof(double)), ("jsd_lower", typeof(double)), ("jsd_upper", typeof(double)),
            ("frame", typeof(string)), ("mean_a", typeof(double)), ("mean_b", typeof(double)), ("difference", typeof(double)), ("p", typeof(double)), ("q", typeof(double)));
    }

    private static DataFrame EffectsTable(ComparisonResult r)
    {
        var t = new TableBuilder();
        foreach (var p in r.Pairs)
        {
            foreach (var e in p.Effects)
            {
                Effect(t, "pair", p.GroupA, p.GroupB, e);
            }
        }

        foreach (var a in r.ArticleVersusAudience)
        {
            foreach (var e in a.Effects)
            {
                Effect(t, "article_vs_audience", a.Group, a.Group + " (comments)", e);
            }
        }

        return t.Build(("comparison", typeof(string)), ("a", typeof(string)), ("b", typeof(string)), ("measure", typeof(string)), ("voice", typeof(string)),
            ("n_a", typeof(int)), ("n_b", typeof(int)), ("mean_a", typeof(double)), ("mean_b", typeof(double)),
            ("cohens_d", typeof(double)), ("d_lower", typeof(double)), ("d_upper", typeof(double)),
            ("cliffs_delta", typeof(double)), ("delta_lower", typeof(double)), ("delta_upper", typeof(double)));
    }

    private static void Effect(TableBuilder t, string kind, string a, string b, EffectComparison e) =>
        t.Row().Text("comparison", kind).Text("a", a).Text("b", b).Text("measure", e.Measure).Text("voice", ColumnNames.Lower(e.Voice))
            .Int("n_a", e.CountA).Int("n_b", e.CountB).Num("mean_a", e.MeanA).Num("mean_b", e.MeanB)
            .Ci("cohens_d", "d_lower", "d_upper", e.CohensD).Ci("cliffs_delta", "delta_lower", "delta_upper", e.CliffsDelta);

    private static DataFrame DistinctiveTable(ComparisonResult r)
    {
        var t = new TableBuilder();
        foreach (var d in r.Distinctive)
        {
            for (var i = 0; i < d.Terms.Count; i++)
            {
                var term = d.Terms[i];
                t.Row().Text("group", d.Group).Text("language", d.Language).Long("tokens", d.Tokens).Int("rank", i + 1).Text("term", term.Term)
                    .Int("count", term.CountI).Int("count_rest", term.CountJ).Num("log_odds", term.Delta).Num("z", term.Z).Text("form", d.Form(i));
            }
        }

        return t.Build(("group", typeof(string)), ("language", typeof(string)), ("tokens", typeof(long)), ("rank", typeof(int)), ("term", typeof(string)),
            ("count", typeof(int)), ("count_rest", typeof(int)), ("log_odds", typeof(double)), ("z", typeof(double)), ("form", typeof(string)));
    }

    private static DataFrame NamingTable(ComparisonResult r)
    {
        var t = new TableBuilder();
        foreach (var target in r.Naming)
        {
            foreach (var g in target.Groups)
            {
                TableBuilder Row(string kind, int rank, string text, string key, int count, FramingAnalysis.Naming.VoiceCounts v) =>
                    t.Row().Text("group", g.Group).Text("target", target.Target).Text("language", target.Language).Text("kind", kind).Int("rank", rank)
                        .Text("text", text).Text("key", key).Int("count", count).Int("outlet", v.Outlet).Int("quoted", v.Quoted).Int("embedded", v.Embedded).Int("audience", v.Audience);

                for (var i = 0; i < g.Expressions.Count; i++)
                {
                    var e = g.Expressions[i];
                    Row("expression", i + 1, e.Text, e.Text, e.Count, e.Voices).Num("valence", double.NaN).Num("evaluative", double.NaN).Num("z", double.NaN).Text("example", e.Example.Sentence);
                }

                for (var i = 0; i < g.Labels.Count; i++)
                {
                    var l = g.Labels[i];
                    Row("label", i + 1, l.Label, l.Key, l.Count, l.Voices).Text("attachment", l.Attachment.ToString().ToLowerInvariant())
                        .Num("valence", l.Valence).Num("evaluative", l.Evaluative).Num("z", l.Z ?? double.NaN).Text("example", l.Example.Sentence);
                }
            }
        }

        return t.Build(("group", typeof(string)), ("target", typeof(string)), ("language", typeof(string)), ("kind", typeof(string)), ("rank", typeof(int)),
            ("text", typeof(string)), ("key", typeof(string)), ("count", typeof(int)), ("outlet", typeof(int)), ("quoted", typeof(int)), ("embedded", typeof(int)),
            ("audience", typeof(int)), ("attachment", typeof(string)), ("valence", typeof(double)), ("evaluative", typeof(double)), ("z", typeof(double)), ("example", typeof(string)));
    }

    private static DataFrame AudienceTable(ComparisonResult r)
    {
        var t = new TableBuilder();
        foreach (var a in r.ArticleVersusAudience)
        {
            t.Row().Text("group", a.Group).Int("articles_with_comments", a.ArticlesWithComments).Ci("jsd", "jsd_lower", "jsd_upper", a.FrameDivergence);
        }

        return t.Build(("group", typeof(string)), ("articles_with_comments", typeof(int)), ("jsd", typeof(double)), ("jsd_lower", typeof(double)), ("jsd_upper", typeof(double)));
    }

    /// <summary>Collects rows as name → value and builds typed columns in a fixed schema (so an empty table still has
    /// its columns and types).</summary>
    private sealed class TableBuilder
    {
        private readonly List<Dictionary<string, object?>> _rows = [];

        public TableBuilder Row()
        {
            _rows.Add(new Dictionary<string, object?>(StringComparer.Ordinal));
            return this;
        }

        public TableBuilder Text(string name, string? value) => Set(name, value);

        public TableBuilder Int(string name, int value) => Set(name, value);

        public TableBuilder Long(string name, long value) => Set(name, value);

        public TableBuilder Num(string name, double value) => Set(name, value);

        public TableBuilder Ci(string estimate, string lower, string upper, ConfidenceInterval ci) =>
            Set(estimate, ci.Estimate).Set(lower, ci.Lower).Set(upper, ci.Upper);

        public DataFrame Build(params (string Name, Type Type)[] schema)
        {
            var n = _rows.Count;
            var columns = new List<DataFrameColumn>(schema.Length);
            foreach (var (name, type) in schema)
            {
                DataFrameColumn column = type == typeof(string) ? new StringDataFrameColumn(name, n)
                    : type == typeof(int) ? new Int32DataFrameColumn(name, n)
                    : type == typeof(long) ? new Int64DataFrameColumn(name, n)
                    : new DoubleDataFrameColumn(name, n);
                for (var i = 0; i < n; i++)
                {
                    column[i] = _rows[i].GetValueOrDefault(name);
                }

                columns.Add(column);
            }

            return new DataFrame(columns);
        }

        private TableBuilder Set(string name, object? value)
        {
            _rows[^1][name] = value;
            return this;
        }
    }
}
