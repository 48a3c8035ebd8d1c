namespace FramingAnalysis.DataFrames;

/// <summary>Something a notebook can show: HTML for rich front ends, plain text for consoles and logs.</summary>
public interface IFramingDisplayable
{
    /// <summary>The value as HTML (self-contained: styles inline, no script).</summary>
    /// <returns>An HTML fragment.</returns>
    string ToHtml();

    /// <summary>The value in a MIME type: <c>text/html</c> gives <see cref="ToHtml"/>, anything else plain text.</summary>
    /// <param name="mimeType">The MIME type.</param>
    /// <returns>The formatted value.</returns>
    string ToDisplayString(string mimeType);
}
