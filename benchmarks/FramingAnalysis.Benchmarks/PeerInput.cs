using System.Globalization;
using FramingAnalysis.Benchmarks.Data;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// <c>peer-input --chars N --lines FILE --jsonl FILE</c>: writes the scored units of <see cref="Workload.Units"/> twice,
/// as plain text (one unit per line, for an out-of-process peer such as the JavaScript VADER port) and as a JSON Lines
/// corpus with one single-paragraph article per unit (for <c>framing analyze</c>), so both read identical text. Line
/// breaks inside a unit (an embedded post's attribution line) become spaces in both files.
/// </summary>
internal static class PeerInput
{
    public static int Run(string[] args)
    {
        int chars = 10_000_000;
        string? lines = null;
        string? jsonl = null;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--chars":
                    chars = (int)GenerateCommand.ParseSize(args[i + 1]);
                    break;
                case "--lines":
                    lines = args[i + 1];
                    break;
                case "--jsonl":
                    jsonl = args[i + 1];
                    break;
            }
        }

        if (lines is null || jsonl is null)
        {
            Console.Error.WriteLine("usage: peer-input --chars 10MB --lines FILE --jsonl FILE");
            return 2;
        }

        var units = Workload.Units(chars, kind: null);
        var texts = units.Select(u => u.Text.Replace('\n', ' ').Replace('\r', ' ')).ToList();
        File.WriteAllLines(lines, texts, new System.Text.UTF8Encoding(false));
        JsonlCorpusWriter.Write(jsonl, units.Select((u, i) => new Article
        {
            Id = "u" + i.ToString(CultureInfo.InvariantCulture),
            Source = u.Source,
            Language = u.DeclaredLanguage,
            Paragraphs = [texts[i]],
        }));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peer-input: {texts.Count:N0} units, {texts.Sum(t => t.Length):N0} chars -> {lines}, {jsonl}"));
        return 0;
    }
}
