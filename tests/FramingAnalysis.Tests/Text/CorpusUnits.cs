using System.Text;

namespace FramingAnalysis.Tests.Text;

/// <summary>
/// Reads the sample corpus (corpus/articles.csv, corpus/comments.csv) into language-ID evaluation units: article paragraphs
/// and reader comments of at least five words, with gold language (the article's, or a hand label for comments).
/// </summary>
internal static class CorpusUnits
{
    public const int MinimumWords = 5;

    /// <summary>Finds the corpus folder: FRAMING_CORPUS_DIR, or a corpus/ folder above the test binaries.</summary>
    public static string? FindCorpus()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("FRAMING_CORPUS_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "articles.csv")))
        {
            return fromEnvironment;
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(candidate, "articles.csv")))
            {
                return candidate;
            }
        }

        return null;
    }

    public static (List<(string Text, string Gold)> Paragraphs, List<(string Text, string Gold)> Comments) Read(string corpus, string handLabelsPath)
    {
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        var paragraphs = new List<(string, string)>();
        foreach (Dictionary<string, string> article in ReadCsv(Path.Combine(corpus, "articles.csv")))
        {
            string language = article["language"];
            languages[article["id"]] = language;
            foreach (string paragraph in article["text"].Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
            {
                string trimmed = paragraph.Trim();
                if (WordCount(trimmed) >= MinimumWords)
                {
                    paragraphs.Add((trimmed, language));
                }
            }
        }

        var handLabels = new Dictionary<(string, string), string>();
        foreach (string line in File.ReadLines(handLabelsPath))
        {
            if (line.StartsWith('#') || line.StartsWith("article_id", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            string[] f = line.Split('\t');
            handLabels[(f[0], f[1])] = f[2];
        }

        var comments = new List<(string, string)>();
        foreach (Dictionary<string, string> comment in ReadCsv(Path.Combine(corpus, "comments.csv")))
        {
            string text = comment["text"];
            if (WordCount(text) >= MinimumWords)
            {
                string gold = handLabels.GetValueOrDefault((comment["article_id"], comment["id"])) ?? languages[comment["article_id"]];
                comments.Add((text, gold));
            }
        }

        return (paragraphs, comments);
    }

    /// <summary>Comments of fewer than five words (gold as in <see cref="Read"/>): a held-out set of short texts.</summary>
    public static List<(string Text, string Gold)> ReadShortComments(string corpus, string handLabelsPath)
    {
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Dictionary<string, string> article in ReadCsv(Path.Combine(corpus, "articles.csv")))
        {
            languages[article["id"]] = article["language"];
        }

        var comments = new List<(string, string)>();
        foreach (Dictionary<string, string> comment in ReadCsv(Path.Combine(corpus, "comments.csv")))
        {
            if (WordCount(comment["text"]) < MinimumWords)
            {
                comments.Add((comment["text"], languages[comment["article_id"]]));
            }
        }

        return comments;
    }

    /// <summary>Article titles with the article's language.</summary>
    public static List<(string Text, string Gold)> ReadTitles(string corpus) =>
        ReadCsv(Path.Combine(corpus, "articles.csv")).Select(a => (a["title"], a["language"])).ToList();

    /// <summary>A minimal RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes); header row gives keys.</summary>
    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        string content = File.ReadAllText(path);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < content.Length && content[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        List<string> header = records[0];
        var rows = new List<Dictionary<string, string>>();
        foreach (List<string> r in records.Skip(1))
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int k = 0; k < header.Count && k < r.Count; k++)
            {
                row[header[k]] = r[k];
            }

            rows.Add(row);
        }

        return rows;
    }

    private static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
