using FramingAnalysis.Comparison;

namespace FramingAnalysis.Naming;

sealed partial class NamingAccumulator
{
    /// <summary>Writes the tallies (targets by index then language; forms by key; locations sorted), for <see cref="ComparisonShard"/>.</summary>
    public void WriteTo(ShardWriter writer)
    {
        var keys = _targets.Keys.ToList();
        keys.Sort((a, b) => a.Target != b.Target ? a.Target.CompareTo(b.Target) : string.CompareOrdinal(a.Language, b.Language));
        writer.Int(keys.Count);
        foreach (var key in keys)
        {
            var tally = _targets[key];
            writer.Int(key.Target);
            writer.String(key.Language);
            writer.Ints(tally.References);
            tally.Expressions.WriteTo(writer);
            tally.Phrases.WriteTo(writer);
            tally.Labels.WriteTo(writer);
        }
    }

    /// <summary>Reads what <see cref="WriteTo"/> wrote into this empty accumulator.</summary>
    public void ReadFrom(ShardReader reader)
    {
        var n = reader.Count("naming targets");
        for (var i = 0; i < n; i++)
        {
            var target = reader.Int();
            var language = reader.String();
            var tally = new TargetTally();
            if (target < 0 || !_targets.TryAdd((target, language), tally))
            {
                throw reader.Invalid($"naming target {target} in '{language}' is negative or repeated");
            }

            reader.IntsInto(tally.References, "naming references");
            tally.Expressions.ReadFrom(reader);
            tally.Phrases.ReadFrom(reader);
            tally.Labels.ReadFrom(reader);
        }
    }

    sealed partial class FormTable
    {
        public void WriteTo(ShardWriter writer)
        {
            writer.Int(Forms.Count);
            foreach (var key in ShardWriter.Sorted(Forms.Keys))
            {
                var form = Forms[key];
                writer.String(key);
                writer.Int(form.Count);
                writer.Ints(form.ByVoice);
                writer.Ints(form.ByAttachment);
                writer.Counts(form.Written);
                var locations = form.Locations.ToList();
                locations.Sort((a, b) => a.CompareTo(b) is var c && c != 0 ? c : a.Length.CompareTo(b.Length));
                writer.Int(locations.Count);
                foreach (var l in locations)
                {
                    Write(writer, l);
                }

                writer.Bool(form.Example is not null);
                if (form.Example is { } e)
                {
                    Write(writer, e.Location);
                    writer.String(e.Sentence);
                    writer.Int(e.SentenceStart);
                }

                writer.Double(form.Valence);
                writer.Double(form.Evaluative);
            }
        }

        public void ReadFrom(ShardReader reader)
        {
            var n = reader.Count("naming forms");
            for (var i = 0; i < n; i++)
            {
                var form = new FormTally();
                Forms[reader.String()] = form;
                form.Count = reader.Int();
                reader.IntsInto(form.ByVoice, "naming voices");
                reader.IntsInto(form.ByAttachment, "naming attachments");
                reader.CountsInto(form.Written, "naming written forms");
                foreach (var written in form.Written.Keys)
                {
                    _byWritten[written] = form;
                }

                var locations = reader.Count("naming locations", 10);
                form.Locations.Capacity = locations;
                for (var l = 0; l < locations; l++)
                {
                    form.Locations.Add(ReadLocation(reader));
                }

                if (reader.Bool())
                {
                    form.Example = new NamingExample(ReadLocation(reader), reader.String(), reader.Int());
                }

                form.Valence = reader.Double();
                form.Evaluative = reader.Double();
            }
        }

        private static void Write(ShardWriter writer, NamingLocation l)
        {
            writer.String(l.ArticleId);
            writer.String(l.UnitId);
            writer.Int(l.Start);
            writer.Int(l.Length);
        }

        private static NamingLocation ReadLocation(ShardReader reader) => new(reader.String(), reader.String(), reader.Int(), reader.Int());
    }
}
