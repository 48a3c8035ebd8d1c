namespace FramingAnalysis;

/// <summary>What kind of text a <see cref="TextUnit"/> is, which decides whose voice it carries and whether it is scored.</summary>
public enum UnitKind
{
    /// <summary>The headline: the outlet's own voice, weighted more in article aggregates.</summary>
    Title,

    /// <summary>A body paragraph: the outlet's own voice (quoted speech inside it is split out by the stance stage).</summary>
    Paragraph,

    /// <summary>An embedded social-media post with its attribution line: a quoted voice, not the outlet's.</summary>
    EmbeddedPost,

    /// <summary>A reader comment: the audience's voice.</summary>
    Comment,

    /// <summary>Page chrome ("Share this article", "Lee también"): kept for the record, never scored.</summary>
    Boilerplate,
}
