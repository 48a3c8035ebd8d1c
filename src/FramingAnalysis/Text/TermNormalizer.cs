using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace FramingAnalysis.Text;

/// <summary>
/// Makes the lookup key of a term: the form under which lexicons, stopword lists and stemmers see a token.
/// </summary>
/// <remarks>
/// <para>
/// Folding is case- and accent-insensitive: letters are lowercased with the invariant culture and diacritics are removed
/// (<c>Éxito</c>, <c>EXITO</c> and <c>éxito</c> all fold to <c>exito</c>). Precomposed letters of Latin-1 Supplement
/// (U+00C0–U+00FF) and Latin Extended-A (U+0100–U+017F) map to their base letter, and combining marks U+0300–U+036F
/// (text in NFD) are dropped.
/// </para>
/// <para>
/// <b><c>ñ</c> is kept.</b> In Spanish <c>ñ</c> is a letter of its own, not an <c>n</c> with an accent, and folding it
/// would merge different words (<c>año</c> "year" and <c>ano</c> "anus", <c>peña</c> and <c>pena</c>). <c>Ñ</c> folds to
/// <c>ñ</c>, and the decomposed form <c>n</c> + U+0303 also folds to <c>ñ</c>, so NFC and NFD text give the same key.
/// </para>
/// <para>
/// Typographic apostrophes (<c>’</c> U+2019, <c>‘</c> U+2018, <c>ʼ</c> U+02BC, <c>＇</c> U+FF07) become the ASCII
/// <c>'</c>, so <c>Salvador’s</c> and <c>Salvador's</c> fold to <c>salvador's</c>. <c>ß</c> and <c>ẞ</c> become
/// <c>ss</c>; the ligatures <c>æ</c> and <c>œ</c> become <c>ae</c> and <c>oe</c>. The soft hyphen (U+00AD), which is
/// invisible and left behind by web pages, is dropped. Every other character is lowercased and kept.
/// </para>
/// <para>All members are pure functions and thread-safe.</para>
/// </remarks>
public static class TermNormalizer
{
    /// <summary>
    /// The most characters one input character can become (<c>ß</c> → <c>ss</c>). A destination of
    /// <c>token.Length * MaxExpansion</c> characters is always enough for <see cref="Fold(ReadOnlySpan{char}, Span{char})"/>.
    /// </summary>
    public const int MaxExpansion = 2;

    private const char CombiningTilde = '\u0303';

    // Words before which 's is a contraction of is/has/us, not a possessive (see StripPossessive).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContractionHeads = FrozenSet.ToFrozenSet(
        ["it", "he", "she", "that", "this", "there", "here", "what", "who", "where", "when", "why", "how", "let"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Folded form of each character in U+00C0..U+017F; a two-character entry marks an expansion.
    private static readonly string[] LatinFolds = BuildLatinFolds();

    /// <summary>
    /// Writes the folded lookup key of <paramref name="token"/> into <paramref name="destination"/>.
    /// </summary>
    /// <param name="token">Any text, usually one token.</param>
    /// <param name="destination">
    /// Where the key is written. <c>token.Length * </c><see cref="MaxExpansion"/> characters are always enough; ASCII
    /// input needs only <c>token.Length</c>.
    /// </param>
    /// <returns>The number of characters written; never more than <c>token.Length * MaxExpansion</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short for the folded key.</exception>
    /// <remarks>ASCII input takes a vectorized path (<see cref="Ascii.ToLower(ReadOnlySpan{char}, Span{char}, out int)"/>). Never allocates.</remarks>
    public static int Fold(ReadOnlySpan<char> token, Span<char> destination)
    {
        // Most tokens are short ASCII words: one scalar pass beats the vectorized calls' setup there.
        if (token.Length <= 16 && token.Length <= destination.Length)
        {
            for (int i = 0; i < token.Length; i++)
            {
                char c = token[i];
                if (c >= 0x80)
                {
                    return FoldSlow(token, destination);
                }

                destination[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c + 32) : c;
            }

            return token.Length;
        }

        if (Ascii.IsValid(token))
        {
            if (Ascii.ToLower(token, destination, out int written) != OperationStatus.Done)
            {
                throw new ArgumentException("The destination is shorter than the token.", nameof(destination));
            }

            return written;
        }

        return FoldSlow(token, destination);
    }

    /// <summary>
    /// Returns the folded lookup key of <paramref name="token"/> as a string. Allocates; meant for loaders and tests,
    /// not for per-token hot paths (use <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> there).
    /// </summary>
    /// <param name="token">Any text.</param>
    /// <returns>The folded key; the same instance when <paramref name="token"/> is already folded ASCII.</returns>
    public static string Fold(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (Ascii.IsValid(token) && !token.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return token;
        }

        int capacity = token.Length * MaxExpansion;
        char[]? rented = null;
        Span<char> buffer = capacity <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            int length = Fold(token, buffer);
            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Removes an English possessive ending from a folded term: <c>government's</c> → <c>government</c>,
    /// <c>students'</c> → <c>students</c>.
    /// </summary>
    /// <param name="folded">A term already folded by <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> (apostrophe is ASCII <c>'</c>).</param>
    /// <returns>A slice of <paramref name="folded"/>; the input itself when there is no possessive to remove.</returns>
    /// <remarks>
    /// <para>
    /// A trailing <c>'s</c> is kept when the word before it is a pronoun, demonstrative or question word, because there
    /// it is the contraction of <em>is</em>/<em>has</em>/<em>us</em>, not a possessive: <c>it's</c>, <c>he's</c>,
    /// <c>she's</c>, <c>that's</c>, <c>this's</c>, <c>there's</c>, <c>here's</c>, <c>what's</c>, <c>who's</c>,
    /// <c>where's</c>, <c>when's</c>, <c>why's</c>, <c>how's</c>, <c>let's</c>. Other <c>'s</c> endings are treated as
    /// possessives; for nouns the contraction (<c>the government's failed</c>) is rare in news and cannot be told apart
    /// from the possessive without syntax.
    /// </para>
    /// <para>
    /// A bare trailing apostrophe is removed only after <c>s</c> (plural possessive, <c>students'</c>); other trailing
    /// apostrophes are elisions (<c>goin'</c>, Spanish <c>pa'</c>) and are kept. Pure and allocation-free.
    /// </para>
    /// </remarks>
    public static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> folded)
    {
        int n = folded.Length;
        if (n >= 3 && folded[n - 1] == 's' && folded[n - 2] == '\'')
        {
            ReadOnlySpan<char> head = folded[..(n - 2)];
            return IsContractionHead(head) ? folded : head;
        }

        if (n >= 3 && folded[n - 1] == '\'' && folded[n - 2] == 's')
        {
            return folded[..(n - 1)];
        }

        return folded;
    }

    private static bool IsContractionHead(ReadOnlySpan<char> head) => ContractionHeads.Contains(head);

    private static int FoldSlow(ReadOnlySpan<char> token, Span<char> destination)
    {
        int w = 0;
        foreach (char c in token)
        {
            if (c < 0x80)
            {
                Put(destination, ref w, (char)(c is >= 'A' and <= 'Z' ? c + 32 : c));
            }
            else if (c is >= '\u0300' and <= '\u036F')
            {
                // NFD combining mark: dropped, except that n + combining tilde is the letter ñ.
                if (c == CombiningTilde && w > 0 && destination[w - 1] == 'n')
                {
                    destination[w - 1] = 'ñ';
                }
            }
            else if (c is >= '\u00C0' and <= '\u017F')
            {
                string folded = LatinFolds[c - 0xC0];
                Put(destination, ref w, folded[0]);
                if (folded.Length == 2)
                {
                    Put(destination, ref w, folded[1]);
                }
            }
            else
            {
                switch (c)
                {
                    case '\u2019' or '\u2018' or '\u02BC' or '\uFF07':
                        Put(destination, ref w, '\'');
                        break;
                    case '\u00AD':
                        break;
                    case '\u1E9E':
                        Put(destination, ref w, 's');
                        Put(destination, ref w, 's');
                        break;
                    default:
                        Put(destination, ref w, char.ToLowerInvariant(c));
                        break;
                }
            }
        }

        return w;
    }

    private static void Put(Span<char> destination, ref int index, char c)
    {
        if ((uint)index >= (uint)destination.Length)
        {
            throw new ArgumentException("The destination is too short for the folded token; use token.Length * MaxExpansion.", nameof(destination));
        }

        destination[index++] = c;
    }

    private static string[] BuildLatinFolds()
    {
        var table = new string[0x180 - 0xC0];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)(0xC0 + i);
            char lower = char.ToLowerInvariant(c);
            string decomposed = lower.ToString().Normalize(NormalizationForm.FormD);

            // Letters with a canonical decomposition fold to their base letter (é → e + U+0301 → e).
            table[i] = char.IsAsciiLetter(decomposed[0]) ? char.ToLowerInvariant(decomposed[0]).ToString() : lower.ToString();
        }

        // Letters without a canonical decomposition, folded by hand; ñ stays a letter of its own (see remarks).
        Set(table, 'Ñ', "ñ");
        Set(table, 'ñ', "ñ");
        Set(table, 'ß', "ss");
        Set(table, 'Æ', "ae");
        Set(table, 'æ', "ae");
        Set(table, 'Œ', "oe");
        Set(table, 'œ', "oe");
        Set(table, 'Ø', "o");
        Set(table, 'ø', "o");
        Set(table, 'Đ', "d");
        Set(table, 'đ', "d");
        Set(table, 'Ð', "d");
        Set(table, 'ð', "d");
        Set(table, 'Ħ', "h");
        Set(table, 'ħ', "h");
        Set(table, 'Ł', "l");
        Set(table, 'ł', "l");
        Set(table, 'ı', "i");
        Set(table, 'Ŀ', "l");
        Set(table, 'ŀ', "l");
        Set(table, 'ſ', "s");
        return table;
    }

    private static void Set(string[] table, char c, string folded) => table[c - 0xC0] = folded;
}
