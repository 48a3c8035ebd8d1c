using System.Collections.Concurrent;
using FramingAnalysis.Analysis;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Benchmarks.Data;

/// <summary>
/// Inputs of the scoring benchmarks, cut from <see cref="ArticleGenerator"/>'s stream to an exact number of characters
/// (the last unit or article is truncated), so that the <c>Mchar/s</c> column divides by the true input size.
/// </summary>
public static class Workload
{
    /// <summary>The seed every scoring benchmark uses.</summary>
    public const int Seed = 42;

    private static readonly ConcurrentDictionary<(string, int, UnitKind?), int> UnitCounts = new();

    /// <summary>The three targets of <c>corpus/targets.json</c> (copied next to the benchmark binary).</summary>
    public static IReadOnlyList<StanceTarget> Targets => StanceTarget.LoadJson(Path.Combine(AppContext.BaseDirectory, "targets.json"));

    /// <summary>
    /// Scored units whose texts add up to exactly <paramref name="chars"/> characters, in stream order.
    /// </summary>
    /// <param name="chars">Total characters.</param>
    /// <param name="kind">Only units of this kind (titles count as paragraphs), or every scored unit when null.</param>
    public static List<TextUnit> Units(int chars, UnitKind? kind)
    {
        var units = new List<TextUnit>();
        var remaining = chars;
        foreach (var article in ArticleGenerator.Stream(Seed))
        {
            foreach (var unit in UnitSplitter.Default.Split(article))
            {
                if (!unit.IsScored || (kind is { } k && KindOf(unit) != k))
                {
                    continue;
                }

                if (unit.Text.Length >= remaining)
                {
                    units.Add(unit with { Text = Cut(unit.Text, remaining) });
                    return units;
                }

                units.Add(unit);
                remaining -= unit.Text.Length;
            }
        }

        return units;
    }

    /// <summary>Articles whose title, paragraphs and comments add up to exactly <paramref name="chars"/> characters.</summary>
    public static List<Article> Articles(int chars)
    {
        var articles = new List<Article>();
        long remaining = chars;
        foreach (var article in ArticleGenerator.Stream(Seed))
        {
            var size = ArticleGenerator.CharsOf(article);
            if (size < remaining)
            {
                articles.Add(article);
                remaining -= size;
                continue;
            }

            articles.Add(Truncate(article, (int)remaining));
            return articles;
        }

        return articles;
    }

    /// <summary>Analyzes units with the default text stage (the input of the scorer benchmarks).</summary>
    public static AnalyzedText[] Analyze(IReadOnlyList<TextUnit> units)
    {
        var texts = new AnalyzedText[units.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = TextPipeline.Default.Analyze(units[i].Text, units[i].DeclaredLanguage);
        }

        return texts;
    }

    /// <summary>Units per operation of a benchmark over <see cref="Units"/> or <see cref="Articles"/> (cached; used by the columns).</summary>
    /// <param name="articles">True when the benchmark runs over whole articles (every unit, boilerplate included).</param>
    /// <param name="chars">The <c>Chars</c> parameter.</param>
    /// <param name="kind">The <c>Kind</c> parameter, if any.</param>
    public static int CountUnits(bool articles, int chars, UnitKind? kind) =>
        UnitCounts.GetOrAdd((articles ? "articles" : "units", chars, kind), key =>
        {
            if (!articles)
            {
                return Units(chars, kind).Count;
            }

            var count = 0;
            foreach (var article in Articles(chars))
            {
                count += UnitSplitter.Default.Split(article).Count;
            }

            return count;
        });

    /// <summary>The kind a unit is counted as: titles go with paragraphs (both are the outlet's own prose).</summary>
    public static UnitKind KindOf(TextUnit unit) => unit.Kind == UnitKind.Title ? UnitKind.Paragraph : unit.Kind;

    private static string Cut(string text, int length)
    {
        if (length >= text.Length)
        {
            return text;
        }

        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }

    private static Article Truncate(Article article, int chars)
    {
        var title = Cut(article.Title ?? "", chars);
        var remaining = chars - title.Length;
        var paragraphs = new List<string>();
        foreach (var p in article.Paragraphs)
        {
            if (remaining <= 0)
            {
                break;
            }

            var cut = Cut(p, remaining);
            if (cut.Trim().Length == 0)
            {
                break;
            }

            paragraphs.Add(cut);
            remaining -= cut.Length;
        }

        var comments = new List<Comment>();
        foreach (var c in article.Comments)
        {
            if (remaining <= 0)
            {
                break;
            }

            var cut = Cut(c.Text, remaining);
            if (cut.Trim().Length == 0)
            {
                break;
            }

            comments.Add(c with { Text = cut });
            remaining -= cut.Length;
        }

        return article with { Title = title, Paragraphs = paragraphs, Comments = comments };
    }
}
