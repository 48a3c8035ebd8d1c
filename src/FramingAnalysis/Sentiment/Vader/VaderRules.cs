namespace FramingAnalysis.Sentiment.Vader;

/// <summary>
/// Which VADER rules changed a token's valence, for <see cref="VaderTokenEvidence"/>. Several can apply to one token.
/// </summary>
[Flags]
public enum VaderRules
{
    /// <summary>No rule applied: the token scored its lexicon valence, or 0 when it is not in the lexicon.</summary>
    None = 0,

    /// <summary>The token is itself a booster or dampener ("very", "slightly"), so it scores 0.</summary>
    ModifierWord = 1 << 0,

    /// <summary>"kind" followed by "of" scores 0 (it is a hedge, not the adjective "kind").</summary>
    KindOf = 1 << 1,

    /// <summary>"no" right before a lexicon word scores 0 and acts as a negation instead.</summary>
    NoAsModifier = 1 << 2,

    /// <summary>A preceding "no" negated the word (× N_SCALAR).</summary>
    NoNegation = 1 << 3,

    /// <summary>The word is in ALL CAPS in mixed-case text, so its magnitude grew by C_INCR.</summary>
    AllCaps = 1 << 4,

    /// <summary>A booster among the three preceding words raised the magnitude.</summary>
    Booster = 1 << 5,

    /// <summary>A dampener among the three preceding words lowered the magnitude.</summary>
    Dampener = 1 << 6,

    /// <summary>A negation among the three preceding words flipped and damped the valence (× N_SCALAR).</summary>
    Negation = 1 << 7,

    /// <summary>"never so" / "never this" before the word intensified it (× 1.25) instead of negating.</summary>
    NeverSoIntensifier = 1 << 8,

    /// <summary>"without doubt" before the word: not treated as a negation.</summary>
    WithoutDoubt = 1 << 9,

    /// <summary>An idiom or special case (<see cref="VaderOptions.SpecialCases"/>) replaced the valence.</summary>
    SpecialCase = 1 << 10,

    /// <summary>A multi-word booster or dampener phrase ("kind of", "sort of") before the word changed it.</summary>
    ModifierPhrase = 1 << 11,

    /// <summary>"least" before the word (not "at least" / "very least") negated it.</summary>
    LeastNegation = 1 << 12,

    /// <summary>The word comes before "but", so its valence was halved.</summary>
    BeforeBut = 1 << 13,

    /// <summary>The word comes after "but", so its valence was multiplied by 1.5.</summary>
    AfterBut = 1 << 14,
}
