using System.Globalization;
using System.Text;

namespace FramingAnalysis.Benchmarks.Data;

/// <summary>
/// Seeded generator of whole <see cref="Article"/>s for the scoring benchmarks and the <c>generate</c> command: four
/// outlets (two English, two Spanish), a title, 3–9 body paragraphs built from <see cref="CorpusGenerator"/>'s news bank
/// with sentences about the three targets of <c>corpus/targets.json</c> mixed in, an embedded post with its attribution
/// line in about a third of the articles, occasional page chrome, and 0–12 reader comments (some replies, about one in
/// ten in the other language). The same seed always gives the same articles.
/// </summary>
public static partial class ArticleGenerator
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 5, 8, 0, 0, TimeSpan.FromHours(-6));

    /// <summary>An endless, deterministic stream of articles.</summary>
    /// <param name="seed">Seed of the random generator.</param>
    /// <returns>Articles with ids <c>g{seed}-{n}</c>, n from 1.</returns>
    public static IEnumerable<Article> Stream(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(1024);
        for (var n = 1; ; n++)
        {
            yield return Next(random, builder, seed, n);
        }
    }

    /// <summary>Articles whose scored text (title, paragraphs, posts, comments) adds up to at least <paramref name="chars"/>.</summary>
    public static List<Article> Generate(long chars, int seed)
    {
        var list = new List<Article>();
        long total = 0;
        foreach (var article in Stream(seed))
        {
            list.Add(article);
            total += CharsOf(article);
            if (total >= chars)
            {
                break;
            }
        }

        return list;
    }

    /// <summary>The number of text characters in an article (title, paragraphs and comments).</summary>
    public static long CharsOf(Article article)
    {
        long total = article.Title?.Length ?? 0;
        foreach (var p in article.Paragraphs)
        {
            total += p.Length;
        }

        foreach (var c in article.Comments)
        {
            total += c.Text.Length;
        }

        return total;
    }

    private static Article Next(Random random, StringBuilder builder, int seed, int n)
    {
        var (source, language) = Sources[random.Next(Sources.Length)];
        var spanish = language == "es";
        var targetBank = spanish ? SpanishTargetSentences : EnglishTargetSentences;
        var newsBank = spanish ? CorpusGenerator.SpanishNews : CorpusGenerator.EnglishNews;

        builder.Clear();
        CorpusGenerator.AppendFilled(builder, CorpusGenerator.Pick(random, random.Next(2) == 0 ? targetBank : newsBank), random, spanish);
        var title = builder.ToString().TrimEnd('.');

        var paragraphs = new List<string>();
        var count = random.Next(3, 10);
        var post = random.Next(3) == 0 ? random.Next(1, count) : -1;
        for (var p = 0; p < count; p++)
        {
            if (p == post)
            {
                paragraphs.Add(EmbeddedPost(random, builder, spanish));
                continue;
            }

            if (p > 0 && random.Next(12) == 0)
            {
                paragraphs.Add(CorpusGenerator.Pick(random, spanish ? SpanishBoilerplate : EnglishBoilerplate));
                continue;
            }

            builder.Clear();
            var sentences = random.Next(2, 5);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    builder.Append(' ');
                }

                // About one sentence in three names a target, as in coverage of a story about them.
                var bank = random.Next(3) == 0 ? targetBank : newsBank;
                CorpusGenerator.AppendFilled(builder, CorpusGenerator.Pick(random, bank), random, spanish);
            }

            paragraphs.Add(builder.ToString());
        }

        var comments = new List<Comment>();
        var commentCount = random.Next(4) == 0 ? 0 : random.Next(1, 13);
        for (var c = 1; c <= commentCount; c++)
        {
            var other = random.Next(10) == 0 ? !spanish : spanish;
            builder.Clear();
            // One comment in six is about a target: comments mention targets less than the articles do.
            if (random.Next(6) == 0)
            {
                builder.Append(CorpusGenerator.Pick(random, other ? SpanishTargetComments : EnglishTargetComments));
            }
            else
            {
                CorpusGenerator.AppendComment(builder, random, other);
            }

            comments.Add(new Comment
            {
                Id = "c" + c.ToString(CultureInfo.InvariantCulture),
                Author = "reader" + random.Next(1, 500).ToString(CultureInfo.InvariantCulture),
                Text = builder.ToString(),
                ParentId = c > 1 && random.Next(4) == 0 ? "c" + random.Next(1, c).ToString(CultureInfo.InvariantCulture) : null,
            });
        }

        return new Article
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"g{seed}-{n}"),
            Source = source,
            Language = language,
            Published = Epoch.AddMinutes(n * 37L % (90 * 24 * 60)),
            Title = title,
            Paragraphs = paragraphs,
            Comments = comments,
        };
    }

    private static string EmbeddedPost(Random random, StringBuilder builder, bool spanish)
    {
        builder.Clear();
        CorpusGenerator.AppendTweet(builder, random, spanish);
        var (name, handle) = PostAuthors[random.Next(PostAuthors.Length)];
        var day = random.Next(1, 29);
        builder.Append("\n— ").Append(name).Append(" (@").Append(handle).Append(") ");
        builder.Append(spanish ? $"{day} de marzo de 2026" : $"March {day}, 2026");
        return builder.ToString();
    }
}
