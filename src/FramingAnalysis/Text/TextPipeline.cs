using System.Runtime.InteropServices;
using FramingAnalysis.Internal;
using FramingAnalysis.Languages;

namespace FramingAnalysis.Text;

/// <summary>
/// The text stage as one call: tokenize, split sentences, fold every token's lookup key, decide the language from those
/// tokens and keys, stem in that language, and hash each key and stem for the lexicon matchers. Immutable and
/// thread-safe; build one and share it.
/// </summary>
/// <remarks>
/// Cost: linear in the text length. <see cref="Analyze(string, string?)"/> allocates a fixed handful of exact-size
/// arrays (tokens, sentences, keys), never one per token; the working buffers are per thread and reused.
/// </remarks>
public sealed class TextPipeline
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _splitter;
    // Null for the default pipeline: it reads LanguageIdentifier.Default at each call, so that a language pack
    // registered later is identified too.
    private readonly LanguageIdentifier? _languages;

    /// <summary>
    /// The pipeline with the default tokenizer and sentence splitter, and the language identifier of the registered packs
    /// (<see cref="LanguageIdentifier.Default"/>, looked up for each text).
    /// </summary>
    public static TextPipeline Default { get; } = new(Tokenizer.Default, SentenceSplitter.Default);

    private TextPipeline(Tokenizer tokenizer, SentenceSplitter splitter)
    {
        _tokenizer = tokenizer;
        _splitter = splitter;
    }

    /// <summary>Makes a pipeline from its parts.</summary>
    public TextPipeline(Tokenizer tokenizer, SentenceSplitter splitter, LanguageIdentifier languages)
    {
        _tokenizer = tokenizer ?? throw new ArgumentNullException(nameof(tokenizer));
        _splitter = splitter ?? throw new ArgumentNullException(nameof(splitter));
        _languages = languages ?? throw new ArgumentNullException(nameof(languages));
    }

    /// <summary>
    /// The stemmer used for a language code: that of its registered pack (<see cref="LanguagePacks.Find(string)"/>), or
    /// the default pack's for a language no pack serves (<c>und</c>).
    /// </summary>
    public static IStemmer StemmerFor(string language) => LanguagePacks.FindOrDefault(language).Stemmer;

    /// <summary>
    /// Analyzes a text. When <paramref name="declaredLanguage"/> is given (a BCP-47 tag) its primary subtag is used as
    /// the language hint; the identifier still runs on the text, and a confident detection of another language it models
    /// overrides the declaration (a Spanish article can quote an English post), unless the declared language is served by
    /// a registered pack that the identifier does not model.
    /// </summary>
    public AnalyzedText Analyze(string text, string? declaredLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Its own per-thread buffers, separate from AnalyzeScratch's: a scorer that calls Analyze while the analyzer
        // holds the scratch result must not overwrite it. Nothing runs between the fill and the copy.
        return Fill(Rent(ref t_copySource, text.Length), text, declaredLanguage, null).Freeze();
    }

    /// <summary>
    /// Like <see cref="Analyze(string, string?)"/>, but fills this thread's reusable instance instead of allocating one:
    /// the result is valid only until the next call on the same thread, and must not be kept or shared. After warm-up
    /// a call allocates nothing. Used by <see cref="Analysis.FramingAnalyzer"/>, whose results never hold the text.
    /// </summary>
    internal AnalyzedText AnalyzeScratch(string text, string? declaredLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fill(Rent(ref t_scratch, text.Length), text, declaredLanguage, null);
    }

    /// <summary>
    /// <see cref="AnalyzeScratch(string, string?)"/> for a text whose language is already decided (by an earlier pass):
    /// no language identification, and <paramref name="language"/> is used as it is.
    /// </summary>
    internal AnalyzedText AnalyzeScratch(string text, string language, double confidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fill(Rent(ref t_scratch, text.Length), text, null, (language, confidence));
    }

    /// <summary>
    /// Like <see cref="AnalyzeScratch(string, string?)"/>, but fills this thread's reusable instance number
    /// <paramref name="slot"/> (0, 1, 2, … grow the thread's pool), so that the texts of several units (one article) stay
    /// valid together: until the next call with the same slot on the same thread (slots from 128 on, and texts above 64K
    /// characters, get instances of their own). Separate from
    /// <see cref="AnalyzeScratch(string, string?)"/>'s instance.
    /// </summary>
    internal AnalyzedText AnalyzePooled(int slot, string text, string? declaredLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        var scratch = slot < MaxPooled ? Rent(ref (t_pool ??= new Scratch?[MaxPooled])[slot], text.Length) : new Scratch();
        return Fill(scratch, text, declaredLanguage, null);
    }

    // Tokens whose folded form could exceed this many characters (URLs, runs without spaces) are not stemmed.
    private const int LongToken = 256;

    // Texts above this many characters get buffers of their own, so a thread does not keep a huge buffer alive.
    private const int LargeText = 1 << 16;

    // A thread keeps at most this many pooled instances (units of one article); further units get buffers of their own.
    private const int MaxPooled = 128;

    private static Scratch Rent(ref Scratch? slot, int length) => length > LargeText ? new Scratch() : slot ??= new Scratch();

    /// <summary>
    /// The text stage into <paramref name="scratch"/>: tokens, sentences, keys, then the language (<paramref name="decided"/>,
    /// or identified from the tokens and keys and weighed against <paramref name="declared"/>), then stems in that language
    /// and each token's lookup hashes.
    /// </summary>
    private AnalyzedText Fill(Scratch scratch, string text, string? declared, (string Language, double Confidence)? decided)
    {
        var result = scratch.Text;
        result.Reset(text, "und", 0, (text.Length * TermNormalizer.MaxExpansion * 2) + 16);

        scratch.Tokens.Clear();
        _tokenizer.Tokenize(text, scratch.Tokens);
        var tokens = CollectionsMarshal.AsSpan(scratch.Tokens);
        result.SetTokens(tokens);
        scratch.Sentences.Clear();
        _splitter.Split(text, tokens, scratch.Sentences);
        result.SetSentences(CollectionsMarshal.AsSpan(scratch.Sentences));

        // Keys first, back to back in one buffer: the language identifier reads them.
        var keys = result.KeyBuffer;
        var keyStart = result.KeyStarts;
        var keyEnd = result.KeyEnds;
        var at = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].Slice(text);
            keyStart[i] = at;
            var n = TermNormalizer.Fold(token, keys[at..]);

            // Very long tokens (URLs, runs without spaces) keep their raw lower-cased form; others lose a possessive by
            // shortening (the key is a prefix of the folded form).
            at += token.Length * TermNormalizer.MaxExpansion > LongToken ? n : TermNormalizer.StripPossessive(keys.Slice(at, n)).Length;
            keyEnd[i] = at;
        }

        var languages = _languages ?? LanguageIdentifier.Default;
        var (language, confidence) = decided ?? Decide(languages, languages.Identify(text, tokens, keys[..at], keyStart, keyEnd), declared);
        result.SetLanguage(language, confidence);

        // Then the stems, after the keys. A stem equal to its key is not written again: it shares the key's characters
        // (AnalyzedText.StemIsKey); very long tokens have an empty stem. With each stem, the token's hashes that every
        // lexicon matcher tests first, once per token instead of once per matcher.
        var stemmer = StemmerFor(language);
        var stemStart = result.StemStarts;
        var stemEnd = result.StemEnds;
        var hashes = result.Hashes;
        for (var i = 0; i < tokens.Length; i++)
        {
            var key = keys[keyStart[i]..keyEnd[i]];
            stemStart[i] = keyStart[i];
            stemEnd[i] = keyEnd[i];
            if (tokens[i].Length * TermNormalizer.MaxExpansion > LongToken)
            {
                stemStart[i] = stemEnd[i] = keyEnd[i];
                hashes[i] = TokenHashes.Of(key, default, false);
                continue;
            }

            if (tokens[i].Kind == TokenKind.Word)
            {
                var n = stemmer.Stem(key, keys[at..]);
                var stem = keys.Slice(at, n);
                if (!stem.SequenceEqual(key))
                {
                    stemStart[i] = at;
                    at += n;
                    stemEnd[i] = at;
                    hashes[i] = TokenHashes.Of(key, stem, false);
                    continue;
                }
            }

            hashes[i] = TokenHashes.Of(key, key, true);
        }

        result.SetKeysLength(at);
        return result;
    }

    [ThreadStatic]
    private static Scratch? t_scratch;

    [ThreadStatic]
    private static Scratch? t_copySource;

    [ThreadStatic]
    private static Scratch?[]? t_pool;

    /// <summary>One thread's reusable buffers.</summary>
    private sealed class Scratch
    {
        public readonly List<Token> Tokens = new(1024);
        public readonly List<SentenceSpan> Sentences = new(64);
        public readonly AnalyzedText Text = new();
    }

    /// <summary>
    /// The language the scorers use: the detected one when nothing (or nothing valid) is declared; otherwise the declared
    /// primary subtag, unless the text is confidently (≥ 0.9) another language the identifier models. The identifier
    /// outvotes only a declaration it can judge: text declared in the language of a registered pack that the identifier
    /// does not model keeps its declaration (a pack without a <see cref="LanguagePack.Identification"/> profile: without
    /// one, the built-in model reads a toy Esperanto text as Spanish).
    /// </summary>
    private static (string Language, double Confidence) Decide(LanguageIdentifier languages, LanguageGuess guess, string? declared)
    {
        if (declared is null || !LanguageCodes.TryNormalize(declared, out var normalized))
        {
            return (guess.Language, guess.Confidence);
        }

        var primary = LanguageCodes.Primary(normalized);
        if (guess.Language != primary && guess.Language != LanguageGuess.Undetermined && guess.Confidence >= 0.9
            && (languages.Models(primary) || !LanguagePacks.IsRegistered(primary)))
        {
            return (guess.Language, guess.Confidence);
        }

        return (primary, 1.0);
    }
}
