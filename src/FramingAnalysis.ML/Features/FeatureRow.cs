namespace FramingAnalysis.ML;

/// <summary>
/// One example as ML.NET sees it: our normalized tokens and their derived columns, plus the raw text (for the plain
/// baseline) and the label. Mutable only because ML.NET fills and reads it by reflection.
/// </summary>
internal sealed class FeatureRow
{
    /// <summary>Normalized word tokens, with <c>NEG_</c> marks inside negation scope.</summary>
    public string[] Tokens { get; set; } = [];

    /// <summary>The normalized tokens (without negation marks) joined by single spaces: input of the character n-grams.</summary>
    public string CharText { get; set; } = string.Empty;

    /// <summary>Tokens crossed with the target id: <c>T=copper_mine|mine</c>.</summary>
    public string[] TargetTokens { get; set; } = [];

    /// <summary>The target id (folded, spaces as underscores), or empty.</summary>
    public string Target { get; set; } = string.Empty;

    /// <summary>Caller-supplied features (for example lexicon scores); fixed length per model.</summary>
    public float[] Extra { get; set; } = [];

    /// <summary>The rule scorers' verdicts on the example's target (<see cref="TargetView.Lexicon"/>); fixed length, zeros when unused.</summary>
    public float[] Lexicon { get; set; } = [];

    /// <summary>The text exactly as given; only the baseline reads it.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The gold label (stance, sentiment), or empty at prediction time.</summary>
    public string LabelText { get; set; } = string.Empty;

    /// <summary>The example's training weight (1, or inverse class frequency when classes are balanced).</summary>
    public float Weight { get; set; } = 1f;

    /// <summary>For one frame's binary classifier: whether the example has that frame.</summary>
    public bool IsPositive { get; set; }
}
