using FramingAnalysis.Text;

namespace FramingAnalysis.Frames;

/// <summary>
/// How a frame cue says what it matches. Every frame dictionary (the built-in TSV files and the tables, LIWC and YAML
/// files of <see cref="FrameDictionaryLoader"/>) uses it. Thread-safe (pure functions).
/// </summary>
/// <remarks>
/// <para>A cue is one word or several separated by single spaces; each word matches one token:</para>
/// <list type="bullet">
/// <item><c>word</c>: the exact word, case and accents folded (<c>tourism</c> matches <i>Tourism</i> and <i>TOURISM</i>,
/// not <i>tour</i> or <i>tourist</i>). Inflections the author wants are written out (<c>tourist</c>, <c>tourists</c>).</item>
/// <item><c>word~</c>: the word or any word that the language's stemmer gives the same stem (<c>inversión~</c> matches
/// <i>inversiones</i>). Only where the author has checked that the stemmer joins no other word to it: the stemmer joins
/// <i>tour</i> and <i>tourism</i>, <i>plazo</i> and <i>plazas</i>, <i>firmar</i> and <i>firmas</i>.</item>
/// <item><c>word*</c>: any word that starts with it (<c>invest*</c> matches <i>investors</i> and <i>investigation</i>); only the
/// last word of a cue.</item>
/// </list>
/// <para>A one-word cue written in lower case is a common word: it does not match a name, that is a capitalized word
/// inside a sentence (<i>Right Said Fred</i>, <i>the Tour de France</i>: no match of <c>right</c> or <c>tour</c>). A word at
/// the start of a sentence or after a colon, an opening quotation mark or bracket, or a dash, a word in ALL CAPS, a
/// hashtag, and any word of a sentence written in title case (a headline) are not names. A cue written with a capital
/// (<c>Congress</c>, <c>Medicaid</c>, <c>Senat*</c>) also matches names, in any case. A cue of several words matches
/// however its words are written: a name that spells out a phrase (<i>the Due Process Clause</i>) is about it.</para>
/// </remarks>
internal static class FrameCueSyntax
{
    /// <summary>The marker of a word matched through the language's stemmer.</summary>
    public const char StemMarker = '~';

    /// <summary>The marker of a prefix, allowed on the last word only.</summary>
    public const char PrefixMarker = '*';

    /// <summary>Why a cue is malformed, or null when it is well formed.</summary>
    /// <param name="cue">The cue as written.</param>
    /// <returns>A message that names the cue, or null.</returns>
    public static string? Check(string cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        if (cue.Trim().Length == 0)
        {
            return "the cue is empty";
        }

        if (cue.Contains('\t', StringComparison.Ordinal))
        {
            return $"cue '{cue}' contains a tab";
        }

        var words = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var star = word.IndexOf(PrefixMarker, StringComparison.Ordinal);
            if (star >= 0 && (i != words.Length - 1 || star != word.Length - 1))
            {
                return $"cue '{cue}': '*' may only end the last word (a prefix pattern such as 'invest*')";
            }

            var tilde = word.IndexOf(StemMarker, StringComparison.Ordinal);
            if (tilde >= 0 && tilde != word.Length - 1)
            {
                return $"cue '{cue}': '~' may only end a word (a stem match such as 'inversión~')";
            }

            if (word.Length == 1 && (star == 0 || tilde == 0))
            {
                return $"cue '{cue}': '{word}' must follow at least one letter";
            }
        }

        return null;
    }

    /// <summary>Parses a cue into its words, or null when it has none.</summary>
    /// <param name="cue">The cue as written.</param>
    /// <param name="stemmer">The stemmer of the cue's language (used for words marked <c>~</c>).</param>
    internal static FrameCueWord[]? Parse(string cue, IStemmer stemmer)
    {
        var parts = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[512];
        var words = new FrameCueWord[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var mode = FrameCueMode.Exact;
            if (part.Length > 1 && part[^1] == PrefixMarker && i == parts.Length - 1)
            {
                mode = FrameCueMode.Prefix;
                part = part[..^1];
            }
            else if (part.Length > 1 && part[^1] == StemMarker)
            {
                mode = FrameCueMode.Stem;
                part = part[..^1];
            }

            var isName = part.Any(char.IsUpper);
            var word = TermNormalizer.StripPossessive(TermNormalizer.Fold(part).AsSpan()).ToString();
            if (word.Length == 0)
            {
                return null;
            }

            var stem = word;
            if (mode == FrameCueMode.Stem && word.Length <= 200)
            {
                var n = stemmer.Stem(word, buffer);
                stem = n > 0 ? buffer[..n].ToString() : word;
            }

            words[i] = new FrameCueWord(word, stem, mode, isName);
        }

        return words;
    }
}
