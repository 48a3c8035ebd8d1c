namespace FramingAnalysis.ML;

/// <summary>
/// Reads annotated examples for training and evaluation from <c>.tsv</c>, <c>.csv</c> or <c>.jsonl</c> files, or from a
/// corpus folder with an <c>annotations.csv</c> (texts then come from the corpus units, matched on unit id).
/// </summary>
/// <remarks>
/// Every row is checked before anything is trained: a missing text or label column, an empty text, an empty or unknown
/// label, and data holding a single class are all reported as <see cref="TrainingDataProblem"/>s naming the file, the
/// line and the column. <see cref="Read"/> returns them; <see cref="Load"/> throws on the first file with any.
/// Frame labels are separated by <c>;</c> (or <c>|</c>); the primary frame comes first. Thread-safe (no shared state).
/// </remarks>
public static class TrainingData
{
    /// <summary>Reads and checks a data file or an annotated corpus folder; never throws for bad rows.</summary>
    /// <param name="path">A <c>.tsv</c>, <c>.csv</c> or <c>.jsonl</c> file, or a corpus folder holding <c>annotations.csv</c>.</param>
    /// <param name="options">Task, column names and valid labels; <see langword="null"/> for stance with default columns.</param>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    /// <exception cref="NotSupportedException">The file extension is not one of the supported ones.</exception>
    public static TrainingDataReadResult Read(string path, TrainingDataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= TrainingDataOptions.Default;
        if (Directory.Exists(path))
        {
            return ReadCorpus(path, options);
        }

        return ReadTable(RawTable.Read(path), options, texts: null);
    }

    /// <summary>Reads a data file and throws unless every row is usable.</summary>
    /// <exception cref="TrainingDataException">The data has problems; the exception lists each with file, line and column.</exception>
    public static IReadOnlyList<LabeledExample> Load(string path, TrainingDataOptions? options = null) =>
        Read(path, options).EnsureValid();

    /// <summary>Checks examples made in code (no file): the same rules as for a file, with line = position + 1.</summary>
    public static IReadOnlyList<TrainingDataProblem> Validate(IReadOnlyList<LabeledExample> examples, TrainingDataOptions options, string source = "<examples>")
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<TrainingDataProblem>();
        var valid = new HashSet<string>(options.EffectiveLabels, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < examples.Count; i++)
        {
            var e = examples[i];
            var line = e.Line > 0 ? e.Line : i + 1;
            if (string.IsNullOrWhiteSpace(e.Text))
            {
                problems.Add(new TrainingDataProblem(source, line, options.TextColumn, "empty text"));
            }

            if (e.Labels.Count == 0)
            {
                problems.Add(new TrainingDataProblem(source, line, options.LabelColumn, "empty label"));
            }

            foreach (var label in e.Labels)
            {
                if (!valid.Contains(label))
                {
                    problems.Add(new TrainingDataProblem(source, line, options.LabelColumn, UnknownLabel(label, options)));
                }
            }
        }

        CheckClasses(examples, options, source, 1, problems);
        return problems;
    }

    private static TrainingDataReadResult ReadCorpus(string folder, TrainingDataOptions options)
    {
        var annotations = Path.Combine(folder, "annotations.csv");
        if (!File.Exists(annotations))
        {
            throw new FileNotFoundException($"{folder}: a corpus folder used as training data needs an annotations.csv", annotations);
        }

        var corpus = FramingAnalysis.Corpus.Load(folder);
        var texts = new Dictionary<string, (string Text, string? Language)>(StringComparer.Ordinal);
        foreach (var unit in corpus.Units())
        {
            texts[unit.UnitId] = (unit.Text, unit.DeclaredLanguage);
        }

        var table = RawTable.Read(annotations);
        var withIds = options.IdColumn == TrainingDataOptions.Default.IdColumn && table.IndexOf(options.IdColumn) < 0
            ? options with { IdColumn = "unit_id" }
            : options;
        return ReadTable(table, withIds, texts);
    }

    private static TrainingDataReadResult ReadTable(RawTable table, TrainingDataOptions options, Dictionary<string, (string Text, string? Language)>? texts)
    {
        var file = table.Path;
        var problems = new List<TrainingDataProblem>();
        var examples = new List<LabeledExample>();

        var labelColumn = options.LabelColumn;
        var labelIndex = table.IndexOf(labelColumn);
        if (labelIndex < 0 && labelColumn == TrainingDataOptions.Default.LabelColumn)
        {
            var byTask = options.Task.ToString().ToLowerInvariant();
            if (table.IndexOf(byTask) >= 0)
            {
                labelColumn = byTask;
                labelIndex = table.IndexOf(byTask);
            }
        }

        var textIndex = table.IndexOf(options.TextColumn);
        var idIndex = table.IndexOf(options.IdColumn);
        var targetIndex = table.IndexOf(options.TargetColumn);
        var languageIndex = table.IndexOf(options.LanguageColumn);
        var columns = table.Header.Length == 0 ? "none" : string.Join(", ", table.Header);
        if (labelIndex < 0)
        {
            problems.Add(new TrainingDataProblem(file, table.HeaderLine, labelColumn, $"missing label column (the header has: {columns}; choose another with --label-column)"));
        }

        if (texts is null && textIndex < 0)
        {
            problems.Add(new TrainingDataProblem(file, table.HeaderLine, options.TextColumn, $"missing text column (the header has: {columns}; choose another with --text-column)"));
        }

        if (texts is not null && idIndex < 0)
        {
            problems.Add(new TrainingDataProblem(file, table.HeaderLine, options.IdColumn, "missing unit id column, needed to find each unit's text in the corpus"));
        }

        if (problems.Count > 0)
        {
            return new TrainingDataReadResult(file, examples, problems);
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new TrainingDataProblem(file, table.HeaderLine, labelColumn, "no data rows after the header"));
            return new TrainingDataReadResult(file, examples, problems);
        }

        var valid = new HashSet<string>(options.EffectiveLabels, StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in table.Rows)
        {
            string? Get(int index) => index >= 0 && index < fields.Length ? fields[index]?.Trim() : null;
            var id = Get(idIndex);
            string? text;
            string? language = Get(languageIndex);
            if (texts is not null)
            {
                if (string.IsNullOrEmpty(id) || !texts.TryGetValue(id, out var unit))
                {
                    problems.Add(new TrainingDataProblem(file, line, options.IdColumn, $"no corpus unit with id '{id}'"));
                    continue;
                }

                text = unit.Text;
                language = string.IsNullOrEmpty(language) ? unit.Language : language;
            }
            else
            {
                text = Get(textIndex);
            }

            var ok = true;
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new TrainingDataProblem(file, line, options.TextColumn, "empty text"));
                ok = false;
            }

            var rawLabel = Get(labelIndex);
            var labels = SplitLabels(rawLabel, options.Task);
            if (labels.Count == 0)
            {
                problems.Add(new TrainingDataProblem(file, line, labelColumn, "empty label"));
                ok = false;
            }
            else if (options.Task != LearningTask.Frames && labels.Count > 1)
            {
                problems.Add(new TrainingDataProblem(file, line, labelColumn, $"'{rawLabel}' holds several labels; {options.Task.ToString().ToLowerInvariant()} takes exactly one"));
                ok = false;
            }

            foreach (var label in labels)
            {
                if (!valid.Contains(label))
                {
                    problems.Add(new TrainingDataProblem(file, line, labelColumn, UnknownLabel(label, options)));
                    ok = false;
                }
            }

            if (ok)
            {
                var target = Get(targetIndex);
                examples.Add(new LabeledExample(
                    text!,
                    string.IsNullOrEmpty(language) ? options.DefaultLanguage : language.ToLowerInvariant(),
                    string.IsNullOrEmpty(target) ? null : target,
                    labels,
                    id,
                    line));
            }
        }

        if (problems.Count == 0)
        {
            CheckClasses(examples, options with { LabelColumn = labelColumn }, file, table.HeaderLine, problems);
        }

        return new TrainingDataReadResult(file, examples, problems);
    }

    private static void CheckClasses(IReadOnlyList<LabeledExample> examples, TrainingDataOptions options, string file, int headerLine, List<TrainingDataProblem> problems)
    {
        if (!options.RequireTwoClasses || examples.Count == 0)
        {
            return;
        }

        var classes = examples.SelectMany(e => options.Task == LearningTask.Frames ? e.Labels : [e.Label]).Distinct(StringComparer.Ordinal).ToList();
        if (classes.Count < 2)
        {
            var first = examples[0].Line > 0 ? examples[0].Line : headerLine;
            var last = examples[^1].Line > 0 ? examples[^1].Line : headerLine + examples.Count;
            problems.Add(new TrainingDataProblem(file, first, options.LabelColumn, $"a single class: every row from line {first} to {last} is labelled '{classes[0]}'; a classifier needs at least two"));
        }
    }

    private static string UnknownLabel(string label, TrainingDataOptions options) =>
        $"unknown label '{label}' for {options.Task.ToString().ToLowerInvariant()} (expected one of: {string.Join(", ", options.EffectiveLabels)}; or pass --labels)";

    private static List<string> SplitLabels(string? raw, LearningTask task)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        if (task != LearningTask.Frames)
        {
            return [raw.Trim().ToLowerInvariant()];
        }

        var result = new List<string>();
        foreach (var part in raw.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var label = part.ToLowerInvariant();
            if (!result.Contains(label))
            {
                result.Add(label);
            }
        }

        return result;
    }
}
