namespace FramingAnalysis.Sentiment;

/// <summary>The rules that produced or changed a token's valence; several may apply to one token.</summary>
[Flags]
public enum SentimentRules
{
    /// <summary>No rule.</summary>
    None = 0,

    /// <summary>The token's folded form is a lexicon entry.</summary>
    Lexicon = 1 << 0,

    /// <summary>The token matched a lexicon entry through its stem (an inflected form).</summary>
    Stem = 1 << 1,

    /// <summary>The token ends a multi-word expression with its own valence (<c>cold comfort</c>, <c>a dedo</c>).</summary>
    Idiom = 1 << 2,

    /// <summary>The token is an emoji with a valence.</summary>
    Emoji = 1 << 3,

    /// <summary>The token is an emoticon with a valence.</summary>
    Emoticon = 1 << 4,

    /// <summary>A booster within three words before raised the magnitude (Hutto &amp; Gilbert 2014, B_INCR = 0.293).</summary>
    Booster = 1 << 5,

    /// <summary>A dampener within three words before lowered the magnitude (B_DECR = −0.293).</summary>
    Dampener = 1 << 6,

    /// <summary>A negator within three words before flipped and shrank the valence (N_SCALAR = −0.74).</summary>
    Negation = 1 << 7,

    /// <summary>The word is in ALL CAPS in a sentence with mixed case (C_INCR = 0.733).</summary>
    AllCaps = 1 << 8,

    /// <summary>The token stands before a contrastive conjunction (<c>but</c>, <c>pero</c>): weight × 0.5.</summary>
    BeforeContrast = 1 << 9,

    /// <summary>The token stands after a contrastive conjunction: weight × 1.5.</summary>
    AfterContrast = 1 << 10,

    /// <summary>The token is inside a concessive clause (<c>although</c>, <c>aunque</c>): weight × 0.5.</summary>
    Concession = 1 << 11,

    /// <summary>
    /// The word is a derived form of a lexicon entry (a diminutive, augmentative or superlative such as <c>pobrecito</c> or
    /// <c>tristísimo</c>), scored through a rule of the language pack's derivation table.
    /// </summary>
    Derivation = 1 << 12,

    /// <summary>
    /// A negative pronoun with a comparison made a superlative, not a negation (<c>nothing is better than</c>, <c>no hay
    /// nada más triste que</c>): the word keeps its sign and is boosted as by a booster (+0.293); see <see cref="ComparisonWords"/>.
    /// </summary>
    Superlative = 1 << 13,
}
