using FramingAnalysis.Comparison;

namespace FramingAnalysis.Tests.Comparison;

public sealed class ArticleStoreTests
{
    private static (string Id, double[] Data, double[] Trajectory)[] Articles(int count, int dataLength, int seed)
    {
        var random = new Random(seed);
        var articles = new (string, double[], double[])[count];
        for (var i = 0; i < count; i++)
        {
            var data = new double[dataLength];
            for (var c = 0; c < dataLength; c++)
            {
                data[c] = random.Next(4) switch
                {
                    0 => (random.NextDouble() * 2) - 1,
                    1 => random.Next(5),
                    _ => 0,
                };
            }

            var trajectory = Enumerable.Range(0, random.Next(0, 9)).Select(_ => Math.Round((random.NextDouble() * 2) - 1, 3)).ToArray();
            articles[i] = ($"a{random.Next(count / 2)}", data, trajectory);
        }

        return articles;
    }

    [Theory]
    [InlineData(64)]
    [InlineData(70)]
    [InlineData(3)]
    public void Values_ReadBackExactly(int dataLength)
    {
        var articles = Articles(500, dataLength, dataLength);
        articles[7].Data[0] = -0.0;
        articles[8].Data[^1] = double.Epsilon;
        var store = new ArticleStore(dataLength);
        foreach (var (id, data, trajectory) in articles)
        {
            store.Add(id, data, trajectory);
        }

        Assert.Equal(articles.Length, store.Count);
        var read = new double[dataLength];
        for (var i = 0; i < articles.Length; i++)
        {
            Assert.Equal(articles[i].Id, store.Id(i));
            store.Read(i, read);
            Assert.Equal(articles[i].Data.Select(BitConverter.DoubleToInt64Bits), read.Select(BitConverter.DoubleToInt64Bits));
            for (var c = 0; c < dataLength; c++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(articles[i].Data[c]), BitConverter.DoubleToInt64Bits(store.Get(i, c)));
            }

            Assert.Equal(articles[i].Trajectory, store.Trajectory(i).ToArray());
            Assert.Equal(articles[i].Trajectory.Length, store.TrajectoryLength(i));
        }
    }

    [Fact]
    public void A_record_longer_than_a_chunk_gets_its_own_chunk()
    {
        var store = new ArticleStore(4);
        var longTrajectory = Enumerable.Range(0, 70_000).Select(i => i * 0.5).ToArray();
        store.Add("x", [1, 0, 2, 0], [0.25]);
        store.Add("y", [0, 3, 0, 0], longTrajectory);
        store.Add("z", [0, 0, 0, 4], []);
        Assert.Equal([0.25], store.Trajectory(0).ToArray());
        Assert.Equal(longTrajectory, store.Trajectory(1).ToArray());
        Assert.Equal(4, store.Get(2, 3));
        Assert.Equal(0, store.TrajectoryLength(2));
    }

    [Fact]
    public void Sorted_order_does_not_depend_on_the_order_of_adding_or_merging()
    {
        var articles = Articles(300, 20, 1);
        var forward = new ArticleStore(20);
        foreach (var (id, data, trajectory) in articles)
        {
            forward.Add(id, data, trajectory);
        }

        // Reverse order, in two stores merged the other way round.
        var first = new ArticleStore(20);
        var second = new ArticleStore(20);
        for (var i = articles.Length - 1; i >= 0; i--)
        {
            (i % 3 == 0 ? first : second).Add(articles[i].Id, articles[i].Data, articles[i].Trajectory);
        }

        second.AddRange(first);
        var a = forward.Sorted();
        var b = second.Sorted();
        Assert.Equal(articles.Length, b.Count);
        var da = new double[20];
        var db = new double[20];
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a.Id(i), b.Id(i));
            a.Read(i, da);
            b.Read(i, db);
            Assert.Equal(da, db);
            Assert.Equal(a.Trajectory(i).ToArray(), b.Trajectory(i).ToArray());
            if (i > 0)
            {
                Assert.True(string.CompareOrdinal(a.Id(i - 1), a.Id(i)) <= 0);
            }
        }
    }

    [Fact]
    public void Adding_a_store_to_itself_doubles_it()
    {
        var store = new ArticleStore(2);
        store.Add("a", [1, 2], [3]);
        store.AddRange(store);
        Assert.Equal(2, store.Count);
        Assert.Equal(2, store.Get(1, 1));
        Assert.Throws<ArgumentException>(() => store.AddRange(new ArticleStore(3)));
        Assert.Throws<ArgumentException>(() => store.Add("b", [1, 2, 3], []));
    }
}
