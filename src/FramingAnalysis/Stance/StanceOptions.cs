namespace FramingAnalysis.Stance;

/// <summary>Options of the rule stance scorer (see <see cref="RuleStanceScorer"/> for how each weight is used). Immutable.</summary>
public sealed record StanceOptions
{
    /// <summary>The defaults documented on each property.</summary>
    public static StanceOptions Default { get; } = new();

    /// <summary>Score at or above this is favor, at or below its negation against (default 0.15).</summary>
    public double Threshold { get; init; } = 0.1;

    /// <summary>Weight of a word's lexicon valence (valence / 4) in a sentence about a target, before its position weight. Default 1.2.</summary>
    public double ClauseSentimentWeight { get; init; } = 1.2;

    /// <summary>Multiplier of comment-style cues in reader comments (default 1.5).</summary>
    public double CommentCueBoost { get; init; } = 1.5;

    /// <summary>Position weight of a word or cue attached to the mention: modifier, predicate or apposition (default 1.0).</summary>
    public double AttachedWeight { get; init; } = 1.0;

    /// <summary>Position weight of a word or cue elsewhere in the mention's clause, or anywhere in a sentence read as about the target (default 0.7).</summary>
    public double ClauseWeight { get; init; } = 0.7;

    /// <summary>Position weight of a word's valence in another clause of the sentence (default 0: the sentence's compound covers it).</summary>
    public double OtherClauseWeight { get; init; }

    /// <summary>
    /// Position weight of a word's valence in another clause of a sentence that names good or bad things (topic words
    /// of the effect lexicon), whose compound is taken without the topic words (default 0.2).
    /// </summary>
    public double TopicalOtherClauseWeight { get; init; } = 0.2;

    /// <summary>Position weight of a stance cue in another clause of the sentence (default 0.6).</summary>
    public double OtherClauseCueWeight { get; init; } = 0.6;

    /// <summary>Weight of a good-for/bad-for event (predicate weight × thing weight × this). Default 0.9.</summary>
    public double EffectWeight { get; init; } = 0.9;

    /// <summary>Share of <see cref="EffectWeight"/> for a predicate whose object is the target itself (<c>support X</c>). Default 0.6.</summary>
    public double EffectOnTargetWeight { get; init; } = 0.6;

    /// <summary>Weight of the sentiment scorer's compound of a sentence about a target (default 1.0).</summary>
    public double SentenceSentimentWeight { get; init; } = 1.0;

    /// <summary>
    /// Scale of the sentence compound for a target outside the reported speech of its sentence (usually its speaker:
    /// what a speaker says is their stance, not a stance toward them). Default 0.1.
    /// </summary>
    public double SpeakerSentenceWeight { get; init; } = 0.1;

    /// <summary>
    /// Scale of the sentiment (not the stance cues) of a comment that never names a target and is read as about the
    /// article's targets: its mood says less about a target than the same words next to its name (default 0.15).
    /// </summary>
    public double ArticleCarryWeight { get; init; } = 0.15;

    /// <summary>Scale of the evaluation in the sentences of a unit that are about no target, added to the targets the unit's own voice names (default 0.6; 0 turns it off).</summary>
    public double UnitBackoffWeight { get; init; } = 0.6;

    /// <summary>Whether a capitalized word inside a sentence (a name, or part of one) is left out of the word valences (default true).</summary>
    public bool SkipCapitalizedWords { get; init; } = true;

    /// <summary>How many tokens after a good-for/bad-for predicate its object may start (default 3).</summary>
    public int EffectObjectReach { get; init; } = 3;
}
