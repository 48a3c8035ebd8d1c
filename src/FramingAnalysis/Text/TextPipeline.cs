namespace FramingAnalysis.Text;

/// <summary>
/// The text stage as one call: tokenize, split sentences, decide the language, and compute every token's lookup key
/// and stem. Immutable and thread-safe; build one and share it.
/// </summary>
/// <remarks>
/// Cost: linear in the text length. Allocations per call are a fixed handful of arrays (tokens, sentences, keys),
/// never one per token.
/// </remarks>
public sealed class TextPipeline
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _splitter;
    private readonly LanguageIdentifier _languages;

    /// <summary>The pipeline with the default tokenizer, sentence splitter and language identifier.</summary>
    public static TextPipeline Default { get; } = new(Tokenizer.Default, SentenceSplitter.Default, LanguageIdentifier.Default);

    /// <summary>Makes a pipeline from its parts.</summary>
    public TextPipeline(Tokenizer tokenizer, SentenceSplitter splitter, LanguageIdentifier languages)
    {
        _tokenizer = tokenizer ?? throw new ArgumentNullException(nameof(tokenizer));
        _splitter = splitter ?? throw new ArgumentNullException(nameof(splitter));
        _languages = languages ?? throw new ArgumentNullException(nameof(languages));
    }

    /// <summary>The stemmer used for a language code (<c>es</c> → Spanish; anything else → English).</summary>
    public static IStemmer StemmerFor(string language) =>
        language.StartsWith("es", StringComparison.Ordinal) ? SpanishStemmer.Instance : EnglishStemmer.Instance;

    /// <summary>
    /// Analyzes a text. When <paramref name="declaredLanguage"/> is given (a BCP-47 tag) its primary subtag is used as
    /// the language hint; the identifier still runs on the text, and a confident detection of the other supported
    /// language overrides the declaration (a Spanish article can quote an English post).
    /// </summary>
    public AnalyzedText Analyze(string text, string? declaredLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokenList = new List<Token>(Math.Max(4, text.Length / 5));
        _tokenizer.Tokenize(text, tokenList);
        var tokens = tokenList.ToArray();
        var sentenceList = new List<SentenceSpan>(Math.Max(1, text.Length / 80));
        _splitter.Split(text, tokens, sentenceList);

        var (language, confidence) = DecideLanguage(text, declaredLanguage);
        var stemmer = StemmerFor(language);

        // Keys: the folded key then the stem, for each token, back to back in one buffer.
        var keys = new char[(text.Length * TermNormalizer.MaxExpansion * 2) + 16];
        var keyStart = new int[tokens.Length];
        var stemStart = new int[tokens.Length];
        var at = 0;
        Span<char> fold = stackalloc char[256];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].Slice(text);
            keyStart[i] = at;
            if (token.Length * TermNormalizer.MaxExpansion > fold.Length)
            {
                // Very long tokens (URLs, runs without spaces) keep their raw lower-cased form.
                var n = TermNormalizer.Fold(token, keys.AsSpan(at));
                stemStart[i] = at + n;
                at += n;
                continue;
            }

            var folded = fold[..TermNormalizer.Fold(token, fold)];
            var key = TermNormalizer.StripPossessive(folded);
            key.CopyTo(keys.AsSpan(at));
            at += key.Length;
            stemStart[i] = at;
            if (tokens[i].Kind == TokenKind.Word)
            {
                at += stemmer.Stem(key, keys.AsSpan(at));
            }
            else
            {
                key.CopyTo(keys.AsSpan(at));
                at += key.Length;
            }
        }

        Array.Resize(ref keys, at);
        return new AnalyzedText(text, tokens, [.. sentenceList], language, confidence, keys, keyStart, stemStart);
    }

    private (string Language, double Confidence) DecideLanguage(string text, string? declared)
    {
        var guess = _languages.Identify(text);
        if (declared is null || !LanguageCodes.TryNormalize(declared, out var normalized))
        {
            return (guess.Language, guess.Confidence);
        }

        var primary = LanguageCodes.Primary(normalized);
        if (guess.Language != primary && guess.Language != "und" && guess.Confidence >= 0.9)
        {
            return (guess.Language, guess.Confidence);
        }

        return (primary, 1.0);
    }
}
