using System.Collections.Frozen;

using FramingAnalysis.Text;

namespace FramingAnalysis.Languages;

/// <summary>
/// A light English stemmer: merges inflections (<c>arrests</c>, <c>arrested</c>, <c>arresting</c> → <c>arrest</c>) and a
/// few productive derivations (<c>criticize</c>, <c>criticism</c>, <c>critical</c> → <c>critic</c>), and otherwise leaves
/// words alone.
/// </summary>
/// <remarks>
/// <para>
/// The rules follow the ideas of Porter's algorithm (M. F. Porter, "An algorithm for suffix stripping", <i>Program</i> 14(3),
/// 1980): plural <c>-s</c>/<c>-es</c>/<c>-ies</c>, then <c>-ed</c>/<c>-ing</c> with undoubling (<c>stopped</c> →
/// <c>stop</c>) and restoring a short stem's <c>e</c> (<c>voted</c> → <c>vote</c>), <c>y</c> → <c>i</c> after a
/// consonant, and a final <c>e</c> removed from long stems. Porter's steps 2–4 (about sixty derivational suffixes) are
/// replaced by a short list chosen for news vocabulary: <c>-ly</c> adverbs, <c>-al</c> after <c>-ion</c>/<c>-ic</c>/
/// <c>-ur</c>/<c>-i</c>, <c>-ment</c>, <c>-ism</c>, <c>-ist</c>, <c>-ize</c>/<c>-ise</c> and <c>-ful</c>. The code is our
/// own; no Snowball or Lucene code is used.
/// </para>
/// <para>
/// Decisions worth knowing: <c>investment</c> and <c>invest</c> share the stem <c>invest</c> (<c>-ment</c> is removed when at
/// least four letters remain, so <c>comment</c> and <c>moment</c> are kept). <c>police</c> (<c>polic</c>) and
/// <c>policy</c> (<c>polici</c>) stay apart, as do <c>news</c> and <c>new</c> (a short list of words is never stemmed).
/// Stems are never shorter than three letters, and words containing anything but the letters a–z (digits,
/// apostrophes, <c>ñ</c>) are returned unchanged after removing a possessive <c>'s</c>.
/// </para>
/// <para>Immutable and thread-safe; <see cref="Stem"/> never allocates.</para>
/// </remarks>
public sealed class EnglishStemmer : IStemmer
{
    private const int MinStem = 3;

    private EnglishStemmer()
    {
    }

    /// <summary>The shared instance. The stemmer holds no state.</summary>
    public static EnglishStemmer Instance { get; } = new();

    /// <inheritdoc/>
    public string Language => EnglishLanguagePack.LanguageCode;

    /// <inheritdoc/>
    public int Stem(ReadOnlySpan<char> folded, Span<char> destination)
    {
        ReadOnlySpan<char> word = TermNormalizer.StripPossessive(folded);
        if (word.Length > destination.Length)
        {
            throw new ArgumentException("The destination is shorter than the term.", nameof(destination));
        }

        word.CopyTo(destination);
        int n = word.Length;
        if (n <= MinStem || !IsAsciiLowercaseWord(word) || IsInvariant(word))
        {
            return n;
        }

        Span<char> w = destination;
        n = Plural(w, n);
        n = Adverb(w, n);
        n = EdIng(w, n);
        n = Derivational(w, n);
        n = TerminalY(w, n);
        n = FinalE(w, n);
        return n;
    }

    // Words that look inflected but are not, or whose stem would collide with an unrelated word.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Invariants = FrozenSet.ToFrozenSet(
        [
            "news", "series", "species", "always", "perhaps", "whereas", "bias", "chaos", "lens", "during", "nothing",
            "something", "anything", "everything", "evening", "morning", "hundred", "indeed", "family", "this", "thus",

            // -ment nouns that are not "verb + ment" in meaning: statement ≠ state, department ≠ depart.
            "statement", "statements", "department", "departments", "apartment", "apartments", "implement", "implements",
        ],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsInvariant(ReadOnlySpan<char> word) => Invariants.Contains(word);

    // A plain loop: MemoryExtensions.ContainsAnyExceptInRange was seen to allocate 96 bytes per call in Debug builds.
    private static bool IsAsciiLowercaseWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    // Step 1: plurals and third person singular (Porter step 1a, plus -xes/-ches/-shes).
    private static int Plural(Span<char> w, int n)
    {
        if (w[n - 1] != 's')
        {
            return n;
        }

        ReadOnlySpan<char> s = w[..n];
        if (s.EndsWith("sses"))
        {
            return n - 2;
        }

        if (s.EndsWith("ies"))
        {
            // cities → citi (as city → citi); short words keep "ie": ties → tie, lies → lie.
            return n > 4 ? n - 2 : n - 1;
        }

        if ((s.EndsWith("xes") || s.EndsWith("ches") || s.EndsWith("shes")) && n - 2 >= MinStem)
        {
            return n - 2;
        }

        char before = w[n - 2];
        if (before is 's' or 'u' or 'i' || n - 1 < MinStem || !HasVowel(w[..(n - 1)]))
        {
            // -ss, -us, -is are not plurals (class, census, crisis).
            return n;
        }

        return n - 1;
    }

    // Adverbs: -ly, before -ed/-ing so that "allegedly" → "alleged" → "alleg".
    private static int Adverb(Span<char> w, int n)
    {
        ReadOnlySpan<char> s = w[..n];
        if (!s.EndsWith("ly"))
        {
            return n;
        }

        if (s.EndsWith("ily") && n - 3 >= MinStem)
        {
            // happily → happi (as happy → happi).
            w[n - 3] = 'i';
            return n - 2;
        }

        if (s.EndsWith("ally") || s.EndsWith("fully") || s.EndsWith("ously") || s.EndsWith("ently")
            || s.EndsWith("antly") || s.EndsWith("ively") || s.EndsWith("ingly") || s.EndsWith("edly"))
        {
            return n - 2 >= MinStem + 2 ? n - 2 : n;
        }

        // Plain -ly when four letters remain and the remainder does not look like a noun in -ly
        // (assembly, supply, rally, anomaly keep their y).
        int r = n - 2;
        char last = w[r - 1];
        if (r >= 4 && !IsVowelLetter(last) && last is not ('l' or 'b' or 'p'))
        {
            return r;
        }

        return n;
    }

    // Step 2: -eed/-ed/-ing (Porter step 1b).
    private static int EdIng(Span<char> w, int n)
    {
        ReadOnlySpan<char> s = w[..n];
        if (s.EndsWith("eed"))
        {
            // agreed → agree, guaranteed → guarantee; speed, need, freed are kept.
            return n - 3 >= MinStem ? n - 1 : n;
        }

        int stem;
        if (s.EndsWith("ed"))
        {
            stem = n - 2;
        }
        else if (s.EndsWith("ing"))
        {
            stem = n - 3;
        }
        else
        {
            return n;
        }

        if (stem < MinStem || !HasVowel(w[..stem]))
        {
            return n;
        }

        char last = w[stem - 1];
        if (stem >= 4 && last == w[stem - 2] && IsConsonant(w, stem - 1) && last is not ('l' or 's' or 'z'))
        {
            // stopped → stop, planning → plan.
            return stem - 1;
        }

        if (stem == MinStem && IsCvc(w, stem))
        {
            // voted → vote, hoping → hope: restore the e that a short stem lost.
            w[stem] = 'e';
            return stem + 1;
        }

        return stem;
    }

    // Step 3: a few derivational suffixes (a small subset of Porter's steps 2–4).
    private static int Derivational(Span<char> w, int n)
    {
        ReadOnlySpan<char> s = w[..n];
        if (s.EndsWith("ical") && n - 2 >= 4)
        {
            return n - 2; // critical → critic, political → politic
        }

        if (s.EndsWith("al") && n - 2 >= 5)
        {
            ReadOnlySpan<char> r = s[..(n - 2)];
            if (r.EndsWith("ion") || r.EndsWith("ur") || r.EndsWith("i") || r.EndsWith("ment"))
            {
                return n - 2; // national → nation, cultural → cultur, controversial → controversi
            }

            return n;
        }

        if (s.EndsWith("ment") && n - 4 >= 4)
        {
            return n - 4; // investment → invest, government → govern; comment, moment kept
        }

        if (s.EndsWith("ism") && n - 3 >= MinStem)
        {
            return n - 3; // criticism → critic, terrorism → terror
        }

        if (s.EndsWith("ist") && n - 3 >= 4 && w[n - 4] != 's')
        {
            return n - 3; // terrorist → terror; assist, resist, insist kept
        }

        if (s.EndsWith("ize") && n - 3 >= 4)
        {
            return n - 3; // criticize → critic
        }

        if (s.EndsWith("iz") && n - 2 >= 4)
        {
            return n - 2; // criticiz(ed) → critic
        }

        if ((s.EndsWith("icise") || s.EndsWith("alise")) && n - 3 >= 4)
        {
            return n - 3; // British: criticise → critic, realise → real
        }

        if ((s.EndsWith("icis") || s.EndsWith("alis")) && n - 2 >= 4)
        {
            return n - 2; // criticis(ed) → critic
        }

        if (s.EndsWith("ful") && n - 3 >= 4)
        {
            return n - 3; // successful → success, careful → care
        }

        return n;
    }

    // Step 4: y → i after a consonant (Porter step 1c), so city/cities and policy/policies meet.
    private static int TerminalY(Span<char> w, int n)
    {
        if (n >= MinStem && w[n - 1] == 'y' && IsConsonant(w, n - 2))
        {
            w[n - 1] = 'i';
        }

        return n;
    }

    // Step 5: final e (Porter step 5a): removed when four letters remain, or three that are not consonant-vowel-consonant.
    private static int FinalE(Span<char> w, int n)
    {
        if (w[n - 1] != 'e' || w[n - 2] == 'e')
        {
            return n;
        }

        int r = n - 1;
        if (r >= 4 || (r == MinStem && !IsCvc(w, r)))
        {
            return r;
        }

        return n;
    }

    private static bool IsVowelLetter(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // Porter's definition: y is a consonant at the start of a word or after a vowel, a vowel after a consonant.
    private static bool IsConsonant(ReadOnlySpan<char> w, int i)
    {
        char c = w[i];
        if (IsVowelLetter(c))
        {
            return false;
        }

        return c != 'y' || i == 0 || !IsConsonant(w, i - 1);
    }

    private static bool HasVowel(ReadOnlySpan<char> w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            if (!IsConsonant(w, i))
            {
                return true;
            }
        }

        return false;
    }

    // Consonant-vowel-consonant ending whose last consonant is not w, x or y (Porter's *o condition).
    private static bool IsCvc(ReadOnlySpan<char> w, int n) =>
        n >= 3 && IsConsonant(w, n - 3) && !IsConsonant(w, n - 2) && IsConsonant(w, n - 1)
        && w[n - 1] is not ('w' or 'x' or 'y');
}
