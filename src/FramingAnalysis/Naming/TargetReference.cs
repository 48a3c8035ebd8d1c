namespace FramingAnalysis.Naming;

/// <summary>
/// One word a source attaches to a target where it refers to it: a modifier, an apposition word or a predicate word,
/// with its valence in the language's lexicons.
/// </summary>
/// <param name="Key">The folded word (how labels are counted: <c>exitosa</c>, <c>controversial</c>).</param>
/// <param name="Written">The word as written in the unit.</param>
/// <param name="Attachment">How the word is attached to the reference.</param>
/// <param name="Start">Offset of the word in the unit text.</param>
/// <param name="Length">Length of the word.</param>
/// <param name="Valence">The word's valence in the sentiment lexicon of the language (its scale, about −4…4), 0 when it has none.</param>
/// <param name="Evaluative">The weight of the evaluative stance cue that starts at the word (positive: favourable label), 0 when none does.</param>
public readonly record struct TargetLabel(string Key, string Written, LabelAttachment Attachment, int Start, int Length, double Valence, double Evaluative);

/// <summary>
/// One place where a unit refers to a target: the expression that matched (a name, alias or anaphor), the noun phrase
/// around it, and the label words attached to it.
/// </summary>
/// <param name="Target">The target's name.</param>
/// <param name="Voice">Whose words refer to it (the stance result's voice: outlet, quoted, embedded or audience).</param>
/// <param name="Anchor">The mention as written (<c>CECOT</c>, <c>the facility</c>, <c>la medida</c>).</param>
/// <param name="AnchorStart">Offset of the mention in the unit text.</param>
/// <param name="AnchorLength">Length of the mention.</param>
/// <param name="Phrase">The noun phrase around the mention as written (<c>El Salvador's massive gang detention facility</c>).</param>
/// <param name="PhraseStart">Offset of the phrase in the unit text.</param>
/// <param name="PhraseLength">Length of the phrase.</param>
/// <param name="Labels">The label words, in text order.</param>
internal sealed record TargetReference(string Target, Voice Voice, string Anchor, int AnchorStart, int AnchorLength, string Phrase, int PhraseStart, int PhraseLength, IReadOnlyList<TargetLabel> Labels)
{
    /// <summary>
    /// Whether the mention is a pronoun (<c>it</c>, <c>she</c>, <c>ella</c>): the stance stage resolved it to the target
    /// named last, which is a guess, so it counts as a reference but names nothing and carries no label.
    /// </summary>
    public bool IsPronoun { get; init; }
}
