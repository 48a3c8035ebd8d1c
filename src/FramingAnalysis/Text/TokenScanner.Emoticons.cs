namespace FramingAnalysis.Text;

/// <summary>Text emoticons.</summary>
internal static partial class TokenScanner
{
    /// <summary>
    /// Recognizes a text emoticon at <paramref name="i"/>: eyes-first faces (<c>:)</c>, <c>:-(</c>, <c>;)</c>,
    /// <c>:'(</c>, <c>:D</c>, <c>:P</c>, <c>:/</c>, <c>:|</c>, <c>:o</c>, <c>=)</c>, with repeated mouths <c>:)))</c>),
    /// hearts (<c>&lt;3</c>, <c>&lt;/3</c>), <c>(:</c>, <c>&gt;:(</c>, <c>xD</c>, and underscore faces
    /// (<c>-_-</c>, <c>^_^</c>, <c>o_O</c>, <c>T_T</c>, <c>^^</c>). A colon before a digit is never an emoticon
    /// (<c>10:30</c>), nor is <c>:/</c> before another slash (<c>https://</c>).
    /// </summary>
    private static bool TryEmoticon(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        int length = text.Length;
        if (i + 1 >= length)
        {
            return false;
        }

        char c = text[i];
        char n = text[i + 1];
        switch (c)
        {
            case ':' or ';' or '=':
                return TryEyesFirst(text, i, out end);

            case '<':
                {
                    int j = n == '/' ? i + 2 : i + 1;
                    if (j >= length || text[j] != '3')
                    {
                        return false;
                    }

                    j = RunOf(text, j, '3');
                    if (j < length && CharClass.IsWordBody(text[j]))
                    {
                        return false;
                    }

                    end = j;
                    return true;
                }

            case '(' when n == ':' && (i + 2 == length || CharClass.IsSeparator(text[i + 2])):
                end = i + 2;
                return true;

            case '>' when n == ':' && i + 2 < length && text[i + 2] is '(' or ')':
                end = i + 3;
                return true;

            case '^' when n == '^':
                end = i + 2;
                return IsFaceBoundary(text, end);

            case 'x' or 'X' when n == 'D':
                end = RunOf(text, i + 1, 'D');
                return IsFaceBoundary(text, end);
        }

        // Underscore faces: eye, '_' (or '.' between round eyes), eye.
        if (i + 2 < length && IsUnderscoreFaceEye(c) && IsUnderscoreFaceEye(text[i + 2])
            && (n == '_' || (n == '.' && c is 'o' or 'O' or '^' && text[i + 2] is 'o' or 'O' or '^')))
        {
            end = i + 3;
            return IsFaceBoundary(text, end);
        }

        return false;
    }

    private static bool TryEyesFirst(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        int length = text.Length;
        char eyes = text[i];
        int j = i + 1;
        bool tear = false;
        if (eyes == ':' && text[j] == '\'')
        {
            tear = true;
            j++;
        }

        if (j < length && text[j] is '-' or '^')
        {
            j++;
        }

        if (j >= length)
        {
            return false;
        }

        char mouth = text[j];
        switch (mouth)
        {
            case ')' or '(':
                end = RunOf(text, j, mouth);
                return true;

            case 'D' when !tear:
                end = RunOf(text, j, 'D');
                return IsFaceBoundary(text, end);

            case 'P' or 'p' or 'O' or 'o' or 'S' or 's' or 'x' or 'X':
                if (tear || (eyes == '=' && mouth is not ('P' or 'p')))
                {
                    return false;
                }

                end = j + 1;
                return IsFaceBoundary(text, end);

            case '/' or '\\' when !tear:
                end = j + 1;
                return (end == length || text[end] is not ('/' or '\\')) && IsFaceBoundary(text, end);

            case '|' or '*' or '[' or ']' when !tear:
                end = j + 1;
                return true;

            default:
                return false;
        }
    }

    private static bool IsUnderscoreFaceEye(char c) => c is 'o' or 'O' or '-' or '^' or 'T' or 'u' or 'U' or '>' or '<' or 'x' or 'X' or '.' or ';';

    /// <summary>A face ends where no letter or digit follows (<c>:D</c> but not <c>:Dónde</c>).</summary>
    private static bool IsFaceBoundary(ReadOnlySpan<char> text, int end) =>
        end >= text.Length || !CharClass.IsWordBody(text[end]);
}
