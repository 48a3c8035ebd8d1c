using System.CommandLine;

namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// The corpus-reading options <c>corpus</c>, <c>analyze</c> and <c>compare</c> share: which CSV/TSV column holds which
/// article field (<c>--text-column body</c>), for files whose header does not use the standard names.
/// </summary>
internal sealed class CorpusInputOptions
{
    private readonly Option<string>[] _columns =
    [
        Column("--id-column", "id", "the article id"),
        Column("--source-column", "source", "the outlet"),
        Column("--language-column", "language", "the language code"),
        Column("--published-column", "published", "the publication date"),
        Column("--title-column", "title", "the headline"),
        Column("--url-column", "url", "the address"),
        Column("--text-column", "text", "the body text"),
    ];

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in _columns)
        {
            command.Add(option);
        }
    }

    /// <summary>The read options the user asked for.</summary>
    public CorpusReadOptions ReadOptions(ParseResult parse)
    {
        string Get(int i) => parse.GetValue(_columns[i])!;
        var columns = new CorpusColumns
        {
            Id = Get(0),
            Source = Get(1),
            Language = Get(2),
            Published = Get(3),
            Title = Get(4),
            Url = Get(5),
            Text = Get(6),
        };
        return columns == CorpusColumns.Default ? CorpusReadOptions.Default : CorpusReadOptions.Default with { Columns = columns };
    }

    private static Option<string> Column(string name, string standard, string what) =>
        new(name) { Description = $"CSV/TSV column holding {what}.", DefaultValueFactory = _ => standard };
}
