using FramingAnalysis.Stance;

namespace FramingAnalysis.Comparison;

sealed partial class GroupAccumulator
{
    /// <summary>
    /// Writes everything the accumulator has collected (not its per-article scratch buffers), maps in ordinal key order
    /// and articles in canonical order, so equal states give equal bytes (format: <see cref="ComparisonShard"/>).
    /// </summary>
    internal void WriteTo(ShardWriter writer)
    {
        writer.String(Key);
        _articles.WriteTo(writer);
        writer.Ints(_unitsByKind);
        writer.Ints(_stanceLabels);
        writer.Ints(_stanceNotMentioning);
        writer.Ints(_sentimentLabels);
        writer.Counts(_unitLanguages);
        writer.Int(_cues.Count);
        foreach (var frame in ShardWriter.Sorted(_cues.Keys))
        {
            writer.String(frame);
            writer.Counts(_cues[frame]);
        }

        writer.Int(_terms.Count);
        foreach (var language in ShardWriter.Sorted(_terms.Keys))
        {
            writer.String(language);
            _terms[language].WriteTo(writer);
        }

        writer.Strings(_authorWords);
        writer.Int(_cueExamples.Count);
        foreach (var frame in ShardWriter.Sorted(_cueExamples.Keys))
        {
            writer.String(frame);
            var examples = _cueExamples[frame];
            writer.Int(examples.Count);
            foreach (var cue in ShardWriter.Sorted(examples.Keys))
            {
                writer.String(cue);
                Write(writer, examples[cue]);
            }
        }

        writer.Int(_stanceExamples.Length);
        foreach (var example in _stanceExamples)
        {
            writer.Bool(example is not null);
            if (example is not null)
            {
                Write(writer, example);
            }
        }

        _naming.WriteTo(writer);
    }

    /// <summary>Reads an accumulator <see cref="WriteTo"/> wrote, for <paramref name="layout"/> (array lengths are checked against it).</summary>
    internal static GroupAccumulator ReadFrom(ShardReader reader, ComparisonLayout layout)
    {
        var group = new GroupAccumulator(reader.String(), layout);
        group._articles.ReadFrom(reader);
        reader.IntsInto(group._unitsByKind, "units by kind");
        reader.IntsInto(group._stanceLabels, "stance labels");
        reader.IntsInto(group._stanceNotMentioning, "stance not mentioning");
        reader.IntsInto(group._sentimentLabels, "sentiment labels");
        reader.CountsInto(group._unitLanguages, "unit languages");
        var frames = reader.Count("cue frames");
        for (var f = 0; f < frames; f++)
        {
            var cues = new Dictionary<string, int>(StringComparer.Ordinal);
            group._cues[reader.String()] = cues;
            reader.CountsInto(cues, "cue counts");
        }

        var languages = reader.Count("term languages");
        for (var l = 0; l < languages; l++)
        {
            var counter = new TermCounter();
            group._terms[reader.String()] = counter;
            counter.ReadFrom(reader);
        }

        reader.StringsInto(group._authorWords, "author words");
        var exampleFrames = reader.Count("cue example frames");
        for (var f = 0; f < exampleFrames; f++)
        {
            var examples = new Dictionary<string, ExampleCandidate>(StringComparer.Ordinal);
            group._cueExamples[reader.String()] = examples;
            var n = reader.Count("cue examples");
            for (var i = 0; i < n; i++)
            {
                examples[reader.String()] = Read(reader);
            }
        }

        var stance = reader.Int();
        if (stance != group._stanceExamples.Length)
        {
            throw reader.Invalid($"{stance} stance example slots where the layout has {group._stanceExamples.Length}");
        }

        for (var i = 0; i < stance; i++)
        {
            group._stanceExamples[i] = reader.Bool() ? Read(reader) : null;
        }

        group._naming.ReadFrom(reader);
        return group;
    }

    private static void Write(ShardWriter writer, ExampleCandidate c)
    {
        writer.String(c.ArticleId);
        writer.String(c.UnitId);
        writer.Int(c.Start);
        writer.Double(c.Score);
        writer.Int((int)c.Label);
        writer.String(c.Cue);
        writer.Double(c.Weight);
        var s = c.Snippet;
        writer.String(s.ArticleId);
        writer.String(s.UnitId);
        writer.String(s.Text);
        writer.Int(s.Start);
        writer.Int(s.Length);
    }

    private static ExampleCandidate Read(ShardReader reader)
    {
        var articleId = reader.String();
        var unitId = reader.String();
        var start = reader.Int();
        var score = reader.Double();
        var label = reader.Int();
        if (!Enum.IsDefined((StanceLabel)label))
        {
            throw reader.Invalid($"unknown stance label {label}");
        }

        var cue = reader.String();
        var weight = reader.Double();
        var snippet = new EvidenceSnippet(reader.String(), reader.String(), reader.String(), reader.Int(), reader.Int());
        return new ExampleCandidate(articleId, unitId, start, score, (StanceLabel)label, cue, weight, snippet);
    }
}
