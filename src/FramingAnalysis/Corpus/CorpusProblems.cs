namespace FramingAnalysis;

/// <summary>
/// The problems and record counts of one corpus read. A reader adds to it while it streams, so that after the read
/// <c>read + rejected = present</c> holds for articles and for comments.
/// </summary>
/// <remarks>Not thread-safe: one reader fills it; read it once the stream has been enumerated.</remarks>
public sealed class CorpusProblems : IReadOnlyList<CorpusProblem>
{
    private readonly List<CorpusProblem> _items = [];

    /// <summary>Articles read successfully (possibly with warnings).</summary>
    public int ArticlesRead { get; internal set; }

    /// <summary>Article records rejected with an error.</summary>
    public int ArticlesRejected { get; internal set; }

    /// <summary>Comments attached to an article.</summary>
    public int CommentsRead { get; internal set; }

    /// <summary>Comment records rejected with an error.</summary>
    public int CommentsRejected { get; internal set; }

    /// <summary>Article records present in the input: read plus rejected.</summary>
    public int ArticlesPresent => ArticlesRead + ArticlesRejected;

    /// <summary>Comment records present in the input: read plus rejected.</summary>
    public int CommentsPresent => CommentsRead + CommentsRejected;

    /// <summary>The number of problems (warnings and errors).</summary>
    public int Count => _items.Count;

    /// <summary>The number of problems that rejected a record.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Gets a problem by position, in the order found.</summary>
    public CorpusProblem this[int index] => _items[index];

    /// <summary>Enumerates the problems in the order found.</summary>
    public IEnumerator<CorpusProblem> GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(CorpusProblem problem, bool strict)
    {
        _items.Add(problem);
        if (problem.Severity == ProblemSeverity.Error)
        {
            ErrorCount++;
        }

        if (strict)
        {
            throw new CorpusFormatException(problem);
        }
    }
}
