namespace FramingAnalysis.ML;

/// <summary>
/// Which features a model is built from. Saved in the model's metadata so that prediction rebuilds exactly the
/// features the model was trained on. Immutable.
/// </summary>
/// <remarks>
/// Every feature starts from the FramingAnalysis tokenizer's tokens, normalized the way the lexicon scorers see them:
/// folded (<see cref="FramingAnalysis.Text.TermNormalizer.Fold(string)"/>), possessive-stripped and stemmed by
/// language. Numbers, URLs and e-mails become the placeholders <c>&lt;num&gt;</c>, <c>&lt;url&gt;</c>, <c>&lt;email&gt;</c>;
/// emoji, emoticons, mentions and hashtags are kept.
/// </remarks>
public sealed record FeatureSettings
{
    /// <summary>The settings used unless a caller chooses others.</summary>
    public static FeatureSettings Default { get; } = new();

    /// <summary>Longest word n-gram (all lengths from 1 up to it are used). 1–3; default 2.</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Longest character n-gram over the normalized tokens joined by spaces; 0 turns them off. Default 3.</summary>
    public int CharNgramLength { get; init; } = 3;

    /// <summary>Whether all character n-gram lengths from 1 to <see cref="CharNgramLength"/> are used, or only that length. Default false.</summary>
    public bool CharNgramAllLengths { get; init; }

    /// <summary>
    /// Whether tokens after a negator (<c>not</c>, <c>n't</c>, <c>never</c>, <c>no</c>, <c>nor</c>, <c>cannot</c>,
    /// <c>nunca</c>, <c>jamás</c>, <c>sin</c>, <c>tampoco</c>, <c>ni</c>) get the prefix <c>NEG_</c> up to the next
    /// punctuation mark (Das &amp; Chen 2001; Pang, Lee &amp; Vaithyanathan 2002). Default true.
    /// </summary>
    public bool NegationScope { get; init; } = true;

    /// <summary>
    /// Whether words in the rest of a sentence after a contrast marker (<c>but</c>, <c>however</c>, <c>although</c>,
    /// <c>yet</c>, <c>pero</c>, <c>aunque</c>, <c>sino</c>, <c>sin embargo</c>) are added a second time with the prefix
    /// <c>BUT_</c>: the clause after <em>but</em> usually carries the writer's position. Default true.
    /// </summary>
    public bool ContrastScope { get; init; } = true;

    /// <summary>
    /// Whether character n-grams run over the stems (true, the default) or over the folded, possessive-stripped words
    /// before stemming. Over stems measured about 1.5 macro-F1 points better on the stance training data.
    /// </summary>
    public bool CharNgramsOverStems { get; init; } = true;

    /// <summary>
    /// How word, character and target n-gram counts are weighted before each block is L2-normalized. Default TF-IDF,
    /// which measured 2–3 macro-F1 points above raw counts on the stance training data.
    /// </summary>
    public NgramWeighting Weighting { get; init; } = NgramWeighting.TfIdf;

    /// <summary>
    /// Whether each token is also crossed with the example's target (<c>T=tax_reform|raise</c>), so that a word can
    /// weigh for one target and against another. Default false: on <c>tests/data/stance-training.tsv</c> (three targets
    /// whose vocabularies barely overlap) it cost 1–2 macro-F1 points in 5-fold cross-validation, because the crossed
    /// copies split 450 training rows three ways. Worth trying when targets share vocabulary. No effect without targets.
    /// </summary>
    public bool TargetInteractions { get; init; }

    /// <summary>Whether the target itself is a one-hot feature. Default true; no effect on data without targets.</summary>
    public bool TargetOneHot { get; init; } = true;

    /// <summary>Whether word tokens are stemmed (English and Spanish; other languages are only folded). Default true.</summary>
    public bool Stem { get; init; } = true;

    /// <summary>
    /// Whether each mention of the example's target is replaced by the placeholder <c>&lt;target&gt;</c>, so that a model
    /// learns the context around a target rather than its name (mentions as the rule stance scorer finds them: the name,
    /// its @handle and #hashtag, acronym, surname, possessive). Default true. No effect on examples without a target.
    /// </summary>
    public bool MaskTarget { get; init; } = true;

    /// <summary>
    /// How many tokens on each side of a mention of the target are also added with the prefix <c>W_</c>, so that the words
    /// near the target weigh apart from the rest of the text; 0 turns the window off. Default 3.
    /// </summary>
    public int TargetWindow { get; init; } = 3;

    /// <summary>
    /// Whether the rule scorers' verdicts are features (stacking): the rule stance score toward the target and its label,
    /// its evidence summed by kind (sentence and word sentiment, good-for/bad-for effects, evaluative, endorsement,
    /// opposition, hedge and comment cues), and the rule sentiment of the text. The built-in lexicons then give a model
    /// what its training set lacks. Default true.
    /// </summary>
    public bool LexiconFeatures { get; init; } = true;

    /// <summary>
    /// The settings of models saved before the target-aware features existed (model metadata format 1): the same as
    /// these, with <see cref="MaskTarget"/>, <see cref="TargetWindow"/> and <see cref="LexiconFeatures"/> off.
    /// </summary>
    internal FeatureSettings WithoutTargetAwareFeatures() => this with { MaskTarget = false, TargetWindow = 0, LexiconFeatures = false };

    /// <summary>Whether any feature needs the target's mentions or the lexicon scorers.</summary>
    internal bool NeedsTargetView => MaskTarget || TargetWindow > 0 || LexiconFeatures;

    /// <summary>Throws when a setting is out of range.</summary>
    public void Validate()
    {
        if (WordNgramLength is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(WordNgramLength), WordNgramLength, "Word n-gram length must be 1–3.");
        }

        if (CharNgramLength is < 0 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(CharNgramLength), CharNgramLength, "Character n-gram length must be 0 (off) to 6.");
        }

        if (TargetWindow is < 0 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(TargetWindow), TargetWindow, "The target window must be 0 (off) to 20 tokens.");
        }
    }
}
