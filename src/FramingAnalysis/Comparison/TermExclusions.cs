using System.Collections.Frozen;
using FramingAnalysis.Lexicons;
using FramingAnalysis.Text;

namespace FramingAnalysis.Comparison;

/// <summary>
/// What distinctive language leaves out before it ranks terms: the words of the groups' own names, of the authors'
/// names (bylines), and the honorifics, byline words and page chrome of the table <c>term-exclusions.tsv</c>
/// (columns <c>language, kind, term</c>, with a version line; <c>*</c> rows apply to every language).
/// </summary>
/// <remarks>
/// <para>
/// A term (a word, or a pair <c>"first second"</c> of folded words) is left out when it is a two-word phrase of the
/// table, or when every word of it is a left-out word: so <c>courier</c>, <c>northbridge courier</c> and
/// <c>gazette wire</c> go, while <c>mr. vance</c> stays (a person named with a title) and so does
/// <c>courier reported</c>. Every group's name is left out of every group's list, not only its own: an outlet's name is
/// no more a framing choice in another outlet's text (a citation, a correction) than in its own.
/// </para>
/// <para>
/// The words are removed from the vocabulary before the log-odds are computed, as stopwords are, so the totals and the
/// prior do not count them. Immutable and thread-safe; the built-in table is loaded once.
/// </para>
/// </remarks>
internal sealed class TermExclusions
{
    private const string AnyLanguage = "*";
    private static readonly Lazy<TermExclusions> BuiltInTable = new(() => Load(ResourceTable.BuiltIn("term-exclusions.tsv")));

    private readonly FrozenDictionary<string, string[]> _words;
    private readonly FrozenDictionary<string, string[]> _phrases;

    private TermExclusions(Dictionary<string, List<string>> words, Dictionary<string, List<string>> phrases)
    {
        _words = words.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        _phrases = phrases.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in table (<c>Lexicons/Resources/term-exclusions.tsv</c>).</summary>
    public static TermExclusions BuiltIn => BuiltInTable.Value;

    /// <summary>Reads a table with the columns <c>language</c> and <c>term</c> (others, such as <c>kind</c>, are for readers).</summary>
    /// <exception cref="FormatException">A column is missing or a term has more than two words.</exception>
    public static TermExclusions Load(ResourceTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var language = table.Column("language");
        var term = table.Column("term");
        if (language < 0 || term < 0)
        {
            throw new FormatException($"{table.Source}: the columns 'language' and 'term' are needed");
        }

        var words = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var phrases = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, cells) in table.Rows)
        {
            if (cells.Length <= Math.Max(language, term) || cells[term].Trim().Length == 0)
            {
                continue;
            }

            var parts = cells[term].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length > 2)
            {
                throw new FormatException($"{table.Source}:{line}: a term has one or two words");
            }

            var target = parts.Length == 1 ? words : phrases;
            var code = cells[language].Trim();
            if (!target.TryGetValue(code, out var list))
            {
                target[code] = list = [];
            }

            list.Add(string.Join(' ', parts.Select(TermNormalizer.Fold)));
        }

        return new TermExclusions(words, phrases);
    }

    /// <summary>The table's left-out words (folded) for <paramref name="language"/>, including the <c>*</c> rows.</summary>
    public IEnumerable<string> Words(string language) => Rows(_words, language);

    /// <summary>The table's left-out two-word phrases (folded words joined by a space) for <paramref name="language"/>.</summary>
    public IEnumerable<string> Phrases(string language) => Rows(_phrases, language);

    /// <summary>
    /// Whether <paramref name="term"/> (a folded word or pair) is left out, given the left-out <paramref name="words"/>
    /// and <paramref name="phrases"/> of its language.
    /// </summary>
    public static bool IsExcluded(string term, IReadOnlySet<string> words, IReadOnlySet<string> phrases)
    {
        var space = term.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return words.Contains(term);
        }

        return phrases.Contains(term) || (words.Contains(term[..space]) && words.Contains(term[(space + 1)..]));
    }

    /// <summary>
    /// Adds the folded words of a name (a group key, an author) to <paramref name="words"/>: the name is folded, split at
    /// spaces and at <c>- / , ; ( ) | · @</c>, and each piece trimmed of other punctuation at its ends; pieces shorter
    /// than two characters are skipped. Allocates only for a word not yet in the set.
    /// </summary>
    public static void AddNameWords(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<char> name)
    {
        // A name longer than this is not a name (a pasted paragraph in an author field); its start is enough.
        const int MaxName = 200;
        if (name.Length > MaxName)
        {
            name = name[..MaxName];
        }

        Span<char> folded = stackalloc char[MaxName * TermNormalizer.MaxExpansion];
        ReadOnlySpan<char> rest = folded[..TermNormalizer.Fold(name, folded)];
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(Separators);
            var piece = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            var start = 0;
            var stop = piece.Length;
            while (start < stop && !char.IsLetterOrDigit(piece[start]))
            {
                start++;
            }

            while (stop > start && !char.IsLetterOrDigit(piece[stop - 1]))
            {
                stop--;
            }

            if (stop - start >= 2)
            {
                words.Add(piece[start..stop]);
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> Separators =
        System.Buffers.SearchValues.Create(" \t\r\n\u00A0-/,;()|\u00B7@");

    private static IEnumerable<string> Rows(FrozenDictionary<string, string[]> table, string language)
    {
        IEnumerable<string> all = table.TryGetValue(AnyLanguage, out var any) ? any : [];
        return table.TryGetValue(language, out var own) ? all.Concat(own) : all;
    }
}
