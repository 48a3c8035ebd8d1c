namespace FramingAnalysis;

/// <summary>
/// Whose words a score describes. Framing analysis keeps these apart so that what an outlet says is never mixed up
/// with what it quotes or what its readers say.
/// </summary>
public enum Voice
{
    /// <summary>The outlet's own words: title and paragraphs outside quotation.</summary>
    Outlet,

    /// <summary>Speech the outlet quotes or attributes to someone ("…," the minister said; según el ministro).</summary>
    Quoted,

    /// <summary>An embedded social-media post.</summary>
    Embedded,

    /// <summary>Reader comments.</summary>
    Audience,
}

/// <summary>Facts about <see cref="Voice"/> that arrays indexed by voice need.</summary>
internal static class VoiceSet
{
    /// <summary>How many voices there are (the values of <see cref="Voice"/> are 0 to <c>Count − 1</c>).</summary>
    public const int Count = 4;
}
