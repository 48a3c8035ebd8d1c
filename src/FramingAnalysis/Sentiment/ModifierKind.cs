namespace FramingAnalysis.Sentiment;

/// <summary>What a modifier word or phrase does to the sentiment words around it.</summary>
internal enum ModifierKind
{
    /// <summary>Raises the magnitude of a following sentiment word (<c>very</c>, <c>muy</c>).</summary>
    Booster,

    /// <summary>Lowers the magnitude of a following sentiment word (<c>slightly</c>, <c>un poco</c>).</summary>
    Dampener,

    /// <summary>Flips and shrinks a following sentiment word (<c>not</c>, <c>nunca</c>).</summary>
    Negator,

    /// <summary>Shifts weight to the clause after it (<c>but</c>, <c>pero</c>, <c>sin embargo</c>).</summary>
    Contrast,

    /// <summary>Opens a concessive clause that weighs less (<c>although</c>, <c>aunque</c>).</summary>
    Concession,
}
