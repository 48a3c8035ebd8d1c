using System.Diagnostics;
using System.Text;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

public partial class TokenizerTests
{
    /// <summary>Pieces that meet at random: every token kind, every separator, and malformed UTF-16.</summary>
    private static readonly string[] Fragments =
    [
        "a", "Z", "word", "ñ", "É", "e\u0301", "\u0301", "\u0303\u0303", " ", "  ", "\u00A0", "\u200B", "\u200D", "\u200C",
        "\uFE0F", "\u20E3", "\n", "\r\n", "\t", "\0", "\u0007", "\u0085", "\u2028", "\u202E", "\uFEFF", "\u00AD",
        ".", ",", "...", "…", ":", ";", "/", "//", "@", "#", "*", "'", "’", "‘", "-", "--", "—", "–", "(", ")", "[", "]",
        "?", "!", "?!", "¿", "¡", "«", "»", "“", "”", "\"", "_", "^", "<", ">", "=", "|", "\\", "&", "+",
        "0", "1", "42", "3.5", "10:30", "1.º", "2ª", "%", "$", "€", "°", "©", "™", "−",
        "😀", "👍🏽", "👨‍👩‍👧", "🇲🇽", "🇺", "1️⃣", "#️⃣", "❤️", "☀", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "\uD83D", "\uDE00", "\uDB40\uDC20",
        "http://", "https://x.com/a?b=c", "www.", ".com", "example", "bit.ly/", "user@", "@user", "#tag",
        "Sr.", "U.S.", "EE.UU.", "No.", "J.", "don't", "o'", "n't", "xD", ":)", ":'(", "<3", "</3", "-_-", "o_O", "(:",
        "מדינה", "الرئيس", "\u064E", "ß", "İ", "Σ", "𝐀", "\uD835\uDFCE", "中文", "\uE000", "\uFFFF",
    ];

    [Fact]
    public void RoundTrip_RandomMixedText_TokensOrderedNonEmptyAndGapsAreSeparators()
    {
        var random = new Random(20260514);
        var builder = new StringBuilder();
        for (int sample = 0; sample < 4000; sample++)
        {
            builder.Clear();
            int pieces = random.Next(0, 40);
            for (int p = 0; p < pieces; p++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
            }

            AssertInvariants(builder.ToString());
        }
    }

    [Fact]
    public void RoundTrip_RandomUtf16CodeUnits_TokensOrderedNonEmptyAndGapsAreSeparators()
    {
        var random = new Random(7);
        var chars = new char[300];
        for (int sample = 0; sample < 2000; sample++)
        {
            int length = random.Next(chars.Length);
            for (int k = 0; k < length; k++)
            {
                // Mostly ASCII and Latin-1 so tokens form, with any code unit (surrogates included) mixed in.
                chars[k] = random.Next(4) switch
                {
                    0 => (char)random.Next(0x20, 0x7F),
                    1 => (char)random.Next(0x80, 0x250),
                    2 => " .,:/@#'-"[random.Next(9)],
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            AssertInvariants(new string(chars, 0, length));
        }
    }

    [Theory]
    [InlineData("The U.S. and EE.UU. met at 10:30 a.m. on Jan. 5 — “¿Qué?” dijo el Sr. Pérez :) https://x.com/a?b=c.")]
    [InlineData("RT @el_faro: #ÚltimaHora 👨‍👩‍👧 🇲🇽 40.000 personas, 3,5 % más… ¡Increíble!!! <3 xD")]
    [InlineData("  leading and trailing\u00A0spaces\u200B\n\n")]
    [InlineData("")]
    [InlineData("   \t\n ")]
    public void RoundTrip_RealisticText_TextRebuildsFromTokensAndGaps(string text)
    {
        AssertInvariants(text);
        var rebuilt = new StringBuilder();
        int previousEnd = 0;
        foreach (Token token in Tokenizer.Default.Enumerate(text))
        {
            rebuilt.Append(text, previousEnd, token.Start - previousEnd).Append(token.Slice(text));
            previousEnd = token.End;
        }

        rebuilt.Append(text, previousEnd, text.Length - previousEnd);
        Assert.Equal(text, rebuilt.ToString());
    }

    [Theory]
    [InlineData("a\0b\u0007c\u001Fd\u007Fe\u0085f\u009Fg", "a|W b|W c|W d|W e|W f|W g|W")]
    [InlineData("zero\u200Bwidth\uFEFFbom", "zero|W width|W bom|W")]
    [InlineData("الرئيس بوكيلي said שלום", "الرئيس|W بوكيلي|W said|W שלום|W")]
    [InlineData("\u202Eevil\u202C text", "evil|W text|W")]
    [InlineData("مُحَمَّد", "مُحَمَّد|W")]
    [InlineData("\u0301\u0301 a", "\u0301\u0301|S a|W")]
    [InlineData("\u200D\u200D", "")]
    public void BadInput_IsCoveredWithoutThrowing(string text, string expected)
    {
        AssertInvariants(text);
        Assert.Equal(expected, Render(text));
    }

    [Fact]
    public void BadInput_LoneSurrogates_AreSymbolsOfOneCodeUnit()
    {
        // Lone surrogates cannot go through [InlineData]: attribute strings are stored as UTF-8 and would be replaced.
        (string Text, string Expected)[] cases =
        [
            ("a\uD800b\uDC00c\uD83D", "a|W \uD800|S b|W \uDC00|S c|W \uD83D|S"),
            ("\uDE00\uD83D", "\uDE00|S \uD83D|S"),
            ("😀\uD800", "😀|Emoji \uD800|S"),
            ("#\uD800", "#|S \uD800|S"),
            ("e\u0301\uDC00", "e\u0301|W \uDC00|S"),
        ];
        foreach ((string text, string expected) in cases)
        {
            AssertInvariants(text);
            Assert.Equal(expected, Render(text));
        }
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ab.")]
    [InlineData("x@")]
    [InlineData(":")]
    [InlineData("é")]
    [InlineData("😀")]
    public void BadInput_TenMegabyteParagraphWithoutSpaces_IsTokenized(string unit)
    {
        string text = new StringBuilder(10_000_000 + unit.Length).Insert(0, unit, 10_000_000 / unit.Length).ToString();
        AssertInvariants(text);
    }

    [Fact]
    public void BadInput_TenMegabyteParagraphOfUrlText_IsTokenized()
    {
        string text = "http://x.com/" + new string('a', 10_000_000) + ")" + new string('.', 100_000);
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(text, tokens);
        Assert.Equal(TokenKind.Url, tokens[0].Kind);
        Assert.Equal(10_000_013, tokens[0].Length);
        AssertInvariants(text);
    }

    [Fact]
    public void BadInput_TenThousandCombiningMarksOnOneLetter_StayInOneWord()
    {
        string text = "a" + new string('\u0301', 10_000) + " b " + new string('\u0301', 10_000);
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(text, tokens);
        Assert.Equal(3, tokens.Count);
        Assert.Equal((TokenKind.Word, 10_001), (tokens[0].Kind, tokens[0].Length));
        Assert.Equal((TokenKind.Symbol, 10_000), (tokens[2].Kind, tokens[2].Length));
        AssertInvariants(text);
    }

    [Fact]
    public void BadInput_LongEmojiSequences_AreLinearAndCovered()
    {
        var builder = new StringBuilder();
        for (int k = 0; k < 20_000; k++)
        {
            builder.Append("👨\u200D");
        }

        builder.Append("👨");
        for (int k = 0; k < 20_000; k++)
        {
            builder.Append("🇲🏽\uFE0F");
        }

        AssertInvariants(builder.ToString());
    }

    [Fact]
    public void Tokenize_TimeIsLinearInInputLength()
    {
        // A unit built from the inputs that trigger look-ahead: dotted chains (URL host, abbreviation groups),
        // e-mail local parts, unbalanced URL brackets, emoticon starts, marks and emoji.
        string unit =
            string.Concat(Enumerable.Repeat("ab.", 40)) + " " + string.Concat(Enumerable.Repeat("a.", 40)) + " "
            + string.Concat(Enumerable.Repeat("x_y.z+", 20)) + "@ " + "http://a.b/" + new string(')', 50) + " "
            + string.Concat(Enumerable.Repeat(":-", 20)) + " " + string.Concat(Enumerable.Repeat("1.2.", 30)) + " "
            + "e" + new string('\u0301', 50) + " 👨\u200D👩\u200D👧 " + string.Concat(Enumerable.Repeat("Sr. U.S. ", 10))
            + "The quick brown fox, jumped over the lazy dog; ¿verdad? ";

        string small = string.Concat(Enumerable.Repeat(unit, 30));
        string medium = string.Concat(Enumerable.Repeat(unit, 300));
        string large = string.Concat(Enumerable.Repeat(unit, 3000));
        Count(small);
        Count(medium);

        // Each size is timed over the same total work (100 runs of 1x, 10 of 10x, 1 of 100x), so that all three span
        // many scheduler time slices and a busy shared machine slows them alike. Best of two alternating rounds.
        double t1 = double.MaxValue;
        double t10 = double.MaxValue;
        double t100 = double.MaxValue;
        for (int round = 0; round < 2; round++)
        {
            t1 = Math.Min(t1, Milliseconds(small, 100) / 100);
            t10 = Math.Min(t10, Milliseconds(medium, 10) / 10);
            t100 = Math.Min(t100, Milliseconds(large, 1));
        }

        // A correctness check against quadratic rescans, not a speed test: linear gives ~100x, quadratic ~10,000x.
        double floor = Math.Max(t1, 0.01);
        Assert.True(t100 < 300 * floor, $"1x: {t1:F3} ms, 10x: {t10:F3} ms, 100x: {t100:F3} ms");
        Assert.True(t10 < 30 * floor, $"1x: {t1:F3} ms, 10x: {t10:F3} ms, 100x: {t100:F3} ms");
    }

    private static double Milliseconds(string text, int runs)
    {
        long startTicks = Stopwatch.GetTimestamp();
        for (int run = 0; run < runs; run++)
        {
            Count(text);
        }

        return Stopwatch.GetElapsedTime(startTicks).TotalMilliseconds;
    }

    private static int Count(string text)
    {
        int count = 0;
        foreach (Token token in Tokenizer.Default.Enumerate(text))
        {
            count++;
        }

        Assert.True(count > 0);
        return count;
    }

    [Fact]
    public void Tokenize_AppendsToTheListAndReturnsTheCount()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Word, TokenFlags.None) };
        int added = Tokenizer.Default.Tokenize("one two", tokens);
        Assert.Equal(2, added);
        Assert.Equal(3, tokens.Count);
        Assert.Equal(new Token(4, 3, TokenKind.Word, TokenFlags.None), tokens[2]);
    }

    [Fact]
    public void Tokenize_ParallelCallsOnTheSharedInstance_MatchSequential()
    {
        string text = "El Sr. Pérez dijo: «¡No!» 😀 https://x.com/a #SV @user 40.000 don't";
        string expected = Render(text);
        var results = new string[64];
        Parallel.For(0, results.Length, k => results[k] = Render(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    /// <summary>Tokens are in order, non-overlapping and non-empty; everything between them is a separator.</summary>
    internal static void AssertInvariants(string text)
    {
        // Small inputs also check that Tokenize(List) gives what Enumerate gives; huge ones skip the list (memory).
        List<Token>? listed = null;
        if (text.Length <= 100_000)
        {
            listed = [];
            Tokenizer.Default.Tokenize(text, listed);
        }

        int previousEnd = 0;
        int index = 0;
        foreach (Token token in Tokenizer.Default.Enumerate(text))
        {
            // Plain checks first: formatting a message per token would dominate the 10 MB tests.
            if (token.Length <= 0 || token.Start < previousEnd || token.End > text.Length
                || (listed is not null && (index >= listed.Count || listed[index] != token)))
            {
                Assert.Fail($"Token {index} ({token}) is empty, overlaps the previous one ending at {previousEnd}, runs past the end, or differs from Tokenize.");
            }

            if (token.Start > previousEnd)
            {
                AssertSeparators(text, previousEnd, token.Start);
            }

            previousEnd = token.End;
            index++;
        }

        if (listed is not null)
        {
            Assert.Equal(listed.Count, index);
        }

        AssertSeparators(text, previousEnd, text.Length);
    }

    private static void AssertSeparators(string text, int from, int to)
    {
        int bad = text.AsSpan(from, to - from).IndexOfAnyExcept(SeparatorProbe.Instance);
        if (bad >= 0)
        {
            Assert.Fail($"Character U+{(int)text[from + bad]:X4} at {from + bad} is not covered by a token.");
        }
    }

    /// <summary>All code units the tokenizer treats as separators, for a vectorized gap check.</summary>
    private static class SeparatorProbe
    {
        public static readonly System.Buffers.SearchValues<char> Instance = Build();

        private static System.Buffers.SearchValues<char> Build()
        {
            var separators = new List<char>();
            for (int c = 0; c <= char.MaxValue; c++)
            {
                if (CharClass.IsSeparator((char)c))
                {
                    separators.Add((char)c);
                }
            }

            return System.Buffers.SearchValues.Create(separators.ToArray());
        }
    }
}
