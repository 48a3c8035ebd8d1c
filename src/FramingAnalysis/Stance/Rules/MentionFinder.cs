using System.Collections.Frozen;
using FramingAnalysis.Lexicons;
using FramingAnalysis.Text;

namespace FramingAnalysis.Stance.Rules;

/// <summary>
/// The mention stage: finds where a unit names one of the targets, as real text writes it. Built once per target list
/// and language. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><b>Aliases</b>: folded, inflection-aware, multi-word, possessives, up to two modifiers after a leading
/// determiner (<c>the so-called reform</c>).</item>
/// <item><b>@handles and #hashtags</b> whose body is an alias written without spaces (<c>#MarianoRajoy</c>), or contains
/// one of five letters or more (<c>@ahorapodemos</c>).</item>
/// <item><b>Acronyms</b> of multi-word capitalized aliases, written exactly (<c>PSOE</c> for Partido Socialista Obrero
/// Español, <c>UPyD</c> for Unión Progreso y Democracia).</item>
/// <item><b>A surname alone</b> (<c>Rajoy</c>) after the full name (<c>Mariano Rajoy</c>) was named earlier in the unit or the
/// article, written capitalized.</item>
/// </list>
/// </remarks>
internal sealed class MentionFinder
{
    private readonly PhraseMatcher<int> _aliases;
    private readonly (string Key, int Target)[] _handles;
    private readonly FrozenDictionary<string, (int Target, string Form)> _acronyms;
    private readonly FrozenDictionary<string, (int Target, string Form)>.AlternateLookup<ReadOnlySpan<char>> _acronymLookup;
    private readonly FrozenDictionary<string, (int Target, string Form)> _surnames;
    private readonly FrozenDictionary<string, (int Target, string Form)>.AlternateLookup<ReadOnlySpan<char>> _surnameLookup;

    /// <summary>Builds the finder of the aliases that apply to <paramref name="language"/> (its own and those under <c>*</c>).</summary>
    public MentionFinder(IReadOnlyList<StanceTarget> targets, string language, IStemmer stemmer)
    {
        var aliases = new List<(string, int)>();
        var handles = new List<(string, int)>();
        var acronyms = new Dictionary<string, int>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var t = 0; t < targets.Count; t++)
        {
            foreach (var (lang, list) in targets[t].Aliases)
            {
                if (lang != "*" && LanguageCodes.Primary(lang) != language)
                {
                    continue;
                }

                foreach (var alias in list)
                {
                    aliases.Add((alias, t));
                    AddDerived(alias, t, handles, acronyms, surnames);
                }
            }
        }

        // A derived form that is also an alias of another target, or derived from two targets, names neither for sure.
        _aliases = new PhraseMatcher<int>(aliases, stemmer) { MaxModifierGap = 2 };
        _handles = [.. handles.Distinct()];
        _acronyms = acronyms.Where(a => a.Value >= 0).ToFrozenDictionary(a => a.Key, a => (a.Value, a.Key), StringComparer.Ordinal);
        _acronymLookup = _acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _surnames = surnames.Where(a => a.Value >= 0).ToFrozenDictionary(a => a.Key, a => (a.Value, a.Key), StringComparer.Ordinal);
        _surnameLookup = _surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        HasDerived = _handles.Length > 0 || _acronyms.Count > 0 || _surnames.Count > 0;
    }

    /// <summary>Whether any handle, acronym or surname form was derived (otherwise only aliases are looked for).</summary>
    public bool HasDerived { get; }

    /// <summary>
    /// The length of the mention starting at token <paramref name="i"/> (0: none), with its target and the form as
    /// listed. <paramref name="named"/> says which targets were already named in full (for surnames).
    /// </summary>
    public int Match(AnalyzedText text, int i, int end, scoped in TokenProbe probe, ReadOnlySpan<bool> named, out int target, out string? entry)
    {
        var length = _aliases.Match(text, i, end, probe, out var alias);
        if (length > 0)
        {
            target = alias!.Payload;
            entry = alias.Text;
            return length;
        }

        target = -1;
        entry = null;
        return HasDerived ? MatchDerived(text, i, named, out target, out entry) : 0;
    }

    /// <summary>Whether an alias starts at token <paramref name="i"/> (without looking at derived forms).</summary>
    public bool StartsAlias(AnalyzedText text, int i, int end) => _aliases.Match(text, i, end, out _) > 0;

    /// <summary>A handle, hashtag, acronym or surname at token <paramref name="i"/>: length 1 and its target, or 0.</summary>
    public int MatchDerived(AnalyzedText text, int i, ReadOnlySpan<bool> named, out int target, out string? entry)
    {
        ref readonly var token = ref text.TokenAt(i);
        target = -1;
        entry = null;
        if (token.Kind is TokenKind.Mention or TokenKind.Hashtag)
        {
            var body = text.Key(i)[1..];
            foreach (var (key, t) in _handles)
            {
                if (body.SequenceEqual(key) || (key.Length >= 5 && body.Contains(key, StringComparison.Ordinal)))
                {
                    target = t;
                    entry = key;
                    return 1;
                }
            }

            return 0;
        }

        if (token.Kind != TokenKind.Word || !(token.Has(TokenFlags.Capitalized) || token.Has(TokenFlags.AllCaps)))
        {
            return 0;
        }

        if (_acronyms.Count > 0 && _acronymLookup.TryGetValue(text.TokenText(i), out var acronym))
        {
            (target, entry) = acronym;
            return 1;
        }

        if (_surnames.Count > 0 && _surnameLookup.TryGetValue(text.Key(i), out var surname) && (uint)surname.Target < (uint)named.Length && named[surname.Target])
        {
            (target, entry) = surname;
            return 1;
        }

        target = -1;
        return 0;
    }

    /// <summary>Adds the handle key, acronym and surname an alias implies.</summary>
    private static void AddDerived(string alias, int target, List<(string, int)> handles, Dictionary<string, int> acronyms, Dictionary<string, int> surnames)
    {
        if (alias.Length == 0)
        {
            return;
        }

        if (alias[0] is '@' or '#')
        {
            handles.Add((TermNormalizer.Fold(alias[1..]).ToLowerInvariant(), target));
            return;
        }

        var words = alias.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var folded = new string[words.Length];
        for (var w = 0; w < words.Length; w++)
        {
            var letters = new System.Text.StringBuilder();
            foreach (var c in TermNormalizer.Fold(words[w]))
            {
                if (char.IsLetterOrDigit(c))
                {
                    letters.Append(char.ToLowerInvariant(c));
                }
            }

            folded[w] = letters.ToString();
        }

        // Handle bodies: the alias run together, each word written out or cut to its initial (Partido Popular: partidopopular,
        // ppopular, pp; Izquierda Unida: iunida), as parties and people name their accounts.
        if (words.Length is >= 2 and <= 4 && folded.All(f => f.Length > 0))
        {
            for (var mask = 0; mask < 1 << words.Length; mask++)
            {
                var body = string.Concat(folded.Select((f, w) => (mask & (1 << w)) != 0 ? f[..1] : f));
                if (body.Length >= 2)
                {
                    handles.Add((body, target));
                }
            }
        }
        else if (string.Concat(folded) is { Length: >= 2 } whole)
        {
            handles.Add((whole, target));
        }

        if (words.Length < 2)
        {
            return;
        }

        // Acronyms: initials of the capitalized words, with and without the lower-case function words (UPyD, UPD).
        var capitalized = words.Count(w => char.IsUpper(w[0]));
        if (capitalized >= 2)
        {
            var strict = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            var withSmall = string.Concat(words.Select(w => char.IsUpper(w[0]) ? w[0] : w.Length <= 2 ? w[0] : '\0').Where(c => c != '\0'));
            Add(acronyms, strict, target);
            if (withSmall != strict)
            {
                Add(acronyms, withSmall, target);
            }
        }

        // A person's name: two or three capitalized words; the last alone is the surname once the name was given.
        if (words.Length <= 3 && capitalized == words.Length && words[^1].Length >= 3 && words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '\'')))
        {
            Add(surnames, TermNormalizer.Fold(words[^1]).ToLowerInvariant(), target);
        }
    }

    /// <summary>Adds a derived form; one derived from two targets is marked ambiguous (-1) and dropped.</summary>
    private static void Add(Dictionary<string, int> forms, string form, int target)
    {
        if (form.Length < 2)
        {
            return;
        }

        forms[form] = forms.TryGetValue(form, out var other) && other != target ? -1 : target;
    }
}
