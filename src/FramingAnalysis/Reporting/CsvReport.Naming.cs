using FramingAnalysis.Comparison;
using FramingAnalysis.Naming;

namespace FramingAnalysis.Reporting;

/// <summary>
/// The naming tables: <c>naming.csv</c> (one row per group × target × language × expression, phrase or label, with its
/// counts per voice, valence, z and first example) and <c>naming_locations.csv</c> (one row per use: every count of
/// <c>naming.csv</c> links back to its units and offsets here).
/// </summary>
public static partial class CsvReport
{
    private static void WriteNaming(ComparisonResult result, string folder)
    {
        var rows = new List<string[]>();
        var locations = new List<string[]>();
        foreach (var t in result.Naming)
        {
            foreach (var g in t.Groups)
            {
                void Add(string kind, int rank, string text, string key, int count, VoiceCounts v, string attachment, string valence, string evaluative, string z,
                    NamingExample example, IReadOnlyList<NamingLocation> uses)
                {
                    rows.Add([g.Group, t.Target, t.Language, t.Tested ? "true" : "false", kind, N(rank), text, key, N(count), N(v.Outlet), N(v.Quoted), N(v.Embedded), N(v.Audience),
                        attachment, valence, evaluative, z, example.Location.ArticleId, example.Location.UnitId, example.Sentence]);
                    locations.AddRange(uses.Select(l => new[] { g.Group, t.Target, t.Language, kind, key, l.ArticleId, l.UnitId, N(l.Start), N(l.Length) }));
                }

                for (var i = 0; i < g.Expressions.Count; i++)
                {
                    var e = g.Expressions[i];
                    Add("expression", i + 1, e.Text, e.Text, e.Count, e.Voices, string.Empty, string.Empty, string.Empty, string.Empty, e.Example, e.Locations);
                }

                for (var i = 0; i < g.Phrases.Count; i++)
                {
                    var p = g.Phrases[i];
                    Add("phrase", i + 1, p.Text, p.Text, p.Count, p.Voices, string.Empty, string.Empty, string.Empty, string.Empty, p.Example, p.Locations);
                }

                for (var i = 0; i < g.Labels.Count; i++)
                {
                    var l = g.Labels[i];
                    Add("label", i + 1, l.Label, l.Key, l.Count, l.Voices, l.Attachment.ToString().ToLowerInvariant(), F(l.Valence), F(l.Evaluative), l.Z is { } z ? F(z) : string.Empty,
                        l.Example, l.Locations);
                }
            }
        }

        Write(Path.Combine(folder, "naming.csv"),
            ["group", "target", "language", "tested", "kind", "rank", "text", "key", "count", "outlet", "quoted", "embedded", "audience", "attachment", "valence", "evaluative", "z",
                "example_article", "example_unit", "example_sentence"], rows);
        Write(Path.Combine(folder, "naming_locations.csv"), ["group", "target", "language", "kind", "key", "article_id", "unit_id", "start", "length"], locations);
    }
}
