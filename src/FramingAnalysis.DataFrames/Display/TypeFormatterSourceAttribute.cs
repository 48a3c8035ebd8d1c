namespace FramingAnalysis.DataFrames;

/// <summary>
/// .NET Interactive's convention for formatters without a package reference: when it displays an object it looks for
/// an attribute named <c>TypeFormatterSourceAttribute</c> (any namespace) with a <c>FormatterSourceType</c> property,
/// creates that type, calls its <c>CreateTypeFormatters()</c>, and uses each returned object's <c>MimeType</c> and
/// <c>Format(object, TextWriter)</c>. Matching is by name, so this package depends on nothing from .NET Interactive.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[] PreferredMimeTypes { get; set; } = ["text/html"];
}
