namespace FramingAnalysis.Comparison;

sealed partial class ComparisonBuilder
{
    /// <summary>Writes the builder's state: the rejected-record counts, then each group in key order.</summary>
    internal void WriteStateTo(ShardWriter writer)
    {
        writer.Int(_articlesRejected);
        writer.Int(_commentsRejected);
        writer.Int(_groups.Count);
        foreach (var key in ShardWriter.Sorted(_groups.Keys))
        {
            _groups[key].WriteTo(writer);
        }
    }

    /// <summary>Reads what <see cref="WriteStateTo"/> wrote into this empty builder.</summary>
    internal void ReadStateFrom(ShardReader reader)
    {
        if (_groups.Count != 0 || _articlesRejected != 0 || _commentsRejected != 0)
        {
            throw new InvalidOperationException("A shard is read only into an empty builder (ComparisonBuilder.For with the writer's analyzer and options).");
        }

        _articlesRejected = reader.Int();
        _commentsRejected = reader.Int();
        var groups = reader.Count("groups");
        for (var g = 0; g < groups; g++)
        {
            var group = GroupAccumulator.ReadFrom(reader, Layout);
            if (!_groups.TryAdd(group.Key, group))
            {
                throw reader.Invalid($"group '{group.Key}' is repeated");
            }
        }
    }

    /// <summary>The ids of every article added, in no particular order (for checking that shards do not overlap).</summary>
    internal IEnumerable<string> ArticleIds()
    {
        foreach (var group in _groups.Values)
        {
            var articles = group.Articles;
            for (var i = 0; i < articles.Count; i++)
            {
                yield return articles.Id(i);
            }
        }
    }
}
