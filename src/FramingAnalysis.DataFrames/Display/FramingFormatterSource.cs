namespace FramingAnalysis.DataFrames;

/// <summary>The formatter source named by <see cref="TypeFormatterSourceAttribute"/>: HTML and plain text for every
/// displayable type of this package (anything implementing <see cref="IFramingDisplayable"/>).</summary>
internal sealed class FramingFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new Formatter("text/html");
        yield return new Formatter("text/plain");
    }

    internal sealed class Formatter(string mimeType)
    {
        public string MimeType { get; } = mimeType;

        public bool Format(object instance, TextWriter writer)
        {
            if (instance is not IFramingDisplayable displayable)
            {
                return false;
            }

            writer.Write(displayable.ToDisplayString(MimeType));
            return true;
        }
    }
}
