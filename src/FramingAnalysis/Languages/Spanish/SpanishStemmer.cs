using FramingAnalysis.Text;

namespace FramingAnalysis.Languages;

/// <summary>
/// A light Spanish stemmer: merges number and gender (<c>polémico</c>, <c>polémica</c>, <c>polémicos</c> →
/// <c>polemic</c>; <c>cárcel</c>, <c>cárceles</c> → <c>carcel</c>) and the most frequent verb endings
/// (<c>criticar</c>, <c>criticaron</c>, <c>criticó</c> → <c>critic</c>; <c>detenido</c>, <c>detenidas</c> → <c>deten</c>).
/// </summary>
/// <remarks>
/// <para>
/// The plural and gender rules follow J. Savoy's light Spanish stemmer (J. Savoy, "Report on CLEF-2002 experiments:
/// combining multiple sources of evidence", CLEF 2002; the same idea as his French and Italian light stemmers): remove a
/// plural <c>-s</c>/<c>-es</c> (<c>-ces</c> → <c>-z</c>: <c>veces</c> → <c>vez</c>), then a final <c>-a</c>,
/// <c>-o</c> or <c>-e</c>. To these we add <c>-mente</c> adverbs and a short list of verb endings (infinitive
/// <c>-ar</c>/<c>-er</c>/<c>-ir</c>, participles <c>-ado</c>/<c>-ada</c>/<c>-ido</c>/<c>-ida</c>, preterite
/// <c>-aron</c>/<c>-ieron</c>, imperfect <c>-aba</c>/<c>-aban</c>, gerunds <c>-ando</c>/<c>-iendo</c>, <c>-amos</c>).
/// The code is our own; no Snowball or Lucene code is used.
/// </para>
/// <para>
/// Input is folded, so accents are gone and the preterite <c>criticó</c> looks like the adjective <c>crítico</c>; both
/// lose the final vowel, which is what we want for framing lexicons. Minimum lengths keep short words apart: the final
/// vowel is removed only when four letters remain (<c>casa</c> ≠ <c>caso</c>, <c>mesa</c> ≠ <c>mes</c>), verb endings
/// when four remain (five for <c>-ido</c>/<c>-ida</c>, so <c>partido</c> stays apart from <c>parte</c>), and infinitive
/// endings never shorten <c>mujer</c>, <c>lugar</c> or <c>poder</c>. <c>ñ</c> is a letter (<c>año</c> ≠ <c>ano</c>).
/// Known limit of gender stripping: some noun pairs that differ only in the final vowel merge
/// (<c>puerta</c>/<c>puerto</c>, <c>corte</c>/<c>corto</c>). Stems are never shorter than three letters.
/// </para>
/// <para>Immutable and thread-safe; <see cref="Stem"/> never allocates.</para>
/// </remarks>
public sealed class SpanishStemmer : IStemmer
{
    private const int MinStem = 3;

    private SpanishStemmer()
    {
    }

    /// <summary>The shared instance. The stemmer holds no state.</summary>
    public static SpanishStemmer Instance { get; } = new();

    /// <inheritdoc/>
    public string Language => SpanishLanguagePack.LanguageCode;

    /// <inheritdoc/>
    public int Stem(ReadOnlySpan<char> folded, Span<char> destination)
    {
        if (folded.Length > destination.Length)
        {
            throw new ArgumentException("The destination is shorter than the term.", nameof(destination));
        }

        folded.CopyTo(destination);
        int n = folded.Length;
        if (n <= MinStem || !IsSpanishWord(folded))
        {
            return n;
        }

        Span<char> w = destination;
        n = Plural(w, n);
        n = Adverb(w, n);
        int beforeVerb = n;
        n = VerbEnding(w, n);
        if (n == beforeVerb)
        {
            n = FinalVowel(w, n);
        }

        return n;
    }

    private static bool IsSpanishWord(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (c is not ((>= 'a' and <= 'z') or 'ñ'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // Plural -s / -es (Savoy): cárceles → carcel, vulneraciones → vulneracion, veces → vez, derechos → derecho.
    private static int Plural(Span<char> w, int n)
    {
        if (w[n - 1] != 's')
        {
            return n;
        }

        ReadOnlySpan<char> s = w[..n];
        if (s.EndsWith("ces") && n - 3 >= 2 && IsVowel(w[n - 4]))
        {
            // veces → vez, luces → luz, peces → pez (Spanish spells z as c before e).
            w[n - 3] = 'z';
            return n - 2;
        }

        if (s.EndsWith("es") && n - 2 >= MinStem && w[n - 3] is 'l' or 'n' or 'r' or 'd' or 'j' or 'y' or 's')
        {
            // -es after a consonant that can end a singular: mujeres → mujer, leyes → ley, países → pais.
            return n - 2;
        }

        char before = w[n - 2];
        if (before is 'i' or 'u' or 's' || n - 1 < MinStem)
        {
            // crisis, tesis, virus: not plurals.
            return n;
        }

        return n - 1;
    }

    // Adverbs in -mente: totalmente → total, claramente → clar(a).
    private static int Adverb(Span<char> w, int n) =>
        w[..n].EndsWith("mente") && n - 5 >= 4 ? n - 5 : n;

    // A short list of verb endings, longest first, each with the letters that must remain.
    private static int VerbEnding(Span<char> w, int n)
    {
        ReadOnlySpan<char> s = w[..n];
        return s switch
        {
            _ when Ends(s, "iendo", 4) => n - 5,
            _ when Ends(s, "ieron", 4) => n - 5,
            _ when Ends(s, "aron", 4) => n - 4,
            _ when Ends(s, "aban", 4) => n - 4,
            _ when Ends(s, "ando", 4) => n - 4,
            _ when Ends(s, "amos", 4) => n - 4,
            _ when Ends(s, "ado", 4) => n - 3,
            _ when Ends(s, "ada", 4) => n - 3,
            _ when Ends(s, "ido", 5) => n - 3,
            _ when Ends(s, "ida", 5) => n - 3,
            _ when Ends(s, "aba", 4) => n - 3,
            _ when Ends(s, "ar", 4) => n - 2,
            _ when Ends(s, "er", 4) => n - 2,
            _ when Ends(s, "ir", 4) => n - 2,
            _ => n,
        };
    }

    private static bool Ends(ReadOnlySpan<char> s, string suffix, int minRemaining) =>
        s.Length - suffix.Length >= minRemaining && s.EndsWith(suffix);

    // Gender / final vowel (Savoy): crítico, crítica → critic. Only when four letters remain.
    private static int FinalVowel(Span<char> w, int n) =>
        w[n - 1] is 'a' or 'o' or 'e' && n - 1 >= 4 ? n - 1 : n;
}
