namespace FramingAnalysis.Comparison;

sealed partial class ArticleStore
{
    /// <summary>
    /// Writes the articles in <see cref="Sorted"/> order (so the bytes do not depend on the order they were added in):
    /// per article its id, its column masks, its trajectory length and its stored values (exact bits).
    /// </summary>
    public void WriteTo(ShardWriter writer)
    {
        var sorted = Sorted();
        writer.Int(_dataLength);
        writer.Int(sorted.Count);
        for (var k = 0; k < sorted.Count; k++)
        {
            var i = sorted.Physical(k);
            writer.String(_ids[i]);
            for (var w = 0; w < _maskWords; w++)
            {
                writer.Long(unchecked((long)_masks[(i * _maskWords) + w]));
            }

            writer.Int(_trajectoryLengths[i]);
            foreach (var v in Record(i))
            {
                writer.Double(v);
            }
        }
    }

    /// <summary>Adds the articles <see cref="WriteTo"/> wrote, checking the data length and every mask against the layout.</summary>
    public void ReadFrom(ShardReader reader)
    {
        ThrowIfView();
        var dataLength = reader.Int();
        if (dataLength != _dataLength)
        {
            throw reader.Invalid($"articles have {dataLength} data columns where the layout has {_dataLength}");
        }

        var count = reader.Count("articles", 1 + (8 * _maskWords) + 4);
        for (var a = 0; a < count; a++)
        {
            var id = reader.String();
            var values = 0;
            for (var w = 0; w < _maskWords; w++)
            {
                var mask = unchecked((ulong)reader.Long());
                var columns = Math.Min(64, _dataLength - (w * 64));
                if (columns < 64 && mask >> columns != 0)
                {
                    throw reader.Invalid($"article '{id}' has a value outside the layout's columns");
                }

                values += System.Numerics.BitOperations.PopCount(mask);
                _masks.Add(mask);
            }

            var trajectory = reader.Int();
            if (trajectory < 0 || trajectory > 1 << 26)
            {
                throw reader.Invalid($"article '{id}' has a trajectory of {trajectory} paragraphs");
            }

            var record = Reserve(values + trajectory, out var start);
            for (var v = 0; v < record.Length; v++)
            {
                record[v] = reader.Double();
            }

            _ids.Add(id);
            _starts.Add(start);
            _trajectoryLengths.Add(trajectory);
        }
    }
}
