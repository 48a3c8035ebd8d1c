using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using Microsoft.Data.Analysis;

namespace FramingAnalysis.DataFrames;

/// <summary>
/// Rich display of FramingAnalysis results in notebooks, without a reference to .NET Interactive.
/// </summary>
/// <remarks>
/// <para>How a notebook picks it up: the displayable types of this package (<see cref="FramingTable"/>,
/// <see cref="FramingHtml"/>, and <c>FramingChart</c> of FramingAnalysis.Charts) carry an attribute named <c>TypeFormatterSourceAttribute</c>,
/// which .NET Interactive matches by name (its "convention-based formatter source"), so a cell ending in
/// <c>FramingDisplay.Table(df)</c> renders as HTML with nothing registered. Every result also has a <c>ToHtml()</c>
/// (strings, for <c>display(HTML(...))</c> or for files).</para>
/// <para>A plain <see cref="DataFrame"/> is displayed by Microsoft.Data.Analysis's own notebook extension. To make
/// plain DataFrames use this package's table instead (escaped cells, invariant numbers, the truncation note), call
/// <see cref="RegisterWithInteractive"/> once: it registers a formatter through reflection when
/// <c>Microsoft.DotNet.Interactive.Formatting</c> is loaded, and does nothing elsewhere.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class FramingDisplay
{
    /// <summary>Rows shown by default before the truncation note.</summary>
    public const int DefaultMaxRows = 50;

    /// <summary>Wraps a table for display with a title and a row limit.</summary>
    /// <param name="frame">The table.</param>
    /// <param name="title">A title shown above it, or null.</param>
    /// <param name="maxRows">Rows shown before the truncation note (at least 1).</param>
    /// <returns>The displayable table.</returns>
    public static FramingTable Table(DataFrame frame, string? title = null, int maxRows = DefaultMaxRows) => new(frame, title, maxRows);

    /// <summary>A DataFrame as an HTML table; when it has more than <paramref name="maxRows"/> rows, a note says
    /// "showing <paramref name="maxRows"/> of N rows" above and below the table.</summary>
    /// <param name="frame">The table.</param>
    /// <param name="maxRows">Rows shown (at least 1).</param>
    /// <returns>HTML.</returns>
    public static string ToHtml(this DataFrame frame, int maxRows = DefaultMaxRows) => HtmlTable.Render(frame, maxRows);

    /// <summary>The unit table (<see cref="FramingDataFrames.ToDataFrame(IEnumerable{UnitAnalysis}, IReadOnlyList{string}?, IReadOnlyList{string}?)"/>) as HTML.</summary>
    /// <param name="units">The unit analyses.</param>
    /// <param name="maxRows">Rows shown (at least 1).</param>
    /// <returns>HTML.</returns>
    public static string ToHtml(this IEnumerable<UnitAnalysis> units, int maxRows = DefaultMaxRows) => HtmlTable.Render(units.ToDataFrame(), maxRows);

    /// <summary>One article's unit table as HTML, titled with the article's id, source and headline.</summary>
    /// <param name="article">The analyzed article.</param>
    /// <param name="maxRows">Rows shown (at least 1).</param>
    /// <returns>HTML.</returns>
    public static string ToHtml(this ArticleAnalysis article, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(article);
        return HtmlTable.Render(article.ToDataFrame(), maxRows, $"{article.Article.Id} · {article.Article.Source} · {article.Article.Title}");
    }

    /// <summary>Every table of a comparison as HTML (see <see cref="ComparisonTables.ToHtml"/>).</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="maxRows">Rows shown per table (at least 1).</param>
    /// <returns>HTML.</returns>
    public static string ToHtml(this ComparisonResult result, int maxRows = DefaultMaxRows) => result.ToDataFrames().ToHtml(maxRows);

    /// <summary>
    /// The unit's text with its evidence marked: sentiment tokens (<c>&lt;mark class="sentiment-pos"&gt;</c> or
    /// <c>sentiment-neg</c>), stance cues (<c>stance</c>) and frame cues (<c>frame</c>), each with a tooltip saying what
    /// it is. Offsets come from the evidence records; overlapping spans are merged into one mark carrying every class.
    /// All text is HTML-escaped. Below the text, one line gives the sentiment, the primary frame and the stance per target.
    /// </summary>
    /// <param name="unit">The unit analysis.</param>
    /// <returns>The HTML (its plain-text form marks evidence with [brackets]).</returns>
    public static FramingHtml HighlightEvidence(UnitAnalysis unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var text = unit.Unit.Text;
        var spans = new List<(int Start, int End, string Class, string Title)>();
        void Add(int start, int length, string cls, string title)
        {
            var s = Math.Clamp(start, 0, text.Length);
            var e = Math.Clamp(start + length, s, text.Length);
            if (e > s)
            {
                spans.Add((s, e, cls, title));
            }
        }

        foreach (var e in unit.Sentiment?.Evidence ?? [])
        {
            Add(e.Start, e.Length, e.Valence >= 0 ? "sentiment-pos" : "sentiment-neg", string.Create(CultureInfo.InvariantCulture, $"sentiment {e.Entry}: {e.BaseValence:0.##} → {e.Valence:0.##}"));
        }

        foreach (var r in unit.Stance)
        {
            foreach (var e in r.Evidence)
            {
                Add(e.Start, e.Length, "stance", string.Create(CultureInfo.InvariantCulture, $"stance {r.Target} ({ColumnNames.Lower(r.Voice)}): {e.Cue} {e.Weight:+0.##;-0.##;0}"));
            }
        }

        foreach (var f in unit.Frames?.Scores ?? [])
        {
            foreach (var e in f.Evidence)
            {
                Add(e.Start, e.Length, "frame", string.Create(CultureInfo.InvariantCulture, $"frame {f.Frame}: {e.Cue} ({e.Weight:0.##})"));
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var html = new StringBuilder();
        var plain = new StringBuilder();
        html.Append("<div class=\"framing-evidence\">").Append(HtmlTable.Style).Append("<p>");
        var pos = 0;
        var i = 0;
        while (i < spans.Count)
        {
            // Merge every span that overlaps the current run into one mark.
            var start = spans[i].Start;
            var end = spans[i].End;
            var classes = new SortedSet<string>(StringComparer.Ordinal);
            var titles = new List<string>();
            while (i < spans.Count && spans[i].Start < end)
            {
                end = Math.Max(end, spans[i].End);
                classes.Add(spans[i].Class);
                if (!titles.Contains(spans[i].Title))
                {
                    titles.Add(spans[i].Title);
                }

                i++;
            }

            html.Append(WebUtility.HtmlEncode(text[pos..start]));
            plain.Append(text, pos, start - pos);
            html.Append("<mark class=\"").Append(string.Join(' ', classes)).Append("\" title=\"").Append(WebUtility.HtmlEncode(string.Join("; ", titles))).Append("\">")
                .Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            plain.Append('[').Append(text, start, end - start).Append(']');
            pos = end;
        }

        html.Append(WebUtility.HtmlEncode(text[pos..])).Append("</p>");
        plain.Append(text, pos, text.Length - pos);
        var summary = Summary(unit);
        html.Append("<p class=\"framing-note\" style=\"color:#555\">").Append(WebUtility.HtmlEncode(summary)).Append("</p></div>");
        plain.AppendLine().Append(summary);
        return new FramingHtml(html.ToString(), plain.ToString());
    }

    /// <summary>
    /// Registers this package's HTML table as the formatter of <see cref="DataFrame"/> in .NET Interactive, through
    /// reflection (no package reference). Call it once in a notebook; outside one it does nothing.
    /// </summary>
    /// <param name="maxRows">Rows shown per DataFrame before the truncation note.</param>
    /// <returns>True when a formatter was registered; false when .NET Interactive's formatting is not loaded or has no
    /// <c>Formatter.Register(Type, Action&lt;object, TextWriter&gt;, string)</c>.</returns>
    public static bool RegisterWithInteractive(int maxRows = DefaultMaxRows)
    {
        var formatter = AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType("Microsoft.DotNet.Interactive.Formatting.Formatter", throwOnError: false))
            .FirstOrDefault(t => t is not null);
        var register = formatter?.GetMethods(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(m =>
        {
            var p = m.GetParameters();
            return m.Name == "Register" && !m.IsGenericMethod && p.Length == 3 && p[0].ParameterType == typeof(Type)
                && p[1].ParameterType == typeof(Action<object, TextWriter>) && p[2].ParameterType == typeof(string);
        });
        if (register is null)
        {
            return false;
        }

        Action<object, TextWriter> html = (o, w) => w.Write(HtmlTable.Render((DataFrame)o, maxRows));
        register.Invoke(null, [typeof(DataFrame), html, "text/html"]);
        return true;
    }

    /// <summary>A plain-text rendering: title, a fixed-width table of the first rows, and the truncation note.</summary>
    internal static string ToText(DataFrame frame, int maxRows, string? title)
    {
        var total = frame.Rows.Count;
        var shown = (int)Math.Min(total, maxRows);
        var cells = new List<string[]> { frame.Columns.Select(c => c.Name).ToArray() };
        for (var r = 0; r < shown; r++)
        {
            cells.Add(frame.Columns.Select(c => Clip(HtmlTable.Cell(c[r]))).ToArray());
        }

        var widths = Enumerable.Range(0, frame.Columns.Count).Select(c => cells.Max(row => row[c].Length)).ToArray();
        var sb = new StringBuilder();
        if (title is not null)
        {
            sb.AppendLine(title);
        }

        foreach (var row in cells)
        {
            sb.AppendLine(string.Join("  ", row.Select((v, c) => v.PadRight(widths[c]))).TrimEnd());
        }

        if (shown < total)
        {
            sb.AppendLine("(" + HtmlTable.NoteText(shown, total) + ")");
        }

        return sb.ToString();
    }

    private static string Clip(string s)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= 40 ? s : s[..39] + "…";
    }

    private static string Summary(UnitAnalysis u)
    {
        var parts = new List<string> { u.Unit.UnitId, ColumnNames.Lower(u.Unit.Voice) };
        if (u.Sentiment is { } s)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"sentiment {s.Compound:0.###} ({s.Label.ToString().ToLowerInvariant()})"));
        }

        if (u.Frames?.PrimaryFrame is { } frame)
        {
            parts.Add("primary frame " + frame);
        }

        foreach (var r in u.Stance.Where(r => r.Mentioned))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{r.Target} ({ColumnNames.Lower(r.Voice)}{(r.Speaker is null ? "" : ", " + r.Speaker)}): {r.Label.ToString().ToLowerInvariant()} {r.Score:0.##}"));
        }

        return string.Join(" · ", parts);
    }
}
