using System.Globalization;
using System.Net;
using System.Text;
using FramingAnalysis.Comparison;
using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Reporting;

/// <summary>
/// Writes a <see cref="ComparisonResult"/> as one self-contained HTML page with inline CSS and inline SVG charts: the key
/// findings first, one grouped frame-salience chart (a bar per group within each frame, confidence-interval whiskers,
/// frames by their English display names), stance by voice per target on an axis scaled to the data, the outlet sentiment
/// trajectory over paragraph positions per group (mean line with its interval band), the distinctive-terms tables, and
/// evidence snippets (example sentences with the cue marked) that chart bars and table rows link to. No script, font, image
/// or other network request. Computes nothing.
/// </summary>
/// <remarks>
/// Element ids are stable so that tests and readers can link into the page: <c>findings</c> for the key findings,
/// <c>frames-chart</c> for the frame chart and <c>frames-f{k}</c> for a frame's block of bars in it, <c>stance-t{j}</c> and
/// <c>trajectory-g{i}</c> for charts, <c>terms-g{i}-{language}</c> for term tables, <c>ev-g{i}</c> for a group's evidence,
/// <c>ev-g{i}-f{k}</c> for frame cue snippets and <c>st-g{i}-t{j}-{voice}</c> for stance snippets (i, j, k: indexes in
/// group, target and frame order).
/// </remarks>
public static partial class HtmlReport
{
    private const int BarHeight = 10;
    private const int LabelWidth = 290;
    private const int PlotWidth = 420;
    private const int TrajWidth = 440;
    private const int TrajHeight = 190;

    private static readonly string[] Palette = ["#1b6ca8", "#d1495b", "#2e8b57", "#c7801a", "#6c4f8c", "#3b3b3b", "#00798c", "#a05195"];

    /// <summary>Formats the result as an HTML page.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The HTML text.</returns>
    public static string Format(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Framing comparison</title>\n");
        h.Append("<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.4}")
         .Append("table{border-collapse:collapse;margin:0.5em 0 1em;font-size:90%}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}")
         .Append("td.n{text-align:right;font-variant-numeric:tabular-nums}")
         .Append("svg{display:block;margin:0.25em 0}svg text{font-size:11px;font-family:system-ui,sans-serif;fill:#222}svg a text{fill:#1a4f8b}svg a:hover text{text-decoration:underline}")
         .Append(".legend span{display:inline-block;margin-right:1em}.sw{display:inline-block;width:10px;height:10px;margin-right:4px}")
         .Append(".multiples{display:flex;flex-wrap:wrap;gap:12px}.multiples figure{margin:0}figcaption{font-weight:600;font-size:90%}")
         .Append("mark{background:#ffe27a;padding:0 1px}.snip{margin:0.3em 0 0.6em 1em}.snip q{quotes:'\\201C' '\\201D'}.meta{color:#666;font-size:85%}")
         .Append("h2{border-bottom:1px solid #ddd;padding-bottom:2px;margin-top:1.6em}.findings li{margin-bottom:0.3em}.note{background:#f6f6f6;border-left:3px solid #bbb;padding:0.3em 0.6em}nav a{margin-right:1em}:target{background:#eef5ff}</style>\n</head>\n<body>\n");
        h.Append("<h1>Framing comparison</h1>\n");
        var o = result.Manifest.Options;
        h.Append("<p>Groups by <code>").Append(E(o.GroupBy.Name)).Append("</code>").Append(o.TimeWindow is { } w ? " and <code>" + E(w.Name()) + "</code>" : "")
         .Append(". Whiskers and bands are ").Append(F(o.ConfidenceLevel * 100, "0")).Append("% percentile bootstrap intervals resampled over articles (")
         .Append(o.Resamples.ToString(CultureInfo.InvariantCulture)).Append(" replicates, seed ")
         .Append(o.Seed.ToString(CultureInfo.InvariantCulture)).Append("); frame divergences (JSD) use the bias-corrected percentile interval. Chart bars link to example sentences.</p>\n");
        h.Append("<nav><a href=\"#counts\">Counts</a><a href=\"#findings\">Key findings</a><a href=\"#frames\">Frames</a><a href=\"#stance\">Stance</a><a href=\"#trajectory\">Sentiment trajectory</a>")
         .Append("<a href=\"#pairs\">Pairs</a><a href=\"#terms\">Distinctive terms</a><a href=\"#naming\">Naming</a><a href=\"#evidence\">Evidence</a><a href=\"#manifest\">Manifest</a></nav>\n");

        Counts(h, result);
        KeyFindingsSection(h, result);
        FrameChart(h, result);
        StanceCharts(h, result);
        TrajectoryCharts(h, result);
        Pairs(h, result);
        Terms(h, result);
        Naming(h, result);
        Evidence(h, result);
        Manifest(h, result);
        h.Append("</body>\n</html>\n");
        return h.ToString();
    }

    /// <summary>Writes the result as an HTML page.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="result">The result.</param>
    public static void Write(TextWriter writer, ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Format(result));
    }

    private static void Counts(StringBuilder h, ComparisonResult r)
    {
        h.Append("<h2 id=\"counts\">Counts</h2>\n<table><tr><th>Group</th><th>Articles</th><th>Units</th><th>Comments</th><th>Languages (scored units)</th></tr>\n");
        foreach (var g in r.Groups)
        {
            h.Append("<tr><td>").Append(E(g.Key)).Append("</td><td class=\"n\">").Append(N(g.Articles)).Append("</td><td class=\"n\">").Append(N(g.Units))
             .Append("</td><td class=\"n\">").Append(N(g.Comments)).Append("</td><td>")
             .Append(E(string.Join(", ", g.Languages.Select(kv => kv.Key + " " + N(kv.Value))))).Append("</td></tr>\n");
        }

        h.Append("</table>\n<p class=\"meta\">Corpus: ").Append(N(r.Totals.Articles)).Append(" articles analyzed; ").Append(N(r.Totals.ArticlesRejected))
         .Append(" article and ").Append(N(r.Totals.CommentsRejected)).Append(" comment records rejected by the reader.</p>\n");
    }

    private static void Legend(StringBuilder h, IReadOnlyList<string> groups)
    {
        h.Append("<p class=\"legend\">");
        for (var g = 0; g < groups.Count; g++)
        {
            h.Append("<span><span class=\"sw\" style=\"background:").Append(Color(g)).Append("\"></span>").Append(E(groups[g])).Append("</span>");
        }

        h.Append("</p>\n");
    }

    private static void TrajectoryCharts(StringBuilder h, ComparisonResult r)
    {
        h.Append("<h2 id=\"trajectory\">Sentiment trajectory</h2>\n<p>Outlet sentiment over the paragraphs of each group's articles: the mean compound score ")
         .Append("of the k-th paragraph over the articles that have one (line), its interval (band; none where one article remains), and n articles per position.</p>\n");
        var length = r.Groups.Select(g => g.Trajectory.Count).DefaultIfEmpty(0).Max();
        h.Append("<div class=\"multiples\">\n");
        for (var g = 0; g < r.Groups.Count; g++)
        {
            var group = r.Groups[g];
            h.Append("<figure><figcaption>").Append(E(group.Key)).Append("</figcaption>\n");
            Svg(h, "trajectory-g" + N(g), TrajWidth, TrajHeight, "Sentiment trajectory: " + group.Key);
            const int left = 34, right = 10, top = 8, bottom = 34;
            double Px(int paragraph) => left + (length <= 1 ? 0 : (paragraph - 1) * (TrajWidth - left - right) / (double)(length - 1));
            double Py(double value) => top + ((1 - Math.Clamp(value, -1, 1)) / 2 * (TrajHeight - top - bottom));
            foreach (var tick in new[] { -1.0, -0.5, 0, 0.5, 1 })
            {
                h.Append("<line x1=\"").Append(left).Append("\" x2=\"").Append(TrajWidth - right).Append("\" y1=\"").Append(F(Py(tick), "0.0")).Append("\" y2=\"").Append(F(Py(tick), "0.0"))
                 .Append("\" stroke=\"").Append(tick == 0 ? "#888" : "#e4e4e4").Append("\"/>\n");
                Text(h, left - 4, (int)Math.Round(Py(tick)), F(tick, "0.0"), "end");
            }

            for (var k = 1; k <= length; k++)
            {
                if (length <= 12 || k == 1 || k == length || k % 5 == 0)
                {
                    Text(h, Px(k), TrajHeight - bottom + 12, N(k), "middle");
                }
            }

            Text(h, left + ((TrajWidth - left - right) / 2.0), TrajHeight - 6, "paragraph position", "middle");
            var points = group.Trajectory.Where(p => double.IsFinite(p.Compound.Estimate)).ToList();
            var band = points.Where(p => p.Compound.IsDefined).ToList();
            if (band.Count >= 2)
            {
                h.Append("<polygon fill=\"").Append(Color(g)).Append("\" fill-opacity=\"0.18\" stroke=\"none\" points=\"");
                foreach (var p in band)
                {
                    h.Append(F(Px(p.Paragraph), "0.0")).Append(',').Append(F(Py(p.Compound.Upper), "0.0")).Append(' ');
                }

                for (var i = band.Count - 1; i >= 0; i--)
                {
                    h.Append(F(Px(band[i].Paragraph), "0.0")).Append(',').Append(F(Py(band[i].Compound.Lower), "0.0")).Append(i > 0 ? " " : "");
                }

                h.Append("\"/>\n");
            }

            if (points.Count >= 2)
            {
                h.Append("<polyline fill=\"none\" stroke=\"").Append(Color(g)).Append("\" stroke-width=\"2\" points=\"")
                 .Append(string.Join(" ", points.Select(p => F(Px(p.Paragraph), "0.0") + "," + F(Py(p.Compound.Estimate), "0.0")))).Append("\"/>\n");
            }

            foreach (var p in points)
            {
                h.Append("<circle cx=\"").Append(F(Px(p.Paragraph), "0.0")).Append("\" cy=\"").Append(F(Py(p.Compound.Estimate), "0.0"))
                 .Append("\" r=\"").Append(p.Articles > 1 ? "3" : "2").Append("\" fill=\"").Append(p.Articles > 1 ? Color(g) : "#fff").Append("\" stroke=\"").Append(Color(g)).Append("\"><title>")
                 .Append(E($"{group.Key} · paragraph {p.Paragraph}: {F(p.Compound.Estimate)} {Ci(p.Compound)}, n = {p.Articles} articles")).Append("</title></circle>\n");
            }

            h.Append("</svg>\n<div class=\"meta\">n per position: ").Append(E(string.Join(" ", group.Trajectory.Select(p => N(p.Articles))))).Append("</div></figure>\n");
        }

        h.Append("</div>\n");
    }

    private static void Pairs(StringBuilder h, ComparisonResult r)
    {
        h.Append("<h2 id=\"pairs\">Pairwise frame divergence</h2>\n<table><tr><th>Group A</th><th>Group B</th><th>JSD</th><th>CI (BC)</th><th>Frames differing (A − B, q &lt; 0.05)</th></tr>\n");
        foreach (var p in r.Pairs)
        {
            var differing = string.Join(", ", p.Frames.Where(d => d.QValue < KeyFindings.Alpha).Select(d => $"{KeyFindingText.FrameDisplayName(r, d.Frame)} {(d.Difference > 0 ? "+" : "")}{F(d.Difference)} (q {F(d.QValue)})"));
            h.Append("<tr><td>").Append(E(p.GroupA)).Append("</td><td>").Append(E(p.GroupB)).Append("</td><td class=\"n\">")
             .Append(F(p.FrameDivergence.Estimate)).Append("</td><td>").Append(Ci(p.FrameDivergence)).Append(KeyFindingText.Excludes(p.FrameDivergence) ? " " + KeyFindingText.OutsideMark : "").Append("</td><td>").Append(E(differing.Length > 0 ? differing : "none")).Append("</td></tr>\n");
        }

        h.Append("</table>\n");
        if (r.Pairs.Any(p => KeyFindingText.Excludes(p.FrameDivergence)))
        {
            h.Append("<p class=\"meta\">").Append(E(KeyFindingText.OutsideNote)).Append("</p>\n");
        }
    }

    private static void Terms(StringBuilder h, ComparisonResult r)
    {
        h.Append("<h2 id=\"terms\">Distinctive terms</h2>\n<p>Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008), each group against the rest ")
         .Append("of the corpus within one language, outlet voice only, stopwords, group and author names, honorifics and page chrome removed; each term in its most frequent written form; most distinctive first.</p>\n<div class=\"multiples\">\n");
        foreach (var d in r.Distinctive)
        {
            var g = IndexOf(r.Groups.Select(x => x.Key).ToList(), d.Group);
            h.Append("<figure><figcaption><span class=\"sw\" style=\"background:").Append(Color(g)).Append("\"></span>").Append(E(d.Group)).Append(" (").Append(E(d.Language))
             .Append(", ").Append(N(d.Tokens)).Append(" tokens)</figcaption>\n<table id=\"terms-g").Append(N(g)).Append('-').Append(Id(d.Language))
             .Append("\"><tr><th>Term</th><th>z</th><th>Count</th><th>Rest</th></tr>\n");
            for (var i = 0; i < d.Terms.Count; i++)
            {
                var t = d.Terms[i];
                h.Append("<tr><td>").Append(E(d.Form(i))).Append("</td><td class=\"n\">").Append(F(t.Z, "0.00")).Append("</td><td class=\"n\">").Append(N(t.CountI))
                 .Append("</td><td class=\"n\">").Append(N(t.CountJ)).Append("</td></tr>\n");
            }

            h.Append("</table></figure>\n");
        }

        h.Append("</div>\n");
    }

    private static void Evidence(StringBuilder h, ComparisonResult r)
    {
        h.Append("<h2 id=\"evidence\">Evidence snippets</h2>\n<p>For each group: per frame, its most frequent cue in the outlet's voice with the first sentence ")
         .Append("where it matched (other top cues listed); per stance row, the unit whose label matches the row's mean with the largest score, its strongest cue marked.</p>\n");
        for (var g = 0; g < r.Groups.Count; g++)
        {
            var group = r.Groups[g];
            h.Append("<h3 id=\"ev-g").Append(N(g)).Append("\"><span class=\"sw\" style=\"background:").Append(Color(g)).Append("\"></span>").Append(E(group.Key)).Append("</h3>\n");
            h.Append("<h4>Frames</h4>\n");
            for (var f = 0; f < r.Frames.Count; f++)
            {
                var examples = group.CueExamples.Where(c => c.Frame == r.Frames[f]).ToList();
                if (examples.Count == 0)
                {
                    continue;
                }

                var top = examples[0];
                h.Append("<div class=\"snip\" id=\"ev-g").Append(N(g)).Append("-f").Append(N(f)).Append("\"><b>").Append(E(top.Frame)).Append("</b> — cue <code>")
                 .Append(E(top.Cue)).Append("</code> (").Append(N(top.Count)).Append("×): ");
                Snippet(h, top.Snippet);
                if (examples.Count > 1)
                {
                    h.Append("<br><span class=\"meta\">also: ").Append(E(string.Join(", ", examples.Skip(1).Select(c => $"{c.Cue} ({c.Count})")))).Append("</span>");
                }

                h.Append(" <a class=\"meta\" href=\"#frames-f").Append(N(f)).Append("\">↑ chart</a></div>\n");
            }

            if (group.StanceExamples.Count > 0)
            {
                h.Append("<h4>Stance</h4>\n");
            }

            foreach (var e in group.StanceExamples)
            {
                var t = IndexOf(r.Targets, e.Target);
                h.Append("<div class=\"snip\" id=\"").Append(StanceId(g, t, e.Voice)).Append("\"><b>").Append(E(e.Target)).Append("</b>, ").Append(Voices.Name(e.Voice))
                 .Append(" voice — ").Append(e.Label.ToString().ToLowerInvariant()).Append(' ').Append(F(e.Score, "+0.000;−0.000;0.000"))
                 .Append(", cue <code>").Append(E(e.Cue)).Append("</code> ").Append(F(e.Weight, "+0.00;−0.00;0.00")).Append(": ");
                Snippet(h, e.Snippet);
                h.Append(" <a class=\"meta\" href=\"#stance-t").Append(N(t)).Append("\">↑ chart</a></div>\n");
            }
        }
    }

    private static void Snippet(StringBuilder h, EvidenceSnippet s)
    {
        var start = Math.Clamp(s.Start, 0, s.Text.Length);
        var end = Math.Clamp(s.Start + s.Length, start, s.Text.Length);
        h.Append("<q>").Append(E(s.Text[..start])).Append("<mark>").Append(E(s.Text[start..end])).Append("</mark>").Append(E(s.Text[end..]))
         .Append("</q> <span class=\"meta\">").Append(E(s.UnitId)).Append("</span>");
    }

    private static void Manifest(StringBuilder h, ComparisonResult r)
    {
        var m = r.Manifest;
        h.Append("<h2 id=\"manifest\">Run manifest</h2>\n<ul>\n<li>FramingAnalysis ").Append(E(m.LibraryVersion)).Append("</li>\n")
         .Append("<li>Scorers: ").Append(E(string.Join(", ", m.Scorers.Select(kv => kv.Key + " " + kv.Value)))).Append("</li>\n")
         .Append("<li>Frame set ").Append(E(m.FrameSet)).Append(' ').Append(E(m.FrameSetVersion ?? "")).Append("</li>\n");
        foreach (var i in m.Inputs)
        {
            h.Append("<li><code>").Append(E(i.Path)).Append("</code> sha256 <code>").Append(i.Sha256).Append("</code></li>\n");
        }

        h.Append("</ul>\n");
    }

    private static string StanceId(int g, int t, Voice voice) => $"st-g{N(g)}-t{N(t)}-{Voices.Name(voice)}";

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Color(int g) => Palette[((g % Palette.Length) + Palette.Length) % Palette.Length];

    private static void Svg(StringBuilder h, string id, int width, int height, string title) =>
        h.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").Append(id).Append("\" class=\"chart\" role=\"img\" width=\"").Append(width)
         .Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\"><title>").Append(E(title)).Append("</title>\n");

    private static double X(double value, double min, double max) => LabelWidth + ((value - min) / (max - min) * PlotWidth);

    private static void Bar(StringBuilder h, double min, double value, double max, int y, string color, string tooltip)
    {
        var zero = X(Math.Max(min, 0), min, max);
        var end = X(value, min, max);
        h.Append("<rect x=\"").Append(F(Math.Min(zero, end), "0.0")).Append("\" y=\"").Append(y).Append("\" width=\"")
         .Append(F(Math.Abs(end - zero), "0.0")).Append("\" height=\"").Append(BarHeight - 2).Append("\" fill=\"").Append(color)
         .Append("\"><title>").Append(E(tooltip)).Append("</title></rect>\n");
    }

    /// <summary>A stance row that no unit mentions: the group's colour swatch at 0 and a note, instead of a bar of length 0.</summary>
    private static void NoMention(StringBuilder h, double zero, int y, string color, string tooltip)
    {
        h.Append("<g><title>").Append(E(tooltip)).Append("</title><rect x=\"").Append(F(zero + 2, "0.0")).Append("\" y=\"").Append(y + 1).Append("\" width=\"6\" height=\"")
         .Append(BarHeight - 4).Append("\" fill=\"").Append(color).Append("\"/><text x=\"").Append(F(zero + 11, "0.0")).Append("\" y=\"").Append(y + ((BarHeight - 2) / 2))
         .Append("\" dominant-baseline=\"middle\" style=\"font-size:9px;fill:#666\">no unit mentions it</text></g>\n");
    }

    private static void Whisker(StringBuilder h, double lower, double upper, double max, int y, double min = 0)
    {
        var a = F(X(Math.Clamp(lower, min, max), min, max), "0.0");
        var b = F(X(Math.Clamp(upper, min, max), min, max), "0.0");
        h.Append("<line x1=\"").Append(a).Append("\" x2=\"").Append(b).Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\" stroke=\"#000\" stroke-width=\"1\"/>\n");
        foreach (var x in new[] { a, b })
        {
            h.Append("<line x1=\"").Append(x).Append("\" x2=\"").Append(x).Append("\" y1=\"").Append(y - 3).Append("\" y2=\"").Append(y + 3).Append("\" stroke=\"#000\" stroke-width=\"1\"/>\n");
        }
    }

    private static void Text(StringBuilder h, double x, int y, string text, string anchor) =>
        h.Append("<text x=\"").Append(F(x, "0.0")).Append("\" y=\"").Append(y).Append("\" text-anchor=\"").Append(anchor).Append("\" dominant-baseline=\"middle\">").Append(E(text)).Append("</text>\n");

    private static double Finite(double value, double fallback) => double.IsFinite(value) ? value : fallback;

    private static string Ci(ConfidenceInterval ci) => ci.IsDefined ? $"[{F(ci.Lower)}, {F(ci.Upper)}]" : "–";

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Id(string text) => new(text.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());

    private static string F(double value, string format = "0.0000") =>
        double.IsFinite(value) ? (Math.Round(value, 4, MidpointRounding.ToEven) + 0.0).ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
