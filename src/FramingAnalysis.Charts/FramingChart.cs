using System.Text;
using FramingAnalysis.DataFrames;
using ScottPlot;

namespace FramingAnalysis.Charts;

/// <summary>
/// A chart made by <see cref="FramingCharts"/>: a ScottPlot <see cref="ScottPlot.Plot"/> with a title, saved as PNG or
/// SVG in one call and shown inline (as SVG) in a notebook. Adjust <see cref="Plot"/> before saving to restyle it.
/// Not thread-safe (ScottPlot plots are mutable).
/// </summary>
[TypeFormatterSource(typeof(FramingFormatterSource))]
public sealed class FramingChart : IFramingDisplayable
{
    internal FramingChart(Plot plot, string title, int width, int height)
    {
        Plot = plot;
        Title = title;
        Width = width;
        Height = height;
    }

    /// <summary>The ScottPlot plot, for further styling.</summary>
    public Plot Plot { get; }

    /// <summary>The chart's title (also drawn on it).</summary>
    public string Title { get; }

    /// <summary>The default width in pixels used by <see cref="ToHtml"/> and by the save methods when no size is given.</summary>
    public int Width { get; }

    /// <summary>The default height in pixels.</summary>
    public int Height { get; }

    /// <summary>Saves as PNG.</summary>
    /// <param name="path">The file to write (its folder must exist).</param>
    /// <param name="width">Width in pixels; null for <see cref="Width"/>.</param>
    /// <param name="height">Height in pixels; null for <see cref="Height"/>.</param>
    /// <returns>This chart.</returns>
    public FramingChart SavePng(string path, int? width = null, int? height = null)
    {
        Plot.SavePng(path, width ?? Width, height ?? Height);
        return this;
    }

    /// <summary>Saves as SVG (text stays text, so titles and labels are searchable and editable).</summary>
    /// <param name="path">The file to write (its folder must exist).</param>
    /// <param name="width">Width in pixels; null for <see cref="Width"/>.</param>
    /// <param name="height">Height in pixels; null for <see cref="Height"/>.</param>
    /// <returns>This chart.</returns>
    public FramingChart SaveSvg(string path, int? width = null, int? height = null)
    {
        File.WriteAllText(path, ToSvg(width, height), new UTF8Encoding(false));
        return this;
    }

    /// <summary>The chart as PNG bytes.</summary>
    /// <param name="width">Width in pixels; null for <see cref="Width"/>.</param>
    /// <param name="height">Height in pixels; null for <see cref="Height"/>.</param>
    /// <returns>The PNG file's bytes.</returns>
    public byte[] ToPng(int? width = null, int? height = null) => Plot.GetImageBytes(width ?? Width, height ?? Height, ImageFormat.Png);

    /// <summary>The chart as an SVG document.</summary>
    /// <param name="width">Width in pixels; null for <see cref="Width"/>.</param>
    /// <param name="height">Height in pixels; null for <see cref="Height"/>.</param>
    /// <returns>The SVG XML.</returns>
    public string ToSvg(int? width = null, int? height = null) => Plot.GetSvgXml(width ?? Width, height ?? Height);

    /// <inheritdoc/>
    public string ToHtml() => "<div class=\"framing-chart\">" + ToSvg() + "</div>";

    /// <inheritdoc/>
    public string ToDisplayString(string mimeType) => mimeType == "text/html" ? ToHtml() : ToString();

    /// <summary>The title and size.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"[chart] {Title} ({Width}×{Height})";
}
