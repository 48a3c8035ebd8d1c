namespace FramingAnalysis.Comparison;

sealed partial class TermCounter
{
    /// <summary>
    /// Writes the counts in a canonical form that does not depend on the order words were first seen in: words in ordinal
    /// order with their counts and written forms (forms in ordinal order), then pairs as indexes into that order, sorted.
    /// </summary>
    public void WriteTo(ShardWriter writer)
    {
        var order = new int[_words.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => string.CompareOrdinal(_words[a], _words[b]));
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        writer.Long(Total);
        writer.Int(order.Length);
        foreach (var id in order)
        {
            writer.String(_words[id]);
            writer.Int(_counts[id]);
            var forms = new List<(string Form, int Count)>();
            if (_form.TryGetValue(id, out var first))
            {
                forms.Add(first);
            }

            if (_moreForms.TryGetValue(id, out var more))
            {
                forms.AddRange(more.Select(kv => (kv.Key, kv.Value)));
            }

            forms.Sort((a, b) => string.CompareOrdinal(a.Form, b.Form));
            writer.Int(forms.Count);
            foreach (var (form, count) in forms)
            {
                writer.String(form);
                writer.Int(count);
            }
        }

        var pairs = new List<(int First, int Second, int Count)>(_pairs.Count);
        foreach (var (key, count) in _pairs)
        {
            var (a, b) = Split(key);
            pairs.Add((rank[a], rank[b], count));
        }

        pairs.Sort();
        writer.Int(pairs.Count);
        foreach (var (a, b, count) in pairs)
        {
            writer.Int(a);
            writer.Int(b);
            writer.Int(count);
        }
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote into this empty counter, checking the total.</summary>
    public void ReadFrom(ShardReader reader)
    {
        if (_words.Count != 0)
        {
            throw new InvalidOperationException("A term counter is read only into an empty counter.");
        }

        var total = reader.Long();
        var words = reader.Count("words", 9);
        for (var i = 0; i < words; i++)
        {
            var word = reader.String();
            if (word.Contains(' ', StringComparison.Ordinal) || !_ids.TryAdd(word, _words.Count))
            {
                throw reader.Invalid($"term word '{word}' is repeated or contains a space");
            }

            var id = NewWord(word);
            var count = reader.Int();
            _counts[id] = count;
            Total += count;
            var forms = reader.Count("written forms", 5);
            for (var f = 0; f < forms; f++)
            {
                AddForm(id, reader.String(), reader.Int());
            }
        }

        var pairs = reader.Count("word pairs", 12);
        for (var p = 0; p < pairs; p++)
        {
            var a = reader.Int();
            var b = reader.Int();
            var count = reader.Int();
            if ((uint)a >= (uint)words || (uint)b >= (uint)words)
            {
                throw reader.Invalid($"a word pair refers to word {a} or {b} of {words}");
            }

            AddPair(a, b, count);
        }

        if (Total != total)
        {
            throw reader.Invalid($"term counts add up to {Total}, not the {total} written");
        }
    }
}
