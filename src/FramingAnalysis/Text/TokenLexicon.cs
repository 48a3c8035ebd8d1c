using System.Collections.Frozen;

namespace FramingAnalysis.Text;

/// <summary>
/// The word lists a <see cref="Tokenizer"/> consults: abbreviations and known top-level domains, frozen once
/// and looked up by span so that the hot loop never creates a string. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The lists live in code rather than in a TSV resource because they are part of the tokenizer's rules,
/// not a lexicon a user would swap; users add entries through <see cref="TokenizerOptions"/>.
/// </remarks>
internal sealed class TokenLexicon
{
    /// <summary>Longest abbreviation we look up; longer candidates are rejected without hashing.</summary>
    public const int MaxAbbreviationLength = 32;

    /// <summary>
    /// Abbreviations that always keep their dot (case-sensitive; an entry that starts in lowercase also matches
    /// with its first letter capitalized, as at the start of a sentence: <c>Etc.</c>).
    /// Single letters followed by dots (<c>U.S.</c>, <c>e.g.</c>, <c>a.m.</c>) are recognized by shape and need no entry.
    /// </summary>
    public static readonly string[] BuiltInAbbreviations =
    [
        // English titles and ranks.
        "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Pres.", "Lt.", "Col.", "Sgt.",
        "Capt.", "Cmdr.", "Adm.", "Maj.", "Cpl.", "Rev.", "Hon.", "Sec.", "Atty.", "Det.", "Supt.", "Insp.",
        "Jr.", "Sr.", "St.", "Mt.", "Ft.",
        // English organisations, addresses and Latin.
        "Inc.", "Corp.", "Ltd.", "Co.", "Bros.", "Dept.", "Univ.", "Assn.", "Ave.", "Blvd.", "Rd.",
        "etc.", "vs.", "v.", "cf.", "al.", "approx.", "Ph.D.",
        // English months (May has no dot; "Mar." only before a number, see DigitAbbreviations).
        "Jan.", "Feb.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        // Spanish titles and forms of address.
        "Sra.", "Srta.", "Sres.", "Sras.", "Dra.", "Lic.", "Ing.", "Arq.", "Gral.", "Cnel.", "Tte.", "Sto.", "Sta.",
        "Mons.", "Excmo.", "Excma.", "Pdte.", "Ud.", "Uds.", "Vd.", "Vds.", "Dña.",
        // Spanish organisations, addresses and common abbreviations.
        "Av.", "Avda.", "Dpto.", "Cía.", "núm.", "pág.", "págs.", "aprox.", "admón.", "dcha.", "izq.",
        "ej.", "tel.", "ene.", "abr.", "ago.", "sept.", "oct.", "nov.", "dic.",
        // Spanish plurals by doubled letters.
        "EE.UU.", "FF.AA.", "CC.OO.", "RR.HH.", "JJ.OO.", "AA.VV.",
    ];

    /// <summary>
    /// Abbreviations that are also ordinary words at the end of a sentence, so they keep their dot only
    /// when a number follows: <c>No. 5</c> but <c>I said no.</c>.
    /// </summary>
    public static readonly string[] BuiltInDigitAbbreviations =
    [
        "No.", "Nos.", "p.", "pp.", "cap.", "art.", "Art.", "Mar.", "vol.", "fig.", "ch.", "est.",
    ];

    /// <summary>
    /// Top-level domains that make a bare <c>name.tld</c> a URL without a path (lowercase only, so a missing space
    /// in <c>end.It</c> is not a URL). Common English words (<c>it</c>, <c>in</c>, <c>me</c>, <c>us</c>...) are left out
    /// on purpose; with a path (<c>youtu.be/x</c>) any lowercase TLD is accepted.
    /// </summary>
    public static readonly string[] BuiltInTopLevelDomains =
    [
        "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "ly", "tv", "news", "app", "dev",
        "es", "mx", "ar", "cl", "pe", "ve", "uy", "ec", "bo", "py", "cr", "sv", "gt", "hn", "ni", "pa", "cu", "pr",
        "uk", "ca", "de", "fr", "eu", "ru", "cn", "jp", "br", "au", "ch", "nl", "pt", "ie", "nz", "online", "site",
    ];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _digitAbbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _topLevelDomains;

    /// <summary>Builds the lookups from already validated lists.</summary>
    public TokenLexicon(IEnumerable<string> abbreviations, IEnumerable<string> topLevelDomains)
    {
        _abbreviations = abbreviations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _digitAbbreviations = BuiltInDigitAbbreviations.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _topLevelDomains = topLevelDomains.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when <paramref name="candidate"/> (with its final dot) is a known abbreviation.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> candidate) => Contains(_abbreviations, candidate);

    /// <summary>True when <paramref name="candidate"/> is an abbreviation that needs a following number (<c>No.</c>).</summary>
    public bool IsDigitAbbreviation(ReadOnlySpan<char> candidate) => Contains(_digitAbbreviations, candidate);

    /// <summary>True when <paramref name="label"/> is a known top-level domain (exact, lowercase).</summary>
    public bool IsTopLevelDomain(ReadOnlySpan<char> label) => _topLevelDomains.Contains(label);

    private static bool Contains(FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> candidate)
    {
        if (candidate.Length > MaxAbbreviationLength)
        {
            return false;
        }

        if (set.Contains(candidate))
        {
            return true;
        }

        // Sentence-initial capital on a lowercase entry: "Etc." matches "etc.".
        char first = candidate[0];
        if (!CharClass.IsUpper(first))
        {
            return false;
        }

        Span<char> lowered = stackalloc char[MaxAbbreviationLength];
        candidate.CopyTo(lowered);
        lowered[0] = char.ToLowerInvariant(first);
        return set.Contains(lowered[..candidate.Length]);
    }
}
