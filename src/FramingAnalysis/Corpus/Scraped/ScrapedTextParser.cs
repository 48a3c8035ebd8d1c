using System.Text;

namespace FramingAnalysis;

/// <summary>The rules of <see cref="ArticleText.Parse"/>; one instance per call, not thread-safe.</summary>
internal sealed partial class ScrapedTextParser
{
    private const int MaxTitleLength = 200;
    private const int MaxHeadingLength = 80;

    private readonly UnitSplitter _splitter;
    private readonly PageTextCues _cues;
    private readonly bool _markdown;
    private readonly List<string> _paragraphs = [];
    private readonly List<string> _trailingChrome = [];
    private readonly List<ScrapedComment> _comments = [];

    public ScrapedTextParser(UnitSplitter splitter, bool markdown)
    {
        _splitter = splitter;
        _cues = splitter.Cues;
        _markdown = markdown;
    }

    public ScrapedText Parse(string text, bool detectTitle, bool detectComments)
    {
        var normalized = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        var lines = normalized.Split('\n');
        var header = -1;
        if (detectComments)
        {
            header = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l) && _cues.IsCommentSectionHeader(l));
        }

        var bodyEnd = header < 0 ? lines.Length : header;
        var perLine = HasNoInnerBlank(lines, bodyEnd);
        string? title = null;
        var first = true;
        foreach (var block in Blocks(lines, 0, bodyEnd))
        {
            var start = 0;
            if (first && detectTitle)
            {
                // Chrome before the headline stays chrome; the first other line is the title if it looks like one.
                while (start < block.Count && IsChrome(block[start]))
                {
                    _paragraphs.Add(block[start].Trim());
                    start++;
                }

                if (start < block.Count)
                {
                    first = false;
                    var candidate = _markdown ? block[start].Trim().TrimStart('#').Trim() : block[start].Trim();
                    var nextIsAttribution = start + 1 < block.Count && IsAttribution(block[start + 1]);
                    if (candidate.Length is > 0 and <= MaxTitleLength && !candidate.EndsWith('.') && !nextIsAttribution
                        && !UnitSplitter.IsEmbeddedPost(candidate) && (block.Count > start + 1 || HasMoreText(lines, bodyEnd, block)))
                    {
                        title = candidate;
                        start++;
                    }
                }
            }
            else if (block.Count > 0)
            {
                first = false;
            }

            AddBlock(block, start, perLine, _paragraphs);
        }

        int? declared = null;
        if (header >= 0)
        {
            declared = DeclaredCount(lines[header]);
            ReadComments(lines, header + 1);
            _paragraphs.AddRange(_trailingChrome);
        }

        return new ScrapedText(title, _paragraphs, _comments, header >= 0 ? lines[header].Trim() : null, declared);
    }

    // A single line with nothing else is a headline-only text only when a title is asked for and it looks like one;
    // otherwise it is one paragraph. Here: a lone first line is a title only if more text follows in another block.
    private static bool HasMoreText(string[] lines, int end, List<string> block)
    {
        var seen = 0;
        for (var i = 0; i < end; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                seen++;
            }
        }

        return seen > block.Count;
    }

    private static bool HasNoInnerBlank(string[] lines, int end)
    {
        // Blank lines only at the very start or end do not make a text "separated by blank lines".
        var firstText = Array.FindIndex(lines, 0, end, l => !string.IsNullOrWhiteSpace(l));
        var lastText = Array.FindLastIndex(lines, end - 1, end, l => !string.IsNullOrWhiteSpace(l));
        if (firstText < 0)
        {
            return true;
        }

        for (var i = firstText; i <= lastText; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<List<string>> Blocks(string[] lines, int from, int to)
    {
        var block = new List<string>();
        for (var i = from; i < to; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                if (block.Count > 0)
                {
                    yield return block;
                    block = [];
                }

                continue;
            }

            block.Add(lines[i]);
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }

    /// <summary>Adds the paragraphs of one block: chrome alone, embedded posts whole, the rest per line or as one.</summary>
    private void AddBlock(List<string> block, int start, bool perLine, List<string> into)
    {
        var run = new List<string>();
        var runStartsBlock = true;
        for (var i = start; i < block.Count; i++)
        {
            var line = block[i];
            if (IsChrome(line))
            {
                Flush(run, perLine, into);
                into.Add(line.Trim());
                runStartsBlock = false;
                continue;
            }

            if (IsAttribution(line))
            {
                var post = new List<string>();
                var whole = !perLine && runStartsBlock && start == 0 && run.Sum(l => l.Length) <= _splitter.Options.MaxEmbeddedPostLength;
                if (whole)
                {
                    post.AddRange(run);
                    run.Clear();
                }
                else if (run.Count > 0 && run[^1].Length <= _splitter.Options.MaxEmbeddedPostLength)
                {
                    post.Add(run[^1]);
                    run.RemoveAt(run.Count - 1);
                }

                Flush(run, perLine, into);
                post.Add(line);
                // The post's tail after its attribution: link-only lines, and a line with the post's picture link
                // unless an attribution follows it (then it is the next post's text).
                while (i + 1 < block.Count && (IsLinkOnly(block[i + 1])
                       || block[i + 1].Contains("pic.twitter.com/", StringComparison.OrdinalIgnoreCase) && !(i + 2 < block.Count && IsAttribution(block[i + 2]))))
                {
                    post.Add(block[++i]);
                }

                into.Add(Join(post));
                runStartsBlock = false;
                continue;
            }

            run.Add(line);
        }

        Flush(run, perLine, into);
    }

    private void Flush(List<string> run, bool perLine, List<string> into)
    {
        if (run.Count == 0)
        {
            return;
        }

        if (perLine || run.Count == 1 || ReadsPerLine(run))
        {
            foreach (var line in run)
            {
                into.Add(line.Trim());
            }
        }
        else
        {
            into.Add(Join(run));
        }

        run.Clear();
    }

    private static string Join(List<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(line.TrimEnd());
        }

        return sb.ToString().Trim();
    }

    /// <summary>
    /// Whether a block's lines are paragraphs of their own: each ends with sentence punctuation, except heading lines
    /// (short, capitalized, at most ten words, followed by a capitalized line) that never stand next to each other.
    /// Lines of prose wrapped at a fixed width fail this: they end mid-sentence and go on in lower case.
    /// </summary>
    internal static bool ReadsPerLine(List<string> run)
    {
        var reading = 0;
        var previousHeading = false;
        for (var i = 0; i < run.Count; i++)
        {
            if (ReadsAsParagraph(run[i]))
            {
                reading++;
                previousHeading = false;
                continue;
            }

            var trimmed = run[i].Trim();
            var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var nextCapitalized = i + 1 >= run.Count || char.IsUpper(FirstLetter(run[i + 1]));
            if (previousHeading || trimmed.Length > MaxHeadingLength || words > 10 || trimmed.EndsWith(',')
                || !char.IsUpper(FirstLetter(trimmed)) || !nextCapitalized)
            {
                return false;
            }

            previousHeading = true;
        }

        return reading >= 1;
    }

    /// <summary>Whether a line ends as a paragraph ends: with <c>. ! ? … : ;</c>, perhaps inside closing quotes or brackets.</summary>
    internal static bool ReadsAsParagraph(string line)
    {
        var s = line.AsSpan().TrimEnd();
        while (s.Length > 0 && s[^1] is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '*' or '_')
        {
            s = s[..^1];
        }

        return s.Length > 0 && s[^1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    private static char FirstLetter(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsDigit(c) ? 'A' : c;
            }
        }

        return 'A';
    }

    // The title pass and the block pass ask both questions of the same lines (a one-line text is asked twice): the last
    // answer is kept for the same line (these are pure functions of the line, so reusing an answer changes nothing).
    private string? _chromeLine;
    private bool _chromeAnswer;
    private string? _attributionLine;
    private bool _attributionAnswer;

    private bool IsChrome(string line)
    {
        if (!ReferenceEquals(line, _chromeLine))
        {
            _chromeAnswer = _splitter.IsBoilerplate(line) && !UnitSplitter.IsEmbeddedPost(line);
            _chromeLine = line;
        }

        return _chromeAnswer;
    }

    private bool IsAttribution(string line)
    {
        if (!ReferenceEquals(line, _attributionLine))
        {
            _attributionAnswer = UnitSplitter.IsAttributionLine(line) || _cues.IsPostAttribution(line);
            _attributionLine = line;
        }

        return _attributionAnswer;
    }

    private static bool IsLinkOnly(string line)
    {
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!(word.StartsWith("pic.twitter.com/", StringComparison.OrdinalIgnoreCase) || word.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith('#') || word.StartsWith("instagram.com/", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return line.Trim().Length > 0;
    }

    private static int? DeclaredCount(string header)
    {
        var digits = new StringBuilder();
        foreach (var c in header)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is ',' or '.' && digits.Length > 0)
            {
                continue;
            }
            else if (digits.Length > 0)
            {
                break;
            }
        }

        return digits.Length > 0 && int.TryParse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
