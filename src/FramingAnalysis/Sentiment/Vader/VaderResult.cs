namespace FramingAnalysis.Sentiment.Vader;

/// <summary>
/// The scores of one text with the evidence behind them, from <see cref="VaderScorer.ScoreWithEvidence"/>.
/// </summary>
/// <param name="Scores">The same figures <see cref="VaderScorer.Score"/> returns.</param>
/// <param name="Tokens">Every scored token, in order, with its valence and the rules that applied.</param>
/// <param name="PunctuationAmplifier">
/// The emphasis from "!" and "?" (0 to 2.128) that was added in the direction of the sum's sign.
/// </param>
public sealed record VaderResult(VaderScores Scores, IReadOnlyList<VaderTokenEvidence> Tokens, double PunctuationAmplifier);
