namespace FramingAnalysis.Analysis;

/// <summary>An analyzed article: the article and its unit analyses in reading order. Immutable.</summary>
/// <param name="Article">The article.</param>
/// <param name="Units">One analysis per unit, boilerplate included, in reading order.</param>
public sealed record ArticleAnalysis(Article Article, IReadOnlyList<UnitAnalysis> Units);
