using FramingAnalysis.Internal;

namespace FramingAnalysis.Tests.Lexicons;

public class ShortKeyMapTests
{
    [Fact]
    public void Find_AnswersExactlyForEveryPackableKey_AndDeclinesTheRest()
    {
        string[] keys = ["a", "de", "the", "que", "ñandu", "crisis", "prisoner", "a'b", "x\0y", "n\u00FF"];
        var map = new ShortKeyMap<int>(keys.Select((k, i) => KeyValuePair.Create(k, i)));
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(ShortKey.TryPack(keys[i], out var packed), keys[i]);
            Assert.True(map.TryFind(packed, out var found));
            Assert.Equal(i, found);
        }

        // Near misses: prefixes, extensions, other lengths, a leading U+0000 that would pack like "a".
        foreach (var miss in new[] { "b", "d", "th", "thee", "quee", "prisone", "\0a", "ab", "aa", "x\0", "\0" })
        {
            if (ShortKey.TryPack(miss, out var packed))
            {
                Assert.False(map.TryFind(packed, out _));
            }
        }

        // Keys the map cannot hold are declined, so that callers use their other table.
        foreach (var other in new[] { "", "prisoners", "\0a", "łódź", "日本", "emoji🙂" })
        {
            Assert.False(ShortKey.TryPack(other, out _), other);
        }
    }

    [Fact]
    public void Find_HandlesFullTablesOfManyKeys()
    {
        var keys = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var map = new ShortKeyMap<int>(keys.Select((k, i) => KeyValuePair.Create(k, i)));
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.True(ShortKey.TryPack(keys[i], out var packed));
            Assert.True(map.TryFind(packed, out var found));
            Assert.Equal(i, found);
            Assert.True(ShortKey.TryPack("v" + keys[i][1..], out var absent));
            Assert.False(map.TryFind(absent, out _));
        }
    }
}
