using System.Collections.Frozen;
using FramingAnalysis.Internal;

namespace FramingAnalysis.Tests.Lexicons;

public class WordLookupTests
{
    private static readonly string[] Held =
        ["a", "de", "the", "que", "ñandu", "crisis", "prisoner", "prisoners", "constitutional", "megacárcel", "łódź", "government's"];

    private static readonly string[] Absent =
        ["", "b", "th", "thee", "prisone", "prisonerss", "constitution", "megacarcel", "lodz", "governments", "日本"];

    [Fact]
    public void TryGetValue_FindsEveryHeldWord_ShortOrLong_AndNothingElse()
    {
        var lookup = Build();
        for (var i = 0; i < Held.Length; i++)
        {
            Assert.True(lookup.TryGetValue(Held[i], out var value), Held[i]);
            Assert.Equal(i, value);
        }

        foreach (var word in Absent)
        {
            Assert.False(lookup.TryGetValue(word, out _), word);
        }
    }

    [Fact]
    public void TryGetValue_WithTheWordsHash_AnswersAsWithoutIt()
    {
        // The overload that tests the filter first (with the text stage's hash) must never lose a word the table holds.
        var lookup = Build();
        foreach (var word in Held.Concat(Absent).Concat(Enumerable.Range(0, 3000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            var plain = lookup.TryGetValue(word, out var expected);
            var hashed = lookup.TryGetValue(word, KeyFilter.Hash(word), out var actual);
            Assert.Equal(plain, hashed);
            Assert.Equal(expected, actual);
        }
    }

    private static WordLookup<int> Build()
    {
        var table = Held.Select((w, i) => KeyValuePair.Create(w, i))
            .Concat(Enumerable.Range(0, 2000).Select(i => KeyValuePair.Create("w" + (2 * i).ToString(System.Globalization.CultureInfo.InvariantCulture), Held.Length + i)));
        return new WordLookup<int>(table.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
