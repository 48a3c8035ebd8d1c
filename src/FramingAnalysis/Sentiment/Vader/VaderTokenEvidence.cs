namespace FramingAnalysis.Sentiment.Vader;

/// <summary>
/// How one token of a text was scored by <see cref="VaderScorer.ScoreWithEvidence"/>.
/// </summary>
/// <param name="Token">The token as scored, in its original case, after punctuation stripping.</param>
/// <param name="Index">The token's position in the scored token sequence (0-based).</param>
/// <param name="Offset">
/// Where the token came from in the text passed to the scorer. For words of an emoji description this is the emoji.
/// </param>
/// <param name="InLexicon">Whether the lowercased token is in the lexicon.</param>
/// <param name="BaseValence">The lexicon valence of the lowercased token, or 0.</param>
/// <param name="Valence">The valence after all rules; the figures are sums over these.</param>
/// <param name="Rules">The rules that changed the valence.</param>
public readonly record struct VaderTokenEvidence(
    string Token,
    int Index,
    Range Offset,
    bool InLexicon,
    double BaseValence,
    double Valence,
    VaderRules Rules);
