using System.CommandLine;
using FramingAnalysis.Analysis;
using FramingAnalysis.Sentiment.Vader;

namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// The sentiment options shared by <c>analyze</c> and <c>compare</c>: <c>--sentiment rules|vader</c>, with VADER's
/// lexicon (<c>--lexicon</c>) and emoji descriptions (<c>--emoji-lexicon</c>) for the VADER-compatible mode.
/// </summary>
internal sealed class SentimentScorerOption
{
    private readonly Option<string> scorer = new("--sentiment") { Description = "rules or vader (VADER-compatible mode; needs --lexicon).", DefaultValueFactory = _ => "rules" };
    private readonly Option<string?> lexicon = new("--lexicon") { Description = "A lexicon in VADER's vader_lexicon.txt format (for --sentiment vader)." };
    private readonly Option<string?> emoji = new("--emoji-lexicon") { Description = "VADER's emoji description file (for --sentiment vader)." };

    /// <summary>Creates the three options; <see cref="AddTo"/> puts them on a command.</summary>
    public SentimentScorerOption() => scorer.AcceptOnlyFromAmong("rules", "vader");

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(scorer);
        command.Options.Add(lexicon);
        command.Options.Add(emoji);
    }

    /// <summary>
    /// With <c>--sentiment vader</c>, loads the lexicon (and emoji descriptions) and returns <paramref name="options"/>
    /// with the VADER-compatible scorer; otherwise returns <paramref name="options"/> unchanged. The files it read are
    /// added to <paramref name="inputs"/> for the run manifest.
    /// </summary>
    /// <exception cref="ArgumentException">VADER mode without <c>--lexicon</c> or beside a sentiment model, or a lexicon or emoji file given without VADER mode.</exception>
    public AnalyzerOptions Apply(ParseResult parse, AnalyzerOptions options, ICollection<string>? inputs = null)
    {
        if (parse.GetValue(scorer) != "vader")
        {
            if (parse.GetValue(lexicon) is not null || parse.GetValue(emoji) is not null)
            {
                throw new ArgumentException("--lexicon and --emoji-lexicon are for --sentiment vader");
            }

            return options;
        }

        if (options.Sentiment is ModelScorers.SentimentModelScorer)
        {
            throw new ArgumentException("--sentiment vader and a sentiment --model both score sentiment; give one of them");
        }

        var lexiconPath = parse.GetValue(lexicon) ?? throw new ArgumentException("--sentiment vader needs --lexicon FILE (VADER's vader_lexicon.txt format)");
        var loaded = FramingAnalysis.Lexicons.LexiconLoader.LoadVader(lexiconPath);
        inputs?.Add(lexiconPath);
        IReadOnlyDictionary<string, string>? descriptions = null;
        if (parse.GetValue(emoji) is { } emojiPath)
        {
            descriptions = VaderScorer.LoadEmojiDescriptions(emojiPath);
            inputs?.Add(emojiPath);
        }

        return options with { Sentiment = new VaderSentimentAdapter(VaderScorer.Create(loaded.Lexicon, descriptions)) };
    }
}
