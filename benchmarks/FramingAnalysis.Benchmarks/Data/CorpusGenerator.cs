using System.Globalization;
using System.Text;

namespace FramingAnalysis.Benchmarks.Data;

/// <summary>
/// Seeded generator of realistic mixed English/Spanish text for benchmarks: news paragraphs, tweets (hashtags,
/// mentions, emoji, URLs) and reader comments (emoticons, shouting, runs of punctuation), separated by blank lines.
/// The same seed and size always give the same string, so every stage's benchmarks can share inputs.
/// </summary>
public static partial class CorpusGenerator
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    /// <summary>Generates exactly <paramref name="targetChars"/> characters of mixed text.</summary>
    /// <param name="targetChars">Length of the result in UTF-16 code units; at least 0.</param>
    /// <param name="seed">Seed of the random generator; the output is a pure function of the two arguments.</param>
    /// <returns>Documents separated by blank lines (<c>\n\n</c>): about 60% news paragraphs, 25% tweets, 15% comments,
    /// half English and half Spanish. Cut at <paramref name="targetChars"/>, never inside a surrogate pair.</returns>
    public static string Generate(int targetChars, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(targetChars);
        var random = new Random(seed);
        var builder = new StringBuilder(targetChars + 1024);
        while (builder.Length < targetChars)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            bool spanish = random.Next(2) == 0;
            int kind = random.Next(100);
            if (kind < 60)
            {
                AppendNews(builder, random, spanish);
            }
            else if (kind < 85)
            {
                AppendTweet(builder, random, spanish);
            }
            else
            {
                AppendComment(builder, random, spanish);
            }
        }

        int length = targetChars;
        if (length > 0 && length < builder.Length && char.IsHighSurrogate(builder[length - 1]))
        {
            length--;
        }

        return builder.ToString(0, length);
    }

    /// <summary>Splits generated text into its documents (the blank-line separated blocks).</summary>
    /// <param name="text">Text from <see cref="Generate"/>.</param>
    /// <returns>The non-empty documents, in order.</returns>
    public static string[] Documents(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static void AppendNews(StringBuilder builder, Random random, bool spanish)
    {
        string[] bank = spanish ? SpanishNews : EnglishNews;
        int sentences = random.Next(3, 7);
        for (int s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                builder.Append(' ');
            }

            AppendFilled(builder, Pick(random, bank), random, spanish);
        }
    }

    internal static void AppendTweet(StringBuilder builder, Random random, bool spanish)
    {
        if (random.Next(4) == 0)
        {
            builder.Append("RT ").Append(Pick(random, Mentions)).Append(": ");
        }

        AppendFilled(builder, Pick(random, spanish ? SpanishTweets : EnglishTweets), random, spanish);
        builder.Append(random.Next(3) == 0 ? "!! " : random.Next(2) == 0 ? ". " : " ");
        builder.Append(Pick(random, Emoji));
        for (int h = random.Next(1, 4); h > 0; h--)
        {
            builder.Append(' ').Append(Pick(random, Hashtags));
        }

        if (random.Next(2) == 0)
        {
            builder.Append(' ').Append(Pick(random, Mentions));
        }

        if (random.Next(3) != 0)
        {
            builder.Append(' ').Append(Pick(random, Urls));
        }
    }

    internal static void AppendComment(StringBuilder builder, Random random, bool spanish)
    {
        string[] bank = spanish ? SpanishComments : EnglishComments;
        int parts = random.Next(1, 4);
        for (int p = 0; p < parts; p++)
        {
            if (p > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Pick(random, bank));
            if (random.Next(3) == 0)
            {
                builder.Append(' ').Append(random.Next(2) == 0 ? Pick(random, Emoticons) : Pick(random, Emoji));
            }
        }
    }

    internal static void AppendFilled(StringBuilder builder, string phrase, Random random, bool spanish)
    {
        CultureInfo culture = spanish ? Spanish : English;
        int i = 0;
        while (i < phrase.Length)
        {
            int open = phrase.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(phrase, i, phrase.Length - i);
                return;
            }

            int close = phrase.IndexOf('}', open);
            builder.Append(phrase, i, open - i);
            AppendValue(builder, phrase.AsSpan(open + 1, close - open - 1), random, culture, spanish);
            i = close + 1;
        }
    }

    private static void AppendValue(StringBuilder builder, ReadOnlySpan<char> placeholder, Random random, CultureInfo culture, bool spanish)
    {
        switch (placeholder)
        {
            case "n":
                builder.Append((random.Next(4) == 0 ? random.Next(1_000, 80_000) : random.Next(2, 400)).ToString("N0", culture));
                break;
            case "pct":
                builder.Append((random.Next(5, 950) / 10.0).ToString("0.0", culture)).Append(spanish ? " %" : "%");
                break;
            case "money":
                double millions = random.Next(10, 5_000) / 10.0;
                builder.Append(spanish ? $"{millions.ToString("0.0", culture)} millones de dólares" : $"${millions.ToString("0.0", culture)} million");
                break;
            case "year":
                builder.Append(random.Next(1992, 2027));
                break;
            case "time":
                builder.Append(random.Next(0, 24)).Append(':').Append(random.Next(0, 60).ToString("00", culture));
                break;
            case "name":
                builder.Append(Pick(random, Names));
                break;
            case "place":
                builder.Append(Pick(random, Places));
                break;
            default:
                builder.Append('{').Append(placeholder).Append('}');
                break;
        }
    }

    internal static string Pick(Random random, string[] bank) => bank[random.Next(bank.Length)];
}
