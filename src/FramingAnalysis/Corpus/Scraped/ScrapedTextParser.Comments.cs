namespace FramingAnalysis;

internal sealed partial class ScrapedTextParser
{
    /// <summary>
    /// Reads the comment section from <paramref name="from"/> on. Where the section has author or time lines, each
    /// one starts a comment and the text lines up to the next one (or a blank line) are its text; otherwise comments
    /// are decided like paragraphs, per line or per block. Comment-section chrome ("Reply") is kept as boilerplate.
    /// </summary>
    private void ReadComments(string[] lines, int from)
    {
        var hasMeta = false;
        for (var i = from; i < lines.Length && !hasMeta; i++)
        {
            hasMeta = !string.IsNullOrWhiteSpace(lines[i]) && (_cues.TryAuthorAndTime(lines[i], out _, out _) || _cues.IsTimeLine(lines[i]));
        }

        if (!hasMeta)
        {
            var texts = new List<string>();
            var perLine = HasNoInnerBlank(lines[from..], lines.Length - from);
            foreach (var block in Blocks(lines, from, lines.Length))
            {
                var kept = new List<string>();
                foreach (var line in block)
                {
                    if (_cues.IsCommentChrome(line))
                    {
                        _trailingChrome.Add(line.Trim());
                    }
                    else
                    {
                        kept.Add(line);
                    }
                }

                Flush(kept, perLine, texts);
            }

            foreach (var text in texts)
            {
                _comments.Add(new ScrapedComment(text, null, null));
            }

            return;
        }

        string? author = null;
        string? time = null;
        var body = new List<string>();
        var metaLines = new List<string>();

        void Finish()
        {
            if (body.Count > 0)
            {
                _comments.Add(new ScrapedComment(Join(body), author, time));
            }
            else
            {
                // Author or time lines with no comment text after them: kept as boilerplate, never dropped.
                _trailingChrome.AddRange(metaLines);
            }

            author = time = null;
            body.Clear();
            metaLines.Clear();
        }

        for (var i = from; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                if (body.Count > 0)
                {
                    Finish();
                }

                continue;
            }

            if (_cues.IsCommentChrome(line))
            {
                _trailingChrome.Add(line.Trim());
                continue;
            }

            if (_cues.TryAuthorAndTime(line, out var a, out var t))
            {
                Finish();
                (author, time) = (a, t);
                metaLines.Add(line.Trim());
                continue;
            }

            if (_cues.IsTimeLine(line))
            {
                if (body.Count > 0 || time is not null)
                {
                    Finish();
                }

                time = line.Trim();
                metaLines.Add(time);
                continue;
            }

            if ((author is null || body.Count > 0) && PageTextCues.LooksLikeName(line)
                && (NextIsTime(lines, i + 1) || (body.Count > 0 && author is not null && PageTextCues.IsCapitalizedName(line))))
            {
                // "Maria · 2h" then the comment, then "John D." alone: in a section whose comments carry authors, a
                // capitalized name line after a comment starts the next one even without a time line.
                Finish();
                author = line.Trim();
                metaLines.Add(author);
                continue;
            }

            if (body.Count > 0 && author is null && time is null)
            {
                // A comment without author or time lines in a section that has them: one per line.
                Finish();
            }

            body.Add(line);
        }

        Finish();
    }

    private bool NextIsTime(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                return _cues.IsTimeLine(lines[i]);
            }
        }

        return false;
    }
}
