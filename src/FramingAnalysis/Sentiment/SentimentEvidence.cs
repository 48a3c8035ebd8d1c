namespace FramingAnalysis.Sentiment;

/// <summary>
/// One token that contributed to a score: where it is, which entry it matched, its valence before and after the rules,
/// and the rules that applied.
/// </summary>
/// <param name="Start">Offset of the token in the unit text (UTF-16 code units).</param>
/// <param name="Length">Length of the token (or of the whole expression for idioms).</param>
/// <param name="Text">The token text as written.</param>
/// <param name="Entry">The lexicon, idiom or emoji entry it matched.</param>
/// <param name="BaseValence">The entry's valence, in [−4, 4].</param>
/// <param name="Valence">The valence after boosters, negation, capitals and contrast weights.</param>
/// <param name="Rules">The rules that applied.</param>
/// <param name="Modifiers">The booster, dampener or negator words that changed it, space-separated; empty when none.</param>
public readonly record struct SentimentEvidence(int Start, int Length, string Text, string Entry, double BaseValence, double Valence, SentimentRules Rules, string Modifiers);
