using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FramingAnalysis;

/// <summary>
/// The words and phrases by which text scraped or pasted from a news page shows its page chrome, bylines, dates,
/// comment sections and embedded-post attributions, for every language at once. Each language pack has its own
/// (<see cref="Languages.LanguagePack.PageText"/>; the built-in ones are the rows of
/// <c>Lexicons/Resources/page-text.tsv</c> with their code, columns <c>language, kind, phrase</c>; see its header for
/// the kinds), and <see cref="Default"/> combines them; <see cref="Parse"/> reads a table in the same format.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The cues of all languages apply to every article: the language of a pasted page is often unknown when it is split,
/// and a Spanish site's "Compartir" button is chrome in an English article too. Matching folds case and accents.
/// </remarks>
public sealed partial class PageTextCues
{
    private const string Header = "language\tkind\tphrase";
    private readonly FrozenSet<string> _chromeLines;
    private readonly FrozenSet<string> _commentChrome;
    private readonly FrozenSet<string> _relativeDays;
    private readonly string[] _bylines;
    private readonly string[] _datelines;
    private readonly string[] _postAttributions;
    private readonly string[] _datedPostAttributions;
    private readonly Regex _date;
    private readonly Regex _ago;
    private readonly Regex _commentHeader;

    // The built-in table's rows with their language (a language pack's code, or * for every language).
    private static readonly Lazy<(List<(string Language, string Kind, string Phrase)> Rows, string Version)> BuiltInTable = new(() =>
    {
        using var stream = typeof(PageTextCues).Assembly.GetManifestResourceStream(Internal.EmbeddedTsv.Prefix + "page-text.tsv")
            ?? throw new InvalidOperationException("The embedded resource page-text.tsv is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return ReadRows(reader, "page-text.tsv");
    });

    private PageTextCues(List<(string Kind, string Phrase)> rows, string version)
    {
        Rows = rows;
        Version = version;
        List<string> Of(string kind) => rows.Where(r => r.Kind == kind).Select(r => Fold(r.Phrase)).Distinct(StringComparer.Ordinal).ToList();
        _chromeLines = Of("chrome_line").ToFrozenSet(StringComparer.Ordinal);
        ChromePrefixes = rows.Where(r => r.Kind == "chrome_prefix").Select(r => r.Phrase).Distinct(StringComparer.Ordinal).ToArray();
        _commentChrome = Of("comment_chrome").ToFrozenSet(StringComparer.Ordinal);
        _relativeDays = Of("relative_day").ToFrozenSet(StringComparer.Ordinal);
        _bylines = [.. Of("byline").OrderByDescending(s => s.Length)];
        _datelines = [.. Of("dateline").OrderByDescending(s => s.Length)];
        _postAttributions = [.. Of("post_attribution").OrderByDescending(s => s.Length)];
        _datedPostAttributions = [.. Of("post_attribution_dated").OrderByDescending(s => s.Length)];
        var months = Alternation(Of("month"));
        // "March 3, 2026", "Mar. 3, 2026", "3 March 2026", "3 de marzo de 2026", "marzo 3, 2026", "3 mar 2026", with an
        // optional weekday before it and a clock time after it; or an ISO date.
        _date = new Regex(
            $@"^(\p{{L}}+,?\s+)?((({months})\.?\s+\d{{1,2}}(st|nd|rd|th)?,?\s+\d{{4}})|(\d{{1,2}}\s+(de\s+)?({months})\.?,?\s+(de\s+|del\s+)?\d{{4}})|(\d{{4}}-\d{{2}}-\d{{2}}))"
            + @"([,\s]+(a\s+las\s+|at\s+|-\s+|·\s+|\|\s+)?\d{1,2}[:.]\d{2}(\s*(a\.?\s*m\.?|p\.?\s*m\.?|h|hrs?))?(\s+\p{Lu}{2,4})?)?\.?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        var ago = Of("ago").Select(p => Regex.Escape(p).Replace(@"\{n}", @"\d{1,3}", StringComparison.Ordinal).Replace(@"\ ", @"\s+", StringComparison.Ordinal));
        _ago = new Regex($"^({string.Join('|', ago)})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        var words = Alternation(Of("comment_word"));
        _commentHeader = new Regex(
            $@"^(#{{1,6}}\s*)?((\d[\d,.]*)\s+)?({words})(\s*\(\d[\d,.]*\))?\s*:?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// The cues of every registered language pack (<see cref="Languages.LanguagePack.PageText"/>, in registration order:
    /// the built-in English and Spanish rows of <c>page-text.tsv</c>, then yours), and the built-in rows for every
    /// language (<c>*</c>). Built on first use and shared until a pack is registered.
    /// </summary>
    public static PageTextCues Default => Registered.Value;

    private static readonly Languages.PerRegistration<PageTextCues> Registered = new(Combine);

    // Every pack's phrases in registration order, then the built-in rows for every language.
    private static PageTextCues Combine(IReadOnlyList<Languages.LanguagePack> packs)
    {
        var rows = new List<(string Kind, string Phrase)>();
        foreach (var pack in packs)
        {
            if (pack.PageText is { } cues)
            {
                rows.AddRange(cues.Rows);
            }
        }

        var (table, version) = BuiltInTable.Value;
        rows.AddRange(table.Where(r => r.Language == AnyLanguage).Select(r => (r.Kind, r.Phrase)));
        return new PageTextCues(rows, version);
    }

    /// <summary>The rows of the built-in table for one language (a built-in pack's <see cref="Languages.LanguagePack.PageText"/>).</summary>
    internal static PageTextCues BuiltInFor(string language)
    {
        var (table, version) = BuiltInTable.Value;
        return new PageTextCues([.. table.Where(r => r.Language == language).Select(r => (r.Kind, r.Phrase))], version);
    }

    // The language cell of rows that apply to every language.
    private const string AnyLanguage = "*";

    /// <summary>The rows the cues were made from (kind, phrase as written), for combining tables.</summary>
    private List<(string Kind, string Phrase)> Rows { get; }

    /// <summary>The table's <c># version:</c> line, or an empty string when it has none.</summary>
    public string Version { get; }

    /// <summary>The <c>chrome_prefix</c> phrases as written in the table.</summary>
    public IReadOnlyList<string> ChromePrefixes { get; }

    /// <summary>
    /// Reads a table in the format of <c>page-text.tsv</c>: <c>#</c> comment lines (one may be <c># version: x</c>), the
    /// header line <c>language&lt;TAB&gt;kind&lt;TAB&gt;phrase</c>, then one row per phrase.
    /// </summary>
    /// <exception cref="FormatException">The header is missing or a row does not have three columns; the message names the line.</exception>
    public static PageTextCues Parse(TextReader reader, string name = "page-text.tsv")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (rows, version) = ReadRows(reader, name);
        return new PageTextCues([.. rows.Select(r => (r.Kind, r.Phrase))], version);
    }

    private static (List<(string Language, string Kind, string Phrase)> Rows, string Version) ReadRows(TextReader reader, string name)
    {
        var rows = new List<(string, string, string)>();
        var version = string.Empty;
        var headerSeen = false;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# version:", StringComparison.Ordinal))
                {
                    version = line["# version:".Length..].Trim();
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = line.TrimEnd() == Header ? true : throw new FormatException($"{name}:{lineNumber}: expected the header '{Header.Replace('\t', ',')}'");
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 3 || cols[2].Trim().Length == 0)
            {
                throw new FormatException($"{name}:{lineNumber}: expected three tab-separated columns: language, kind, phrase");
            }

            rows.Add((cols[0].Trim(), cols[1].Trim(), cols[2].Trim()));
        }

        return headerSeen ? (rows, version) : throw new FormatException($"{name}: no header line");
    }

    /// <summary>Whether the whole line is a chrome phrase ("Share", "Publicidad", "Listen to the article").</summary>
    public bool IsChromeLine(string line) => _chromeLines.Contains(FoldLine(line));

    /// <summary>Whether the line is chrome inside a comment section ("Reply", "Responder", "Load more comments").</summary>
    public bool IsCommentChrome(string line) => _commentChrome.Contains(FoldLine(line));

    /// <summary>Whether the line is chrome of either kind (<see cref="IsChromeLine"/> or <see cref="IsCommentChrome"/>), folding it once.</summary>
    internal bool IsAnyChrome(string line)
    {
        var folded = FoldLine(line);
        return _chromeLines.Contains(folded) || _commentChrome.Contains(folded);
    }

    /// <summary>Whether the line is a comment-section header: "14 Comments", "Comentarios (3)", "## Comments".</summary>
    public bool IsCommentSectionHeader(string line) => _commentHeader.IsMatch(line.Trim());

    // What separates a byline from the date that follows it on the same line.
    private static readonly string[] BylineSeparators = [" · ", " | ", " — ", " - ", ", "];

    /// <summary>Whether the line is a short byline: "By Jane Doe", "Por María López y Juan Pérez", "Redacción", "By Jane Doe · 12 March 2026".</summary>
    public bool IsByline(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 80 || trimmed.EndsWith('.') && !trimmed.EndsWith(" Jr.", StringComparison.Ordinal))
        {
            return false;
        }

        // "By Jane Porter · 12 March 2026": a byline, a separator, and a date or time.
        foreach (var separator in BylineSeparators)
        {
            var at = trimmed.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && IsByline(trimmed[..at]) && (IsDateLine(trimmed[(at + separator.Length)..]) || IsTimeLine(trimmed[(at + separator.Length)..])))
            {
                return true;
            }
        }

        var folded = Fold(trimmed);
        foreach (var word in _bylines)
        {
            if (folded == word)
            {
                return true;
            }

            if (folded.StartsWith(word + " ", StringComparison.Ordinal) || folded.StartsWith(word + ":", StringComparison.Ordinal))
            {
                // The rest must read as names: every word capitalized, or a joining word.
                var rest = trimmed[(word.Length + 1)..].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
                return rest.Length is > 0 and <= 10 && rest.All(w => char.IsUpper(w[0]) || w is "and" or "y" or "de" or "del" or "la" or "|" or "·" or "—" or "-");
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the line is a date or time line of the page: "March 3, 2026", "3 de marzo de 2026 - 10:15",
    /// "Updated March 3, 2026 at 9:40 a.m. ET", "Actualizado el 3 de marzo de 2026".
    /// </summary>
    public bool IsDateLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 100)
        {
            return false;
        }

        // Every form of the date pattern has a four-digit year: a line without a digit (\d is any Unicode digit) cannot match.
        if (HasDigit(trimmed) && _date.IsMatch(trimmed))
        {
            return true;
        }

        var folded = Fold(trimmed);
        foreach (var word in _datelines)
        {
            if (folded.StartsWith(word, StringComparison.Ordinal) && folded.Length > word.Length && !char.IsLetter(folded[word.Length]))
            {
                var rest = trimmed[word.Length..].TrimStart(' ', ':', ',');
                if (rest.StartsWith("el ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("on ", StringComparison.OrdinalIgnoreCase))
                {
                    rest = rest[3..];
                }

                return _date.IsMatch(rest) || _ago.IsMatch(rest) || IsClock(rest);
            }
        }

        return false;
    }

    /// <summary>Whether the line is only a comment's time: "2h", "3 hours ago", "hace 3 horas", "ayer", or a date line.</summary>
    public bool IsTimeLine(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is > 0 and <= 100
            && (_ago.IsMatch(trimmed) || _relativeDays.Contains(FoldLine(trimmed)) || IsDateLine(trimmed) || IsClock(trimmed));
    }

    /// <summary>
    /// Splits a comment metadata line "Maria · 2h" or "Juan Pérez | hace 3 horas" into author and time; false when the
    /// line is not one.
    /// </summary>
    public bool TryAuthorAndTime(string line, out string author, out string time)
    {
        author = time = string.Empty;
        var trimmed = line.Trim();
        if (trimmed.Length > 100)
        {
            return false;
        }

        var m = AuthorTime().Match(trimmed);
        if (!m.Success || !IsTimeLine(m.Groups["time"].Value) || !LooksLikeName(m.Groups["author"].Value))
        {
            return false;
        }

        (author, time) = (m.Groups["author"].Value.Trim(), m.Groups["time"].Value.Trim());
        return true;
    }

    /// <summary>Whether a short line can be a commenter's name: at most five words and 40 characters, no sentence punctuation.</summary>
    public static bool LooksLikeName(string line)
    {
        var trimmed = line.Trim();
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (trimmed.Length is 0 or > 40 || words.Length > 5 || trimmed.IndexOfAny(['!', '?', ',', ';', ':', '¿', '¡']) >= 0)
        {
            return false;
        }

        // A period only as an initial ("Ruth K.", "J. Pérez"), never as the end of a sentence.
        return words.All(w => !w.Contains('.') || w.Length <= 2 && char.IsUpper(w[0]));
    }

    /// <summary>
    /// Whether the line is a short name with every word capitalized or an initial ("John D.", "Ana P. Ruiz", "María de
    /// la Cruz"): stricter than <see cref="LooksLikeName"/>, for author lines that have no time line to confirm them.
    /// </summary>
    public static bool IsCapitalizedName(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && LooksLikeName(line)
            && words.All(w => char.IsUpper(w[0]) || w is "de" or "del" or "la" or "van" or "von" or "da")
            && words.Count(w => char.IsUpper(w[0])) >= 1;
    }

    /// <summary>
    /// Whether the line is the attribution of an embedded Instagram or Facebook post ("A post shared by Marta Ibarra
    /// (@martaibarra)", "Publicado por Marta Ibarra el martes, 3 de marzo de 2026"): a <c>post_attribution</c> phrase and
    /// a name, or a <c>post_attribution_dated</c> phrase, a name and a date.
    /// </summary>
    public bool IsPostAttribution(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length > 160)
        {
            return false;
        }

        var folded = Fold(trimmed);
        foreach (var phrase in _postAttributions)
        {
            if (folded.StartsWith(phrase + " ", StringComparison.Ordinal))
            {
                var rest = trimmed[(phrase.Length + 1)..];
                return rest.Length > 0 && (char.IsUpper(rest[0]) || rest[0] == '@');
            }
        }

        foreach (var phrase in _datedPostAttributions)
        {
            if (folded.StartsWith(phrase + " ", StringComparison.Ordinal))
            {
                // "<name> on <date>" / "<name> el <date>": a blog's "Posted by admin" is not an embed.
                var m = NameAndDate().Match(trimmed[(phrase.Length + 1)..]);
                return m.Success && char.IsUpper(m.Groups["name"].Value[0]) && _date.IsMatch(m.Groups["date"].Value);
            }
        }

        return false;
    }

    /// <summary>Lower-cases and removes accents (ñ becomes n too: chrome phrases are matched loosely).</summary>
    internal static string Fold(string s)
    {
        var normalized = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalized.Length);
        foreach (var ch in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        return sb.ToString();
    }

    private static string FoldLine(string line)
    {
        var folded = Fold(line.Trim()).TrimEnd(':', '.', '›', '»', '>', '→', ' ', '…').TrimStart('#', ' ', '•', '·', '|');
        return WhiteSpace().Replace(folded, " ");
    }

    private static bool IsClock(string s) => Clock().IsMatch(s.Trim());

    private static bool HasDigit(string s)
    {
        foreach (var c in s)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    [GeneratedRegex(@"^(?<author>[^·•|]{1,40}?)\s+[·•|]\s+(?<time>.{1,60})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AuthorTime();

    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}(\s*(a\.?\s*m\.?|p\.?\s*m\.?|h|hrs?))?(\s+\p{Lu}{2,4})?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(?<name>[^\n]{1,60}?)\s+(on|el)\s+(?<date>[^\n]{6,60})$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NameAndDate();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WhiteSpace();
}
