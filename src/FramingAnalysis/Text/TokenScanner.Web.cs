using System.Buffers;

namespace FramingAnalysis.Text;

/// <summary>URLs, e-mail addresses, mentions and hashtags.</summary>
internal static partial class TokenScanner
{
    private static readonly SearchValues<char> HostCharsAndDot =
        SearchValues.Create("-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> EmailLocalChars =
        SearchValues.Create("%'+-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> AsciiUrlChars = SearchValues.Create(
        "!#$%&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz~");

    /// <summary>A URL scheme as we accept it: 2 to 10 ASCII letters (<c>http</c>, <c>https</c>, <c>ftp</c>).</summary>
    private static bool IsScheme(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 10 && word.IndexOfAnyExcept(AsciiLetters) < 0;

    /// <summary>
    /// Advances over URL characters from <paramref name="i"/> (ASCII by a vectorized search; letters and digits of
    /// any script for IRIs), then gives back trailing sentence punctuation and unbalanced closing brackets.
    /// Returns at least <paramref name="i"/>.
    /// </summary>
    private static int ScanUrlTail(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        while (j < text.Length)
        {
            int rel = text.Slice(j).IndexOfAnyExcept(AsciiUrlChars);
            if (rel < 0)
            {
                j = text.Length;
                break;
            }

            j += rel;
            char c = text[j];
            if (c >= 128 && !char.IsSurrogate(c) && CharClass.IsWordBody(c))
            {
                j++;
                continue;
            }

            break;
        }

        // Counted once, so trimming a long run of brackets stays linear.
        int openParens = -1;
        int closeParens = 0;
        int openBrackets = 0;
        int closeBrackets = 0;
        while (j > i)
        {
            char last = text[j - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*')
            {
                j--;
                continue;
            }

            if (last is not (')' or ']'))
            {
                break;
            }

            if (openParens < 0)
            {
                ReadOnlySpan<char> body = text[i..j];
                openParens = body.Count('(');
                closeParens = body.Count(')');
                openBrackets = body.Count('[');
                closeBrackets = body.Count(']');
            }

            // Keep a closing bracket that closes one inside the URL (Wikipedia's "Bukele_(político)").
            if (last == ')' && closeParens > openParens)
            {
                closeParens--;
                j--;
                continue;
            }

            if (last == ']' && closeBrackets > openBrackets)
            {
                closeBrackets--;
                j--;
                continue;
            }

            break;
        }

        return j;
    }

    /// <summary>
    /// Scans a host name of ASCII labels from <paramref name="i"/>, at most <see cref="MaxHostLength"/> characters,
    /// with vectorized searches (this look-ahead runs after every word that meets a dot, and is thrown away when the
    /// word is not a host, so it must be cheap). Returns the end, or -1 when the host is longer than the limit.
    /// <paramref name="dotted"/> says whether there are at least two labels.
    /// </summary>
    private static int ScanHost(ReadOnlySpan<char> text, int i, out bool dotted, out int firstLabelEnd, out int lastLabelStart)
    {
        dotted = false;
        firstLabelEnd = i;
        lastLabelStart = i;
        int limit = Math.Min(text.Length, i + MaxHostLength + 1);
        ReadOnlySpan<char> run = text[i..limit];
        int runLength = run.IndexOfAnyExcept(HostCharsAndDot);
        if (runLength < 0)
        {
            if (limit < text.Length || run.Length > MaxHostLength)
            {
                return -1;
            }

            runLength = run.Length;
        }

        run = run[..runLength];
        int doubleDot = run.IndexOf("..");
        if (doubleDot >= 0)
        {
            run = run[..doubleDot];
        }

        run = run.TrimEnd('.');
        if (run.IsEmpty || !CharClass.Is(run[0], CharClass.Alnum))
        {
            return i;
        }

        int firstDot = run.IndexOf('.');
        if (firstDot >= 0)
        {
            dotted = true;
            firstLabelEnd = i + firstDot;
            lastLabelStart = i + run.LastIndexOf('.') + 1;
        }
        else
        {
            firstLabelEnd = i + run.Length;
        }

        return i + run.Length;
    }

    /// <summary>A top-level domain is 2 or more ASCII letters.</summary>
    private static bool IsTopLevelShape(ReadOnlySpan<char> label) => label.Length >= 2 && label.IndexOfAnyExcept(AsciiLetters) < 0;

    /// <summary>
    /// A URL without a scheme: <c>www.</c> host, a host followed by a path or port (<c>bit.ly/3xYz</c>), or a host whose
    /// lowercase top-level domain is known (<c>example.com</c>).
    /// </summary>
    private static bool TrySchemelessUrl(ReadOnlySpan<char> text, int start, TokenLexicon lexicon, out int end)
    {
        end = start;
        int hostEnd = ScanHost(text, start, out bool dotted, out int firstLabelEnd, out int lastLabelStart);
        if (hostEnd < 0 || !dotted)
        {
            return false;
        }

        ReadOnlySpan<char> tld = text[lastLabelStart..hostEnd];
        if (!IsTopLevelShape(tld))
        {
            return false;
        }

        bool www = text[start..firstLabelEnd].Equals("www", StringComparison.OrdinalIgnoreCase);
        bool lowerTld = !tld.ContainsAnyInRange('A', 'Z');
        bool path = hostEnd < text.Length
            && (text[hostEnd] == '/' || (text[hostEnd] == ':' && hostEnd + 1 < text.Length && CharClass.IsDigit(text[hostEnd + 1])));
        if (!www && !(lowerTld && (path || lexicon.IsTopLevelDomain(tld))))
        {
            return false;
        }

        end = path ? ScanUrlTail(text, hostEnd) : hostEnd;
        return true;
    }

    /// <summary>
    /// An e-mail address starting at <paramref name="start"/>: a local part of at most 64 characters, <c>@</c>, and a
    /// host with at least two labels and a letter top-level domain.
    /// </summary>
    private static bool TryEmail(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        ReadOnlySpan<char> local = text.Slice(start, Math.Min(text.Length - start, MaxEmailLocalLength + 1));
        int j = local.IndexOfAnyExcept(EmailLocalChars);
        if (j <= 0 || local[j] != '@' || local[j - 1] == '.')
        {
            return false;
        }

        j += start;
        int hostEnd = ScanHost(text, j + 1, out bool dotted, out _, out int lastLabelStart);
        if (hostEnd < 0 || !dotted || !IsTopLevelShape(text[lastLabelStart..hostEnd]))
        {
            return false;
        }

        end = hostEnd;
        return true;
    }

    /// <summary><c>@handle</c> (letters of any script, digits, underscore), or <c>@user@host.tld</c>; a bare <c>@</c> is a symbol.</summary>
    private static Token ReadMention(ReadOnlySpan<char> text, int i)
    {
        int j = ScanHandle(text, i + 1);
        if (j == i + 1)
        {
            return new Token(i, 1, TokenKind.Symbol, TokenFlags.None);
        }

        if (j + 1 < text.Length && text[j] == '@')
        {
            int hostEnd = ScanHost(text, j + 1, out bool dotted, out _, out int lastLabelStart);
            if (hostEnd > 0 && dotted && IsTopLevelShape(text[lastLabelStart..hostEnd]))
            {
                j = hostEnd;
            }
        }

        return new Token(i, j - i, TokenKind.Mention, SurfaceFlags(text[i..j]));
    }

    /// <summary><c>#ÚltimaHora</c>: letters of any script, digits, marks and underscore, with at least one non-digit.</summary>
    private static Token ReadHashtag(ReadOnlySpan<char> text, int i)
    {
        int j = ScanHandle(text, i + 1);
        if (j == i + 1 || text[(i + 1)..j].IndexOfAnyExcept(CharClass.AsciiDigits) < 0)
        {
            return new Token(i, 1, TokenKind.Symbol, TokenFlags.None);
        }

        return new Token(i, j - i, TokenKind.Hashtag, SurfaceFlags(text[i..j]));
    }

    private static int ScanHandle(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            i = ScanWordBody(text, i);
            if (i < text.Length && text[i] == '_')
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }
}
