using System.Collections.Frozen;
using FramingAnalysis.Frames;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Languages;

/// <summary>
/// Everything the library knows about one language, in one place: its code, stemmer, stopwords, sentiment and stance
/// packs, its cues and display names for the built-in policy frames, and the small word classes the rules read
/// (determiners that open a phrase, clitics a negation reaches across). Registered with
/// <see cref="LanguagePacks.Register(LanguagePack)"/>; the built-in English and Spanish packs are the first two
/// registrations, and no other code in the library names a language.
/// </summary>
/// <remarks>
/// <para>
/// To add a language, subclass this type and register an instance before building analyzers, scorers or frame sets
/// (they resolve packs when they are built or when they first meet a language; see <see cref="LanguagePacks"/>).
/// A pack for a language close to one already served (Portuguese next to Spanish) can reuse that pack's stance tables
/// or stemmer while it has none of its own; <see cref="SentimentLanguagePack.Create"/> and
/// <see cref="StanceLanguagePack.Create"/> build the two scorer packs from tables in the house TSV format.
/// </para>
/// <para>
/// Members are read once per text (never per token): the text stage asks for the stemmer of the language it decided,
/// scorers for their pack when they first meet a language. Implementations must be immutable and thread-safe, and
/// should build expensive members on first use (the built-in packs load their tables lazily).
/// </para>
/// </remarks>
public abstract class LanguagePack
{
    private static readonly FrozenSet<string> NoWords = FrozenSet<string>.Empty;

    /// <summary>
    /// The ISO 639-1 (or 639-2/3) primary subtag the pack serves, lower case (<c>pt</c>): the value of
    /// <see cref="Text.AnalyzedText.Language"/> and of corpus <c>language</c> cells. Must be an ISO 639-1 code or one of the
    /// common ISO 639-2/3 codes corpus files use.
    /// </summary>
    public abstract string Code { get; }

    /// <summary>The language's English name (<c>Portuguese</c>), for messages and documentation.</summary>
    public abstract string Name { get; }

    /// <summary>The stemmer the text stage uses for text in this language, and lexicons for their entries.</summary>
    public abstract IStemmer Stemmer { get; }

    /// <summary>The function words left out when counting content words (distinctive language, naming, features).</summary>
    public abstract Stopwords Stopwords { get; }

    /// <summary>What the rule sentiment scorer reads for this language (lexicon, idioms, modifiers, emoji).</summary>
    public abstract SentimentLanguagePack Sentiment { get; }

    /// <summary>What the rule stance scorer and the naming table read for this language (cues, effects, function words).</summary>
    public abstract StanceLanguagePack Stance { get; }

    /// <summary>
    /// The pack's cues for the built-in 15 Policy Frames (<see cref="FrameSet.PolicyFrames"/>), each with
    /// <see cref="FrameCue.Language"/> equal to <see cref="Code"/>. Empty (the default) when the pack has none: text in
    /// the language then matches only cues written for every language (<c>*</c>). Read when the built-in frame set is
    /// built (on first use, and again after a registration).
    /// </summary>
    public virtual IReadOnlyList<FrameCue> PolicyFrameCues => [];

    /// <summary>
    /// Display names and definitions of the built-in policy frames in this language, by frame id; frames left out have
    /// no name in the language. Empty by default. Read once, when the built-in frame set is built.
    /// </summary>
    public virtual IReadOnlyDictionary<string, FrameText> PolicyFrameTexts => FrozenDictionary<string, FrameText>.Empty;

    /// <summary>
    /// Folded words that open a noun phrase before its modifiers (<c>the</c>, <c>una</c>): a target alias that starts
    /// with one also matches with up to two words inserted after it (<c>the reform</c> matches <c>the controversial
    /// reform</c>). Aliases are often written in another language than the text (a Spanish place name in English news),
    /// so the alias matcher uses the words of every registered pack. Empty by default.
    /// </summary>
    public virtual IReadOnlySet<string> PhraseDeterminers => NoWords;

    /// <summary>
    /// Folded clitic pronouns that stand between a negator and its verb without widening the distance between them
    /// (Spanish <c>no me gusta</c>). Empty by default.
    /// </summary>
    public virtual IReadOnlySet<string> Clitics => NoWords;

    /// <summary>
    /// The word classes with which a negated comparison reads as a superlative (<c>nothing is better than</c>); see
    /// <see cref="ComparisonWords"/>. <see cref="ComparisonWords.None"/> by default.
    /// </summary>
    public virtual ComparisonWords Comparisons => ComparisonWords.None;

    /// <summary>
    /// The phrases by which pasted or scraped page text in this language shows chrome, bylines, dates, comment-section
    /// headers and embedded-post attributions (<see cref="PageTextCues.Parse"/> reads a table in the format of
    /// <c>page-text.tsv</c>). The unit splitter applies the phrases of every registered pack to all text
    /// (<see cref="PageTextCues.Default"/>): a page's language is often unknown when it is split. Null by default.
    /// </summary>
    public virtual PageTextCues? PageText => null;

    /// <summary>
    /// The language identifier's profile of the language (frequent words and a character-trigram profile,
    /// <see cref="LanguageIdProfile.Create"/>), so that <see cref="LanguageIdentifier.Default"/> scores it beside the
    /// others. Null by default: text in the language is then recognised by its declared language only (a declaration of
    /// a registered language the identifier does not model is kept). The built-in English and Spanish packs have none:
    /// the identifier's built-in model, whose orthographic cues are tuned for the pair, scores them.
    /// </summary>
    public virtual LanguageIdProfile? Identification => null;

    /// <summary>
    /// Whether learned models (the ML package's featurizer) add stems of this language's words to their features when
    /// their settings ask for stems. True by default; a pack whose stemmer is only a placeholder can say no.
    /// </summary>
    public virtual bool StemsLearnedFeatures => true;

    /// <summary>The code, for debugging.</summary>
    public override string ToString() => Code;
}
