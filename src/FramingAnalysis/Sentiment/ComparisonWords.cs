using System.Collections.Frozen;

namespace FramingAnalysis.Sentiment;

/// <summary>
/// The closed word classes with which a language turns a negated comparison into a superlative: with a negative
/// pronoun, a comparative and the word that links the second term, "nothing is better than", "no hay nada más triste
/// que" and "nadie es tan bueno como" praise or blame to the highest degree instead of negating. The rule sentiment
/// scorer then does not flip the word; it boosts it (<see cref="SentimentRules.Superlative"/>). All words are folded
/// (lower case, no accents). Immutable.
/// </summary>
/// <param name="NegativePronouns">Pronouns that negate by naming no one or nothing (<c>nothing</c>, <c>nobody</c>, <c>nada</c>, <c>nadie</c>).</param>
/// <param name="Markers">Words that make the next word a comparative (<c>more</c>, <c>as</c>, <c>mas</c>, <c>tan</c>).</param>
/// <param name="Comparatives">Comparatives in one word (<c>better</c>, <c>worse</c>, <c>mejor</c>, <c>peor</c>).</param>
/// <param name="Links">Words that introduce the second term of the comparison (<c>than</c>, <c>as</c>, <c>que</c>, <c>como</c>).</param>
public sealed record ComparisonWords(IReadOnlySet<string> NegativePronouns, IReadOnlySet<string> Markers, IReadOnlySet<string> Comparatives, IReadOnlySet<string> Links)
{
    /// <summary>No comparison words: negation is never read as a superlative.</summary>
    public static ComparisonWords None { get; } = new(FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty, FrozenSet<string>.Empty);
}
