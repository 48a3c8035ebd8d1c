namespace FramingAnalysis.Charts;

/// <summary>
/// .NET Interactive's convention for formatters without a package reference (see FramingAnalysis.DataFrames' copy): it
/// looks for an attribute named <c>TypeFormatterSourceAttribute</c> in any namespace, so each package carries its own
/// internal copy and neither depends on .NET Interactive.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[] PreferredMimeTypes { get; set; } = ["text/html"];
}
