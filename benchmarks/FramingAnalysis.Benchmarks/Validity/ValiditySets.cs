using System.Globalization;
using FramingAnalysis.Analysis;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Benchmarks.Validity;

/// <summary>
/// How each real set in <c>../shared/devdata/</c> becomes evaluation rows: which split is reported (test where one
/// exists; tuning happens on the others), and how the target is given to the scorer. Its README gives sources, licences
/// and label mappings.
/// </summary>
internal static class ValiditySets
{
    /// <summary>Whether VAST rows are read as comments answering an article about the topic (true) or as text that must name the topic itself (false).</summary>
    public static bool VastAsComment { get; set; } = Environment.GetEnvironmentVariable("VAST_AS_COMMENT") != "0";

    /// <summary>A reported slice of a set: its name in the report, a note on what it is, and its rows.</summary>
    public sealed record Slice<T>(string Name, string Note, IReadOnlyList<T> Rows);

    /// <summary>
    /// The target-dependent sets: NewsMTSC test (real-world subset), TASS general entity polarity (all rows, and the half
    /// not used for tuning), TASS STOMPOL party polarity, VAST test, and our own annotated corpus units.
    /// </summary>
    public static IEnumerable<Slice<StanceRow>> Stance(string data, string? corpus)
    {
        // NewsMTSC: sentiment toward a mention in a news sentence; the target is the mention as written.
        var news = DevData.Read(data, "newsmtsc");
        yield return new("NewsMTSC test, subset rw (en)", "English news sentences, sentiment toward a mentioned person; the mention is the target's alias",
            [.. news.Where(r => r["split"] == "test" && r["subset"] == "rw").Select(r => Mentioned(r, r["target"]))]);

        // TASS entities: polarity toward a named entity in a tweet; the entity name and, where known, its span in the text.
        var entities = DevData.Read(data, "tass_general_entities_es");
        var entityRows = entities.Select(r => (Row: Mentioned(r, r["target"]), Tuning: IsTuningHalf(r["tweet_id"]))).ToList();
        yield return new("TASS general entities (es)", "Spanish tweets, polarity toward a named politician, party, place or medium (all 5,343 rows; one split only)",
            [.. entityRows.Select(r => r.Row)]);
        yield return new("TASS general entities, held-out half (es)", "the rows whose tweet id hashes odd, which tuning never looked at",
            [.. entityRows.Where(r => !r.Tuning).Select(r => r.Row)]);

        // STOMPOL: polarity toward a party; the target is the party's name and abbreviation only (handles are found by the scorer).
        var stompol = DevData.Read(data, "tass_stompol_es");
        yield return new("TASS STOMPOL parties (es)", "Spanish election tweets, polarity toward a party given by name and abbreviation only",
            [.. stompol.Select(r => new StanceRow(r["text"], "es", Target(r["target"], [r["target"], r["target_abbrev"]]), Polarity(r["label"]), false))]);

        // VAST: stance of a reader comment toward a free-text topic; a comment answers an article about its topic.
        var vast = DevData.Read(data, "vast_en");
        yield return new("VAST test (en)", "English reader comments, stance toward a free-text topic (the topic phrase is the only alias; read as a comment on an article about it)",
            [.. vast.Where(r => r["split"] == "test").Select(r => new StanceRow(r["text"], "en", Target(r["target"], [r["target"]]), r["label"], VastAsComment))]);

        if (corpus is not null)
        {
            yield return new("our corpus/annotations.csv (en/es)", "the sample corpus's 234 hand-labelled units, stance toward the prison model, analyzed in article context", CorpusRows(corpus));
        }
    }

    /// <summary>The tuning slices of the target-dependent sets: NewsMTSC dev (real-world subset), the tuning half of TASS general entities, VAST dev.</summary>
    public static IEnumerable<Slice<StanceRow>> Tuning(string data, string? corpus, StanceOptions options)
    {
        var news = DevData.Read(data, "newsmtsc");
        yield return new("NewsMTSC dev rw", "", [.. news.Where(r => r["split"] == "dev" && r["subset"] == "rw").Select(r => Mentioned(r, r["target"]))]);
        var entities = DevData.Read(data, "tass_general_entities_es");
        yield return new("TASS entities tuning half", "", [.. entities.Where(r => IsTuningHalf(r["tweet_id"])).Select(r => Mentioned(r, r["target"]))]);
        var vast = DevData.Read(data, "vast_en");
        yield return new("VAST dev", "", [.. vast.Where(r => r["split"] == "dev").Select(r => new StanceRow(r["text"], "en", Target(r["target"], [r["target"]]), r["label"], VastAsComment))]);
        if (corpus is not null)
        {
            yield return new("our corpus (own data, no split)", "", CorpusRows(corpus, options));
        }
    }

    /// <summary>The general sentiment sets: TASS general (all rows, and the half tuning never looked at; one split only) and InterTASS 2020 dev.</summary>
    public static IEnumerable<Slice<SentimentRow>> Sentiment(string data)
    {
        var tass = DevData.Read(data, "tass_general_es");
        yield return new("TASS general (es)", "Spanish tweets by public figures, tweet polarity (NEU and NONE are neutral)",
            [.. tass.Select(r => new SentimentRow(r["text"], "es", r["label"]))]);
        yield return new("TASS general, held-out half (es)", "the rows whose tweet id hashes odd, which tuning never looked at",
            [.. tass.Where(r => !IsTuningHalf(r["tweet_id"])).Select(r => new SentimentRow(r["text"], "es", r["label"]))]);
        var inter = DevData.Read(data, "intertass2020_es");
        yield return new("InterTASS 2020 dev (es)", "tweets in five varieties of Spanish, tweet polarity",
            [.. inter.Where(r => r["split"] == "dev").Select(r => new SentimentRow(r["text"], "es", r["label"]))]);
    }

    /// <summary>The tuning slices of the sentiment sets: the tuning half of TASS general and InterTASS 2020 train.</summary>
    public static IEnumerable<Slice<SentimentRow>> SentimentTuning(string data)
    {
        var tass = DevData.Read(data, "tass_general_es");
        yield return new("TASS general tuning half", "", [.. tass.Where(r => IsTuningHalf(r["tweet_id"])).Select(r => new SentimentRow(r["text"], "es", r["label"]))]);
        var inter = DevData.Read(data, "intertass2020_es");
        yield return new("InterTASS 2020 train", "", [.. inter.Where(r => r["split"] == "train").Select(r => new SentimentRow(r["text"], "es", r["label"]))]);
    }

    /// <summary>The frame sets with their label inventories and the label predicted when no frame is found.</summary>
    public static IEnumerable<(Slice<FrameRow> Slice, IReadOnlyList<string> Inventory, string? Fallback)> Frames(string data)
    {
        var semeval = DevData.Read(data, "semeval23_task3_frames_en");
        var semevalLabels = Labels(semeval);
        yield return (new("SemEval-2023 Task 3 articles (en)", "English online news articles, 14 frames, multi-label (one split only)",
            [.. semeval.Select(Frame)]), semevalLabels, null);
        var congress = DevData.Read(data, "congress_tweets_frames_en");
        yield return (new("Congress tweets dev (en)", "US Congress members' tweets, 14 frames + other, multi-label",
            [.. congress.Where(r => r["split"] == "dev").Select(Frame)]), Labels(congress), "other");
        var forums = DevData.Read(data, "issue_framing_forums_en");
        yield return (new("Issue-framing forums test (en)", "debate-forum sentences, only 5 frames annotated, scored 5-way",
            [.. forums.Where(r => r["split"] == "test").Select(Frame)]), Labels(forums), null);
    }

    /// <summary>
    /// Rows of TASS general entities used for tuning: those whose tweet id has an even FNV-1a hash (about half, and a
    /// tweet's rows stay together). Tuning looks only at these; the other half is reported apart as held out.
    /// </summary>
    public static bool IsTuningHalf(string tweetId)
    {
        var hash = 2166136261u;
        foreach (var c in tweetId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (hash & 1) == 0;
    }

    private static StanceRow Mentioned(Dictionary<string, string> r, string name)
    {
        var text = r["text"];
        var aliases = new List<string> { name };
        if (int.TryParse(r["target_start"], CultureInfo.InvariantCulture, out var start) && int.TryParse(r["target_end"], CultureInfo.InvariantCulture, out var end)
            && start >= 0 && end > start && end <= text.Length && text[start..end] is var span && span != name)
        {
            aliases.Add(span);
        }

        return new StanceRow(text, r["language"], Target(name, aliases), Polarity(r["label"]), false);
    }

    private static StanceTarget Target(string name, IReadOnlyList<string> aliases) =>
        new(name, new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["*"] = [.. aliases.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal)] });

    private static string Polarity(string label) => label switch
    {
        "positive" => "favor",
        "negative" => "against",
        "neutral" => "neutral",
        _ => throw new InvalidDataException($"unknown polarity label '{label}'"),
    };

    private static FrameRow Frame(Dictionary<string, string> r) =>
        new(r["text"], r["language"], new HashSet<string>(r["label"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal));

    private static string[] Labels(List<Dictionary<string, string>> rows) =>
        [.. rows.SelectMany(r => r["label"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Our corpus's annotated units, analyzed as the analyzer reads them (article context, carry, comments answering the
    /// article): the gold is the stance toward the prison model (the first target of <c>targets.json</c>).
    /// </summary>
    private static List<StanceRow> CorpusRows(string corpus, StanceOptions? options = null)
    {
        var targets = StanceTarget.LoadJson(Path.Combine(corpus, "targets.json"));
        var gold = File.ReadLines(Path.Combine(corpus, "annotations.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => c[2], StringComparer.Ordinal);
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = targets, Stance = RuleStanceScorer.Create(targets, options) });
        var rows = new List<StanceRow>();
        foreach (var article in Corpus.Load(corpus).Articles)
        {
            foreach (var unit in analyzer.Analyze(article).Units)
            {
                if (gold.TryGetValue(unit.Unit.UnitId, out var label))
                {
                    // The corpus rows carry their prediction already made in context: the target has no aliases, so the
                    // harness reads the stored result (see ValidityCommand).
                    var score = unit.Stance.Where(s => s.Target == targets[0].Name && s.Mentioned).Sum(s => s.Score);
                    var mentioned = unit.Stance.Any(s => s.Target == targets[0].Name && s.Mentioned);
                    rows.Add(new StanceRow(unit.Unit.Text, unit.Language, targets[0], label, unit.Unit.Kind == UnitKind.Comment)
                    {
                        InContext = (score, mentioned),
                    });
                }
            }
        }

        return rows;
    }
}
