using System.Globalization;
using System.Net;
using System.Text;
using FramingAnalysis.Comparison;

namespace FramingAnalysis.Reporting;

/// <summary>
/// Writes a <see cref="ComparisonResult"/> as one self-contained HTML page: inline CSS and inline SVG bar charts (frame
/// salience per group with confidence-interval whiskers; outlet, quoted and audience stance per target), the Markdown
/// report's main tables, and no script, font, image or other network request. Computes nothing.
/// </summary>
public static class HtmlReport
{
    private const int BarHeight = 10;
    private const int LabelWidth = 290;
    private const int PlotWidth = 420;

    private static readonly string[] Palette = ["#1b6ca8", "#d1495b", "#66a182", "#edae49", "#6c4f8c", "#3b3b3b", "#00798c", "#a05195"];

    /// <summary>Formats the result as an HTML page.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The HTML text.</returns>
    public static string Format(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Framing comparison</title>\n");
        h.Append("<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222}")
         .Append("table{border-collapse:collapse;margin:1em 0;font-size:90%}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}")
         .Append("svg text{font-size:11px;font-family:system-ui,sans-serif}.legend span{display:inline-block;margin-right:1em}")
         .Append(".sw{display:inline-block;width:10px;height:10px;margin-right:4px}</style>\n</head>\n<body>\n");
        h.Append("<h1>Framing comparison</h1>\n");
        var o = result.Manifest.Options;
        h.Append("<p>Groups by <code>").Append(E(o.GroupBy)).Append("</code>. Whiskers are ")
         .Append(F(o.ConfidenceLevel * 100, "0")).Append("% percentile bootstrap intervals resampled over articles (")
         .Append(o.Resamples.ToString(CultureInfo.InvariantCulture)).Append(" replicates, seed ")
         .Append(o.Seed.ToString(CultureInfo.InvariantCulture)).Append(").</p>\n");

        Legend(h, result.Groups.Select(g => g.Key).ToList());
        h.Append("<h2>Frame salience</h2>\n");
        FrameChart(h, result);
        h.Append("<h2>Stance by voice</h2>\n<p>Mean stance score in [−1, 1]; bars start at 0.</p>\n");
        StanceChart(h, result);

        h.Append("<h2>Pairwise frame divergence</h2>\n<table><tr><th>Group A</th><th>Group B</th><th>JSD</th><th>CI</th></tr>\n");
        foreach (var p in result.Pairs)
        {
            h.Append("<tr><td>").Append(E(p.GroupA)).Append("</td><td>").Append(E(p.GroupB)).Append("</td><td>")
             .Append(F(p.FrameDivergence.Estimate)).Append("</td><td>").Append(Ci(p.FrameDivergence)).Append("</td></tr>\n");
        }

        h.Append("</table>\n<h2>Distinctive language</h2>\n<table><tr><th>Group</th><th>Language</th><th>Top terms</th></tr>\n");
        foreach (var d in result.Distinctive)
        {
            h.Append("<tr><td>").Append(E(d.Group)).Append("</td><td>").Append(E(d.Language)).Append("</td><td>")
             .Append(E(string.Join(", ", d.Terms.Select(t => t.Term)))).Append("</td></tr>\n");
        }

        h.Append("</table>\n<h2>Run manifest</h2>\n<ul>\n<li>FramingAnalysis ").Append(E(result.Manifest.LibraryVersion)).Append("</li>\n")
         .Append("<li>Frame set ").Append(E(result.Manifest.FrameSet)).Append(' ').Append(E(result.Manifest.FrameSetVersion ?? "")).Append("</li>\n");
        foreach (var i in result.Manifest.Inputs)
        {
            h.Append("<li><code>").Append(E(i.Path)).Append("</code> sha256 <code>").Append(i.Sha256).Append("</code></li>\n");
        }

        h.Append("</ul>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void Legend(StringBuilder h, IReadOnlyList<string> groups)
    {
        h.Append("<p class=\"legend\">");
        for (var g = 0; g < groups.Count; g++)
        {
            h.Append("<span><span class=\"sw\" style=\"background:").Append(Palette[g % Palette.Length]).Append("\"></span>").Append(E(groups[g])).Append("</span>");
        }

        h.Append("</p>\n");
    }

    private static void FrameChart(StringBuilder h, ComparisonResult r)
    {
        var groups = r.Groups;
        var max = groups.SelectMany(g => g.Frames).Select(f => Finite(f.Salience.Upper, f.Salience.Estimate)).DefaultIfEmpty(0).Max();
        max = max > 0 ? max : 1;
        var rowHeight = (groups.Count * BarHeight) + 8;
        var height = (r.Frames.Count * rowHeight) + 24;
        Svg(h, height, "Frame salience per group");
        for (var f = 0; f < r.Frames.Count; f++)
        {
            var y0 = (f * rowHeight) + 4;
            Text(h, LabelWidth - 6, y0 + (rowHeight / 2), r.Frames[f], "end");
            for (var g = 0; g < groups.Count; g++)
            {
                var s = groups[g].Frames[f].Salience;
                var y = y0 + (g * BarHeight);
                Bar(h, 0, Finite(s.Estimate, 0), max, y, Palette[g % Palette.Length], $"{groups[g].Key}: {F(s.Estimate)} {Ci(s)}");
                if (s.IsDefined)
                {
                    Whisker(h, s.Lower, s.Upper, max, y + (BarHeight / 2));
                }
            }
        }

        Axis(h, 0, max, height - 16);
        h.Append("</svg>\n");
    }

    private static void StanceChart(StringBuilder h, ComparisonResult r)
    {
        var voices = new[] { Voice.Outlet, Voice.Quoted, Voice.Audience };
        foreach (var target in r.Targets)
        {
            h.Append("<h3>").Append(E(target)).Append("</h3>\n");
            var rows = voices.Select(v => (Voice: v, Values: r.Groups.Select(g => g.Stance.FirstOrDefault(s => s.Target == target && s.Voice == v)).ToList())).ToList();
            var rowHeight = (r.Groups.Count * BarHeight) + 8;
            var height = (rows.Count * rowHeight) + 24;
            Svg(h, height, "Stance toward " + target);
            for (var i = 0; i < rows.Count; i++)
            {
                var y0 = (i * rowHeight) + 4;
                Text(h, LabelWidth - 6, y0 + (rowHeight / 2), Voices.Name(rows[i].Voice), "end");
                for (var g = 0; g < rows[i].Values.Count; g++)
                {
                    if (rows[i].Values[g] is not { } s)
                    {
                        continue;
                    }

                    var y = y0 + (g * BarHeight);
                    var value = Finite(s.Mean.Estimate, 0);
                    Bar(h, -1, value, 1, y, Palette[g % Palette.Length], $"{r.Groups[g].Key}: {F(value)} {Ci(s.Mean)} ({s.Units} units)");
                    if (s.Mean.IsDefined)
                    {
                        Whisker(h, s.Mean.Lower, s.Mean.Upper, 1, y + (BarHeight / 2), -1);
                    }
                }
            }

            Axis(h, -1, 1, height - 16);
            h.Append("</svg>\n");
        }
    }

    private static void Svg(StringBuilder h, int height, string title) =>
        h.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").Append(LabelWidth + PlotWidth + 20)
         .Append("\" height=\"").Append(height).Append("\"><title>").Append(E(title)).Append("</title>\n");

    private static double X(double value, double min, double max) => LabelWidth + ((value - min) / (max - min) * PlotWidth);

    private static void Bar(StringBuilder h, double min, double value, double max, int y, string color, string tooltip)
    {
        var zero = X(Math.Max(min, 0), min, max);
        var end = X(value, min, max);
        h.Append("<rect x=\"").Append(F(Math.Min(zero, end), "0.0")).Append("\" y=\"").Append(y).Append("\" width=\"")
         .Append(F(Math.Abs(end - zero), "0.0")).Append("\" height=\"").Append(BarHeight - 2).Append("\" fill=\"").Append(color)
         .Append("\"><title>").Append(E(tooltip)).Append("</title></rect>\n");
    }

    private static void Whisker(StringBuilder h, double lower, double upper, double max, int y, double min = 0)
    {
        var a = F(X(Math.Clamp(lower, min, max), min, max), "0.0");
        var b = F(X(Math.Clamp(upper, min, max), min, max), "0.0");
        h.Append("<line x1=\"").Append(a).Append("\" x2=\"").Append(b).Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\" stroke=\"#000\" stroke-width=\"1\"/>\n");
    }

    private static void Axis(StringBuilder h, double min, double max, int y)
    {
        h.Append("<line x1=\"").Append(LabelWidth).Append("\" x2=\"").Append(LabelWidth + PlotWidth).Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\" stroke=\"#999\"/>\n");
        Text(h, LabelWidth, y + 12, F(min, "0.00"), "start");
        Text(h, LabelWidth + PlotWidth, y + 12, F(max, "0.00"), "end");
    }

    private static void Text(StringBuilder h, double x, int y, string text, string anchor) =>
        h.Append("<text x=\"").Append(F(x, "0.0")).Append("\" y=\"").Append(y).Append("\" text-anchor=\"").Append(anchor).Append("\" dominant-baseline=\"middle\">").Append(E(text)).Append("</text>\n");

    private static double Finite(double value, double fallback) => double.IsFinite(value) ? value : fallback;

    private static string Ci(Comparison.Statistics.ConfidenceInterval ci) => ci.IsDefined ? $"[{F(ci.Lower)}, {F(ci.Upper)}]" : "–";

    private static string F(double value, string format = "0.0000") =>
        double.IsFinite(value) ? (Math.Round(value, 4, MidpointRounding.ToEven) + 0.0).ToString(format, CultureInfo.InvariantCulture) : "–";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
