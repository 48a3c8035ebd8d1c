using System.Collections.Frozen;
using FramingAnalysis.Internal;
using FramingAnalysis.Languages;

namespace FramingAnalysis.Text;

/// <summary>
/// Tells English from Spanish (and from everything else) in a paragraph, a tweet or a one-word reader comment.
/// </summary>
/// <remarks>
/// <para>
/// A small naive-Bayes-style model written for this library, with three classes: English, Spanish and "other". The
/// log-score of each language adds three kinds of evidence (see <see cref="Identify(ReadOnlySpan{char})"/> for the
/// constants):
/// </para>
/// <list type="number">
/// <item><description><b>Frequent words.</b> Each word found in <c>langid.en.tsv</c> or <c>langid.es.tsv</c> (about 450
/// function and frequent words each, written by us) adds its weight, in nats. Words in both lists (<c>a</c>,
/// <c>no</c>, <c>hospital</c>) add to both and cancel out.</description></item>
/// <item><description><b>Orthographic cues.</b> <c>¿</c>, <c>¡</c>, <c>ñ</c> and accented vowels for Spanish, with
/// <c>-ción</c> and <c>-mente</c>; contractions (<c>'s</c>, <c>n't</c>), <c>wh-</c>, <c>th</c>, <c>-ing</c>,
/// <c>-tion</c> for English; letters such as <c>ç</c>, <c>ã</c>, <c>è</c>, <c>ß</c> for
/// "other".</description></item>
/// <item><description><b>Character trigrams.</b> The log-probability of each letter given the two before it, within
/// each word padded with spaces, under interpolated trigram/bigram/unigram profiles built at start-up from original
/// sentences we wrote (<c>langid.sentences.tsv</c>, about a thousand words per language) and the two word lists.
/// "Other" scores the letters as the nearer of the two languages minus 0.05 nats per trigram (another Latin-script
/// language), or as uniform over the 30-symbol alphabet when that is higher (strings unlike any language). A word listed
/// in both languages (<c>a</c>, <c>no</c>, <c>ok</c>) adds no letter evidence.</description></item>
/// </list>
/// <para>
/// A capitalized word that does not open a sentence (<c>Costa Serena</c>, <c>El Faro</c>) is probably a name; its
/// evidence of all three kinds is scaled by 0.3, so that Spanish place names do not make an English headline Spanish.
/// </para>
/// <para>
/// A registered <see cref="Languages.LanguagePack"/> with an <see cref="Languages.LanguagePack.Identification"/> profile
/// adds a class of its own (<see cref="Default"/> includes every such pack): the same prior, its listed words and its
/// trigram profile, no orthographic cues; "other" then reads letters as the nearest of all languages. Without such
/// packs the model is exactly the three-class one described here.
/// </para>
/// <para>
/// The posterior of each class is the softmax of the three scores. The answer is <c>und</c> when the text has no
/// words (empty, emoji, numbers, links and @mentions are skipped), when most letters are not Latin, when "other" wins
/// (distinctive Portuguese, French, Italian or German function words in <c>langid.other.tsv</c>, or letter
/// sequences unlike both languages), or when the best of English and Spanish has a posterior below 0.6.
/// </para>
/// <para>
/// The words are read from the <see cref="Tokenizer"/>'s word and hashtag tokens (links, e-mail addresses, @mentions,
/// numbers and emoji are not words): each token's runs of letters with inner apostrophes, so <c>far-right</c> is two
/// words and <c>#CárcelYa</c> is one. <see cref="TextPipeline"/> passes the keys it has already folded, so that in the
/// text stage language identification does not walk or fold the text a second time.
/// </para>
/// <para>
/// Immutable and thread-safe; one instance (<see cref="Default"/>) serves the whole process. <see cref="Identify(ReadOnlySpan{char})"/>
/// does not allocate: it enumerates tokens, folds each word into a stack buffer and looks words up by span (short words
/// by a packed key, longer ones behind a one-sided filter in a frozen dictionary). Cost is linear in the text up to
/// <see cref="MaxWords"/> words, after which the rest is ignored.
/// </para>
/// </remarks>
public sealed partial class LanguageIdentifier
{
    /// <summary>Words longer than this (after folding) are ignored: they are links, hashes or run-together tags.</summary>
    public const int MaxWordLength = 40;

    /// <summary>Only the first this many words of a text are read; more adds nothing to a two-language decision.</summary>
    public const int MaxWords = 400;

    // Decision constants. Priors favour the two languages of the corpus; "other" must earn its place.
    private const double LogPriorLanguage = -0.7985; // ln 0.45
    private const double LogPriorOther = -2.3026; // ln 0.10
    private const double TrigramWeight = 1.0;
    private const double MinimumPosterior = 0.6;

    // Orthographic cue weights, in nats (added once per word unless said otherwise).
    private const double SpanishPunctuationCue = 3.0; // ¿ or ¡, per occurrence
    private const double EnyeCue = 2.0; // ñ in a word
    private const double SpanishAccentCue = 1.0; // á é í ó ú in a word
    private const double SpanishSuffixCue = 1.5; // -ción(es), -mente
    private const double EnglishContractionCue = 2.0; // 's n't 're 'll 've 'm 'd
    private const double EnglishSpellingCue = 1.0; // wh-, -ing, -tion(s)
    private const double EnglishLetterCue = 0.5; // th
    private const double OtherLetterCue = 2.0; // ç ã õ à è ù â ê î ô û ë ï ä ö ß å ø æ œ, per word
    private const double OtherWordWeight = 5.0; // a word of langid.other.tsv

    // A capitalized word inside a sentence is most likely a name (Costa Serena, El Faro, Donald Trump), and names are
    // weak evidence of the language around them: all its evidence is scaled by this factor.
    private const double NameWeight = 0.3;

    // "Other" Latin-script languages are modelled as looking like the nearer of English and Spanish, letter by letter,
    // minus this many nats per trigram; text unlike either (random letters) falls back to the uniform model.
    private const double OtherTrigramPenalty = 0.05;

    // The two languages of the built-in model, by the codes of their packs, in the order of LanguageGuess.Scores.
    private const string English = EnglishLanguagePack.LanguageCode;
    private const string Spanish = SpanishLanguagePack.LanguageCode;
    private static readonly string[] BuiltInModelled = [English, Spanish];

    private static readonly Lazy<LanguageIdentifier> BuiltInInstance = new(() => new LanguageIdentifier());

    // The languages scored, in order: English, Spanish, then the extra languages.
    private readonly string[] _modelled;

    // English and Spanish log-probabilities of each trigram side by side (index 2t and 2t + 1): one cache line per lookup.
    private readonly float[] _trigrams;
    // The word lists, looked up by span (packed keys for short words, a filter before the dictionary for the rest).
    private readonly WordLookup<WordEvidence> _words;

    private LanguageIdentifier()
    {
        _modelled = BuiltInModelled;
        _extras = [];
        Languages = Array.AsReadOnly(_modelled);
        var (english, spanish) = BuildTrigramProfiles();
        _trigrams = new float[english.Length * 2];
        for (int i = 0; i < english.Length; i++)
        {
            _trigrams[2 * i] = english[i];
            _trigrams[(2 * i) + 1] = spanish[i];
        }

        // The listed words are the most frequent words of running text: their letter evidence is worked out once here,
        // by the same code as for any other word, so that scoring one adds stored sums instead of walking its letters.
        var words = LoadWordEvidence().ToFrozenDictionary(
            kv => kv.Key, kv => kv.Value with { Letters = Letters(kv.Key) }, StringComparer.Ordinal);
        _words = new WordLookup<WordEvidence>(words);
    }

    /// <summary>Guesses the language of a span of text.</summary>
    /// <param name="text">Any text: a title, a paragraph, a comment, a sentence.</param>
    /// <returns>The guess with its confidence and the posterior of each language; see <see cref="LanguageGuess"/>.</returns>
    public LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        var evidence = Begin(text);
        Span<char> folded = stackalloc char[MaxWordLength * TermNormalizer.MaxExpansion];
        foreach (var token in Tokenizer.Default.Enumerate(text))
        {
            if (evidence.Words >= MaxWords)
            {
                break;
            }

            if (token.Kind is TokenKind.Word or TokenKind.Hashtag)
            {
                AddToken(text, token, default, false, folded, ref evidence);
            }
        }

        return Decide(in evidence);
    }

    /// <summary>Guesses the language of a string; see <see cref="Identify(ReadOnlySpan{char})"/>.</summary>
    /// <param name="text">Any text; <see langword="null"/> is treated as empty.</param>
    public LanguageGuess Identify(string? text) => Identify(text.AsSpan());

    private void ScoreWord(ReadOnlySpan<char> word, double weight, ref Evidence evidence)
    {
        evidence.Words++;
        if (_words.TryGetValue(word, out WordEvidence weights))
        {
            evidence.WordEn += weight * weights.English;
            evidence.WordEs += weight * weights.Spanish;
            evidence.WordOther += weight * weights.Other;
            if (weights.English > 0 && weights.Spanish > 0)
            {
                // A word listed as frequent in both languages (a, no, me, ok, plan) says nothing through its letters.
                if (_extras.Length != 0)
                {
                    ScoreExtras(word, weight, letters: false);
                }

                return;
            }

            AddLetters(weights.Letters, word.Length, weight, ref evidence);
            if (_extras.Length != 0)
            {
                ScoreExtras(word, weight, letters: true);
            }

            return;
        }

        var letters = Letters(word);
        AddLetters(letters, word.Length, weight, ref evidence);
        if (_extras.Length != 0)
        {
            ScoreExtras(word, weight, letters: true);
        }
    }

    /// <summary>
    /// The letter evidence of a folded word: its trigram log-probabilities in each language and its spelling cues.
    /// The word is read as [boundary, boundary, w0 … wn-1, boundary]: n + 1 trigrams, so that the first letter and the
    /// end of the word count too. The same pass notes ñ and "th" for the spelling cues.
    /// </summary>
    private LetterEvidence Letters(ReadOnlySpan<char> word)
    {
        double en = 0;
        double es = 0;
        int a = Boundary;
        int b = Boundary;
        bool enye = false;
        bool th = false;
        var trigrams = _trigrams;
        foreach (char letter in word)
        {
            int c = Symbol(letter);
            enye |= c == EnyeSymbol;
            th |= (b == 't' - 'a' + 1) & (c == 'h' - 'a' + 1);
            int index = 2 * TrigramIndex(a, b, c);
            en += trigrams[index];
            es += trigrams[index + 1];
            a = b;
            b = c;
        }

        // The closing boundary, last, as in the profiles' counts.
        int end = 2 * TrigramIndex(a, b, Boundary);
        en += trigrams[end];
        es += trigrams[end + 1];
        return new LetterEvidence(en, es, SpellingCues(word, enye, th));
    }

    /// <summary>Adds a word's letter evidence, scaled by its weight (1, or <see cref="NameWeight"/> for a likely name).</summary>
    private static void AddLetters(LetterEvidence letters, int length, double weight, ref Evidence evidence)
    {
        AddSpellingCues(letters.Cues, weight, ref evidence);
        evidence.TrigramEn += weight * letters.English;
        evidence.TrigramEs += weight * letters.Spanish;
        evidence.Trigrams += weight * (length + 1);
    }

    // Title-case word (Serena, McDonald) that does not open a sentence: a name, most likely.
    private static bool IsLikelyName(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]) || !HasLowercase(word[1..]))
        {
            return false;
        }

        for (int i = start - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is '\n' or '.' or '!' or '?' or '¿' or '¡' or ':' or '"' or '“' or '«' or '(' or '-' or '—')
            {
                return false;
            }

            if (!char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLowercase(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddRawCues(ReadOnlySpan<char> raw, double weight, ref Evidence evidence)
    {
        bool spanishAccent = false;
        bool otherLetter = false;
        foreach (char c in raw)
        {
            if (c < '\u00C0')
            {
                continue;
            }

            switch (c)
            {
                case 'á' or 'é' or 'í' or 'ó' or 'ú' or 'Á' or 'É' or 'Í' or 'Ó' or 'Ú':
                    spanishAccent = true;
                    break;
                case 'ç' or 'ã' or 'õ' or 'à' or 'è' or 'ù' or 'â' or 'ê' or 'î' or 'ô' or 'û' or 'ë' or 'ï' or 'ä'
                    or 'ö' or 'ß' or 'å' or 'ø' or 'æ' or 'œ' or 'Ç' or 'Ã' or 'Õ' or 'À' or 'È' or 'Ê' or 'Ô' or 'Ä'
                    or 'Ö':
                    otherLetter = true;
                    break;
            }
        }

        if (spanishAccent)
        {
            evidence.CueEs += weight * SpanishAccentCue;
        }

        if (otherLetter)
        {
            evidence.CueOther += weight * OtherLetterCue;
        }
    }

    /// <summary>Which spelling cues a folded word shows (<paramref name="enye"/> and <paramref name="th"/> come from the letter pass).</summary>
    private static SpellingCue SpellingCues(ReadOnlySpan<char> w, bool enye, bool th)
    {
        // The endings, sorted by their last letter so that a word is compared with the few that can match:
        // Spanish -cion, -ciones, -mente; English 's n't 're 'll 've 'm 'd; English -ing, -tion, -tions (and wh-).
        bool spanishSuffix = false;
        bool contraction = false;
        bool spelling = w.StartsWith("wh");
        switch (w.IsEmpty ? '\0' : w[^1])
        {
            case 'n':
                spanishSuffix = w.EndsWith("cion");
                spelling |= w.EndsWith("tion");
                break;
            case 's':
                spanishSuffix = w.EndsWith("ciones");
                contraction = w.EndsWith("'s");
                spelling |= w.EndsWith("tions");
                break;
            case 'e':
                spanishSuffix = w.Length > 6 && w.EndsWith("mente");
                contraction = w.EndsWith("'re") || w.EndsWith("'ve");
                break;
            case 'g':
                spelling |= w.Length > 4 && w.EndsWith("ing");
                break;
            case 't':
                contraction = w.EndsWith("n't");
                break;
            case 'l':
                contraction = w.EndsWith("'ll");
                break;
            case 'm':
                contraction = w.EndsWith("'m");
                break;
            case 'd':
                contraction = w.EndsWith("'d");
                break;
        }

        return (enye ? SpellingCue.Enye : 0)
            | (spanishSuffix ? SpellingCue.SpanishSuffix : 0)
            | (contraction ? SpellingCue.Contraction : 0)
            | (spelling ? SpellingCue.EnglishSpelling : 0)
            | (th ? SpellingCue.Th : 0);
    }

    /// <summary>Adds the weights of a word's spelling cues, always in the same order (so that sums do not depend on the path).</summary>
    private static void AddSpellingCues(SpellingCue cues, double weight, ref Evidence evidence)
    {
        if (cues == 0)
        {
            return;
        }

        if ((cues & SpellingCue.Enye) != 0)
        {
            evidence.CueEs += weight * EnyeCue;
        }

        if ((cues & SpellingCue.SpanishSuffix) != 0)
        {
            evidence.CueEs += weight * SpanishSuffixCue;
        }

        if ((cues & SpellingCue.Contraction) != 0)
        {
            evidence.CueEn += weight * EnglishContractionCue;
        }

        if ((cues & SpellingCue.EnglishSpelling) != 0)
        {
            evidence.CueEn += weight * EnglishSpellingCue;
        }

        if ((cues & SpellingCue.Th) != 0)
        {
            evidence.CueEn += weight * EnglishLetterCue;
        }
    }

    private LanguageGuess Decide(in Evidence e)
    {
        if (e.Words == 0)
        {
            return e.NonLatinLetters > 0
                ? new LanguageGuess(LanguageGuess.Undetermined, 1.0, default, 0)
                : LanguageGuess.None;
        }

        if (e.NonLatinLetters > e.LatinLetters)
        {
            double share = (double)e.NonLatinLetters / (e.NonLatinLetters + e.LatinLetters);
            return new LanguageGuess(LanguageGuess.Undetermined, share, default, e.Words);
        }

        if (_extras.Length != 0)
        {
            return DecideWithExtras(in e);
        }

        double en = LogPriorLanguage + (TrigramWeight * e.TrigramEn) + e.WordEn + e.CueEn;
        double es = LogPriorLanguage + (TrigramWeight * e.TrigramEs) + e.WordEs + e.CueEs;
        double otherTrigrams = Math.Max(
            e.Trigrams * UniformTrigramLogProbability,
            Math.Max(e.TrigramEn, e.TrigramEs) - (e.Trigrams * OtherTrigramPenalty));
        double other = LogPriorOther + (TrigramWeight * otherTrigrams) + e.WordOther + e.CueOther;

        double max = Math.Max(en, Math.Max(es, other));
        double pEn = Math.Exp(en - max);
        double pEs = Math.Exp(es - max);
        double pOther = Math.Exp(other - max);
        double sum = pEn + pEs + pOther;
        pEn /= sum;
        pEs /= sum;
        pOther /= sum;

        if (pEn >= MinimumPosterior && pEn > pEs)
        {
            return new LanguageGuess(English, pEn, new LanguageScores(_modelled, [pEn, pEs]), e.Words);
        }

        if (pEs >= MinimumPosterior && pEs > pEn)
        {
            return new LanguageGuess(Spanish, pEs, new LanguageScores(_modelled, [pEn, pEs]), e.Words);
        }

        return new LanguageGuess(LanguageGuess.Undetermined, pOther, new LanguageScores(_modelled, [pEn, pEs]), e.Words);
    }

    // Whether every character is below U+00C0 (a plain loop: words are short, and no vectorized call's setup pays off).
    private static bool AllBelowLatin1Letters(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c >= '\u00C0')
            {
                return false;
            }
        }

        return true;
    }

    // Letters outside Latin (U+0000–U+024F) and Latin Extended Additional (U+1E00–U+1EFF).
    private static int CountNonLatinLetters(ReadOnlySpan<char> word)
    {
        int count = 0;
        foreach (char c in word)
        {
            if (c > '\u024F' && c is not (>= '\u1E00' and <= '\u1EFF') && c is not (>= '\u0300' and <= '\u036F')
                && c is not ('\u2019' or '\u02BC') && char.IsLetter(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Running sums for one call; lives on the stack.</summary>
    private struct Evidence
    {
        public double TrigramEn;
        public double TrigramEs;
        public double Trigrams;
        public double WordEn;
        public double WordEs;
        public double WordOther;
        public double CueEn;
        public double CueEs;
        public double CueOther;
        public int Words;
        public int LatinLetters;
        public int NonLatinLetters;
    }

    /// <summary>
    /// The evidence a listed word carries for each class, in nats, with its letter evidence worked out in advance
    /// (unused for a word listed in both languages).
    /// </summary>
    private readonly record struct WordEvidence(float English, float Spanish, float Other)
    {
        public LetterEvidence Letters { get; init; }
    }

    /// <summary>A folded word's summed trigram log-probabilities (in nats, unweighted) and its spelling cues.</summary>
    private readonly record struct LetterEvidence(double English, double Spanish, SpellingCue Cues);

    /// <summary>The spelling cues of one word.</summary>
    [Flags]
    private enum SpellingCue : byte
    {
        Enye = 1,
        SpanishSuffix = 2,
        Contraction = 4,
        EnglishSpelling = 8,
        Th = 16,
    }
}
