namespace FramingAnalysis.Text;

/// <summary>
/// Splits English and Spanish news, tweets and reader comments into <see cref="Token"/>s: words, numbers,
/// punctuation, URLs, e-mail addresses, mentions, hashtags, emoji, emoticons and symbols.
/// </summary>
/// <remarks>
/// <para><b>Guarantees.</b> Tokens are in order, never overlap, never have length 0, and cover every character
/// that is not a separator; only separators (whitespace including NBSP, control characters including NUL, and
/// format characters such as the zero-width space) lie between them, so the text can be rebuilt exactly from the
/// offsets and the gaps. Any string is accepted (lone surrogates, right-to-left scripts, unbroken megabytes,
/// thousands of combining marks) and time is linear in its length: every look-ahead is bounded.</para>
/// <para><b>Policies.</b></para>
/// <list type="bullet">
/// <item><description>Contractions and possessives are one <see cref="TokenKind.Word"/> with
/// <see cref="TokenFlags.Apostrophe"/>, with straight or typographic apostrophes: <c>don't</c>, <c>I’m</c>,
/// <c>Salvador’s</c>, <c>o'clock</c>. A word ending in <c>n't</c>/<c>n’t</c> also carries
/// <see cref="TokenFlags.NegationClitic"/>. An apostrophe not followed by a letter is punctuation, so a quotation
/// <c>'hello'</c> gives three tokens and a plural possessive <c>citizens’</c> gives the word and a punctuation mark.
/// <c>'n'</c> standing alone (<c>rock 'n' roll</c>) is one word.</description></item>
/// <item><description>Hyphens between letters or digits stay inside the word with <see cref="TokenFlags.Hyphenated"/>
/// (<c>tough-on-crime</c>, <c>COVID-19</c>, <c>19-year-old</c>); a hyphen at a word edge is punctuation and a
/// double hyphen <c>--</c> is one punctuation token. Em and en dashes are punctuation.</description></item>
/// <item><description>Numbers keep their inner separators: <c>40,000</c>, <c>40.000</c>, <c>1,5</c>, <c>3.5</c>,
/// ranges and dates with a hyphen or slash (<c>65-70</c>, <c>12/05/2026</c>), and times: <c>10:30</c> is one
/// <see cref="TokenKind.Number"/>. A sign is part of the number when a minus (<c>−5</c>, or <c>-5</c> at the start of
/// a token) comes right before a digit. Ordinal and decade suffixes stay on: <c>3rd</c>, <c>1990s</c>, <c>1.º</c>,
/// <c>2ª</c>, <c>1er</c>. Other letters right after a number are the next word, so amounts and units read alike:
/// <c>5m</c> → <c>5</c> + <c>m</c>, <c>1.2bn</c> → <c>1.2</c> + <c>bn</c>, <c>10am</c> → <c>10</c> + <c>am</c>
/// (and so <c>5G</c> → <c>5</c> + <c>G</c>). A hyphen after them makes one word: <c>19-year-old</c>,
/// <c>19th-century</c>.</description></item>
/// <item><description>Percent and currency signs are separate <see cref="TokenKind.Symbol"/> tokens:
/// <c>3.5%</c> → <c>3.5</c> + <c>%</c>; <c>$1.2</c> → <c>$</c> + <c>1.2</c>; <c>20 €</c> → <c>20</c> + <c>€</c>.
/// A later stage can read an amount from two adjacent tokens; it cannot easily take one apart.</description></item>
/// <item><description>Runs of dots (<c>...</c>) and runs of <c>!</c>/<c>?</c> (<c>?!</c>, <c>!!!</c>) are one
/// punctuation token; <c>…</c>, <c>¿</c>, <c>¡</c> and every quotation mark are one token each.</description></item>
/// <item><description>Abbreviations keep their dot and carry <see cref="TokenFlags.Abbreviation"/>: the built-in
/// English and Spanish lists (<c>Mr.</c>, <c>Sra.</c>, <c>EE.UU.</c>, <c>etc.</c>), any run of single letters with
/// dots (<c>U.S.</c>, <c>e.g.</c>, <c>a.m.</c>), words such as <c>No.</c> only before a number, and an initial
/// (<c>J.</c>) only before a capitalized word, so <c>Plan B. The</c> keeps <c>B.</c> whole.</description></item>
/// <item><description>URLs need a scheme (<c>https://</c>), a <c>www.</c> host, a path after a host
/// (<c>bit.ly/3xYz</c>), or a known lowercase top-level domain (<c>example.com</c>); trailing sentence punctuation
/// and an unbalanced closing parenthesis are not part of them.</description></item>
/// <item><description>Letters in every script make words; scripts written without spaces (Chinese, Japanese, Thai)
/// are not segmented further.</description></item>
/// </list>
/// <para><b>Cost and thread safety.</b> Instances are immutable and thread-safe; create one and share it.
/// <see cref="Enumerate"/> allocates nothing; <see cref="Tokenize"/> allocates only when the list grows.</para>
/// </remarks>
public sealed class Tokenizer
{
    private readonly TokenLexicon _lexicon;

    private Tokenizer(TokenizerOptions options, TokenLexicon lexicon)
    {
        Options = options;
        _lexicon = lexicon;
    }

    /// <summary>The tokenizer with the built-in English and Spanish lists. Immutable and thread-safe.</summary>
    public static Tokenizer Default { get; } = Create(TokenizerOptions.Default);

    /// <summary>The options this tokenizer was created with.</summary>
    public TokenizerOptions Options { get; }

    /// <summary>Creates a tokenizer; validates the options and freezes the word lists once.</summary>
    /// <param name="options">The settings; see <see cref="TokenizerOptions"/>.</param>
    /// <returns>A new immutable, thread-safe tokenizer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or one of its lists is null.</exception>
    /// <exception cref="ArgumentException">An extra abbreviation or top-level domain is malformed; the message names it.</exception>
    public static Tokenizer Create(TokenizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.ExtraAbbreviations, nameof(options.ExtraAbbreviations));
        ArgumentNullException.ThrowIfNull(options.ExtraTopLevelDomains, nameof(options.ExtraTopLevelDomains));

        var abbreviations = new List<string>(TokenLexicon.BuiltInAbbreviations);
        foreach (string entry in options.ExtraAbbreviations)
        {
            ValidateAbbreviation(entry);
            abbreviations.Add(entry);
        }

        var domains = new List<string>(TokenLexicon.BuiltInTopLevelDomains);
        foreach (string entry in options.ExtraTopLevelDomains)
        {
            ValidateTopLevelDomain(entry);
            domains.Add(entry);
        }

        return new Tokenizer(options, new TokenLexicon(abbreviations, domains));
    }

    /// <summary>
    /// Enumerates the tokens of <paramref name="text"/> lazily, without allocating:
    /// <c>foreach (Token t in tokenizer.Enumerate(text)) { ... }</c>.
    /// </summary>
    /// <param name="text">Any text; nothing is rejected.</param>
    /// <returns>A <see langword="ref"/> struct enumerator over the tokens, in order.</returns>
    public TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text, _lexicon);

    /// <summary>Tokenizes <paramref name="text"/> and appends the tokens to <paramref name="destination"/>.</summary>
    /// <param name="text">Any text; nothing is rejected.</param>
    /// <param name="destination">The list to append to; existing items are kept. Reuse it across calls to avoid allocation.</param>
    /// <returns>The number of tokens appended.</returns>
    public int Tokenize(ReadOnlySpan<char> text, List<Token> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        int before = destination.Count;
        foreach (Token token in Enumerate(text))
        {
            destination.Add(token);
        }

        return destination.Count - before;
    }

    private static void ValidateAbbreviation(string? entry)
    {
        if (string.IsNullOrEmpty(entry))
        {
            throw new ArgumentException("An extra abbreviation is null or empty.", nameof(TokenizerOptions.ExtraAbbreviations));
        }

        if (entry.Length > TokenLexicon.MaxAbbreviationLength || entry.Length < 2 || entry[^1] != '.' || !CharClass.IsLetter(entry[0]))
        {
            throw new ArgumentException(
                $"Extra abbreviation \"{entry}\" must start with a letter, end with a dot and be at most {TokenLexicon.MaxAbbreviationLength} characters.",
                nameof(TokenizerOptions.ExtraAbbreviations));
        }

        bool inner = entry.AsSpan(0, entry.Length - 1).Contains('.');
        int group = 0;
        foreach (char c in entry)
        {
            if (c == '.')
            {
                if (group == 0 || (inner && group > TokenScanner.MaxAbbreviationGroup))
                {
                    throw new ArgumentException(
                        $"Extra abbreviation \"{entry}\" has an empty letter group or, with inner dots, a group longer than {TokenScanner.MaxAbbreviationGroup} letters.",
                        nameof(TokenizerOptions.ExtraAbbreviations));
                }

                group = 0;
            }
            else if (!CharClass.IsLetter(c))
            {
                throw new ArgumentException(
                    $"Extra abbreviation \"{entry}\" may contain only letters and dots.", nameof(TokenizerOptions.ExtraAbbreviations));
            }
            else
            {
                group++;
            }
        }
    }

    private static void ValidateTopLevelDomain(string? entry)
    {
        if (string.IsNullOrEmpty(entry) || entry.Length > 24 || entry.AsSpan().IndexOfAnyExceptInRange('a', 'z') >= 0)
        {
            throw new ArgumentException(
                $"Extra top-level domain \"{entry}\" must be 1 to 24 lowercase ASCII letters without a dot.",
                nameof(TokenizerOptions.ExtraTopLevelDomains));
        }
    }
}
