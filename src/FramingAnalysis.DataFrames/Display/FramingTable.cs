using Microsoft.Data.Analysis;

namespace FramingAnalysis.DataFrames;

/// <summary>
/// A DataFrame with a title and a row limit, shown in a notebook as an HTML table (never silently truncated: a note says
/// "showing 50 of 234 rows"). Made by <see cref="FramingDisplay.Table"/>. Immutable wrapper; the DataFrame itself is not
/// copied, so changes to it show up in later displays.
/// </summary>
[TypeFormatterSource(typeof(FramingFormatterSource))]
public sealed class FramingTable : IFramingDisplayable
{
    internal FramingTable(DataFrame frame, string? title, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        Frame = frame;
        Title = title;
        MaxRows = maxRows;
    }

    /// <summary>The table.</summary>
    public DataFrame Frame { get; }

    /// <summary>The title shown above the table, or null.</summary>
    public string? Title { get; }

    /// <summary>Rows shown before the truncation note.</summary>
    public int MaxRows { get; }

    /// <inheritdoc/>
    public string ToHtml() => HtmlTable.Render(Frame, MaxRows, Title);

    /// <inheritdoc/>
    public string ToDisplayString(string mimeType) => mimeType == "text/html" ? ToHtml() : ToString();

    /// <summary>Plain text: the title, the first <see cref="MaxRows"/> rows, and the truncation note when rows are left out.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FramingDisplay.ToText(Frame, MaxRows, Title);
}
