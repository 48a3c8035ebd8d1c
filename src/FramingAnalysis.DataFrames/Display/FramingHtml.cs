namespace FramingAnalysis.DataFrames;

/// <summary>An HTML fragment that a notebook shows as HTML (its <see cref="ToString"/> is the HTML itself). Immutable.</summary>
[TypeFormatterSource(typeof(FramingFormatterSource))]
public sealed class FramingHtml : IFramingDisplayable
{
    private readonly string _text;

    internal FramingHtml(string html, string text)
    {
        Html = html;
        _text = text;
    }

    /// <summary>The HTML fragment.</summary>
    public string Html { get; }

    /// <inheritdoc/>
    public string ToHtml() => Html;

    /// <inheritdoc/>
    public string ToDisplayString(string mimeType) => mimeType == "text/html" ? Html : _text;

    /// <summary>The HTML fragment.</summary>
    /// <returns>The HTML.</returns>
    public override string ToString() => Html;
}
