namespace FramingAnalysis.Lexicons;

/// <summary>
/// Collects entries and problems while a loader walks a file: first definition of a term wins, later ones are
/// reported; a strict load throws at the first problem. One instance per load; not thread-safe.
/// </summary>
internal sealed class LexiconAccumulator
{
    private readonly string _source;
    private readonly bool _strict;
    private readonly List<LexiconEntry> _entries = [];
    private readonly Dictionary<string, int> _firstLine = new(StringComparer.Ordinal);
    private readonly List<LexiconProblem> _problems = [];
    private int _skipped;

    public LexiconAccumulator(string source, bool strict)
    {
        _source = source;
        _strict = strict;
    }

    public void Problem(int line, string field, string message)
    {
        var problem = new LexiconProblem(_source, line, field, message);
        if (_strict)
        {
            throw new LexiconFormatException(problem);
        }

        _problems.Add(problem);
    }

    /// <summary>Adds an entry unless the term was seen before, in which case the line is reported.</summary>
    public void Add(int line, string term, double valence, string termField)
    {
        if (Register(line, term, termField))
        {
            _entries.Add(new LexiconEntry(term, valence));
        }
    }

    /// <summary>Counts a well-formed line that is deliberately not an entry (still checked for duplicates).</summary>
    public void Skip(int line, string term, string termField)
    {
        if (Register(line, term, termField))
        {
            _skipped++;
        }
    }

    private bool Register(int line, string term, string termField)
    {
        if (_firstLine.TryGetValue(term, out int first))
        {
            Problem(line, termField, $"duplicate term '{term}' (first defined on line {first}); this line was not used");
            return false;
        }

        _firstLine.Add(term, line);
        return true;
    }

    public LexiconLoadResult Build(string name, string? version, string? language) =>
        new(SentimentLexicon.Create(_entries, name, version, language), _problems.ToArray(), _skipped);
}
