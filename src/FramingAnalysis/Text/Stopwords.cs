using System.Collections.Frozen;
using FramingAnalysis.Internal;
using FramingAnalysis.Languages;

namespace FramingAnalysis.Text;

/// <summary>
/// A set of function words (articles, pronouns, prepositions, auxiliaries…) to skip when counting content words.
/// </summary>
/// <remarks>
/// <para>
/// The lists of the built-in language packs (<see cref="For(string)"/>, <see cref="LanguagePack.Stopwords"/>) are written by the FramingAnalysis contributors and ship as plain TSV
/// (<c>Lexicons/Resources/stopwords.en.tsv</c>, <c>stopwords.es.tsv</c>, about 230 words each). They keep negations
/// (<c>not</c>, <c>no</c>, <c>ni</c>) because sentiment and stance need them; callers that score negation should read
/// tokens before dropping stopwords. Entries are stored folded (<see cref="TermNormalizer.Fold(string)"/>), so
/// <see cref="Contains(ReadOnlySpan{char})"/> expects a folded term: <c>él</c> and <c>el</c> are one entry.
/// </para>
/// <para>Immutable and thread-safe. Lookups by span do not allocate.</para>
/// </remarks>
public sealed class Stopwords
{
    private readonly FrozenSet<string> _words;
    private readonly WordLookup<bool> _lookup;

    private Stopwords(string language, FrozenSet<string> words)
    {
        Language = language;
        _words = words;
        _lookup = new WordLookup<bool>(words.ToFrozenDictionary(w => w, _ => true, StringComparer.Ordinal));
    }

    /// <summary>The ISO 639-1 code of the list's language.</summary>
    public string Language { get; }

    /// <summary>The number of distinct folded entries.</summary>
    public int Count => _words.Count;

    /// <summary>The folded entries, for inspection and export.</summary>
    public IReadOnlySet<string> Words => _words;

    /// <summary>Returns the list of a language's registered pack (<see cref="LanguagePack.Stopwords"/>), loaded once and shared.</summary>
    /// <param name="language">A language code of a registered pack (case-insensitive; a tag's primary subtag is used).</param>
    /// <exception cref="ArgumentException">No registered pack serves <paramref name="language"/>.</exception>
    public static Stopwords For(string language) =>
        Find(language) ?? throw new ArgumentException($"No stopword list for language '{language}' (registered: {string.Join(", ", LanguagePacks.All.Select(p => p.Code))}); register a LanguagePack, or use Stopwords.Create.", nameof(language));

    /// <summary>The list of a language's registered pack, or an empty list for a language without one (<c>und</c>, text in an unserved language).</summary>
    /// <param name="language">A language code (case-insensitive).</param>
    internal static Stopwords ForOrNone(string language) => Find(language) ?? None;

    private static readonly Stopwords None = Create("und", []);

    private static Stopwords? Find(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return LanguagePacks.Find(language)?.Stopwords;
    }

    /// <summary>Makes a list from the caller's own words (for example, a project-specific list).</summary>
    /// <param name="language">A language code kept for reference.</param>
    /// <param name="words">The words in any case and accents; they are folded here.</param>
    public static Stopwords Create(string language, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(words);
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            if (!string.IsNullOrWhiteSpace(word))
            {
                folded.Add(TermNormalizer.Fold(word.Trim()));
            }
        }

        return new Stopwords(language, folded.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Tells whether a folded term is in the list. Does not allocate.</summary>
    /// <param name="folded">A term folded by <see cref="TermNormalizer.Fold(ReadOnlySpan{char}, Span{char})"/>.</param>
    public bool Contains(ReadOnlySpan<char> folded) => _lookup.TryGetValue(folded, out _);

    /// <summary>Loads the embedded list <c>stopwords.{language}.tsv</c> (for the built-in packs, which keep the instance).</summary>
    internal static Stopwords LoadBuiltIn(string language)
    {
        List<string[]> rows = EmbeddedTsv.ReadRows($"stopwords.{language}.tsv", "word");
        var words = new List<string>(rows.Count);
        foreach (string[] row in rows)
        {
            words.Add(row[0]);
        }

        return Create(language, words);
    }
}
