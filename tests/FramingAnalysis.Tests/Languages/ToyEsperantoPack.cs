using FramingAnalysis.Frames;
using FramingAnalysis.Languages;
using FramingAnalysis.Lexicons;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Languages;

/// <summary>
/// A third language written outside the library, as a user would: a toy Esperanto pack (<c>eo</c>) with a few words
/// per table, built from public API only (tables in the house TSV format, <see cref="SentimentLanguagePack.Create"/>,
/// <see cref="StanceLanguagePack.Create"/>).
/// </summary>
internal sealed class ToyEsperantoPack : LanguagePack
{
    private readonly Lazy<Stopwords> _stopwords = new(() => Stopwords.Create("eo", ["la", "kaj", "de", "en", "al", "ke", "estas", "ne", "por", "pri", "gxi"]));
    private readonly Lazy<SentimentLanguagePack> _sentiment;
    private readonly Lazy<StanceLanguagePack> _stance;

    public ToyEsperantoPack()
    {
        _sentiment = new(() => SentimentLanguagePack.Create(
            "eo",
            LexiconLoader.LoadTsv(new StringReader(SentimentTable), "sentiment.eo.tsv", new LexiconLoadOptions { Strict = true }).Lexicon,
            modifiers: Table("modifiers.eo.tsv", "term\tkind\tvalue\nne\tnegator\t-0.74\ntre\tbooster\t0.293\nsed\tcontrast\t1.5\n"),
            stemmer: Stemmer,
            stopwords: Stopwords));
        _stance = new(() => StanceLanguagePack.Create(
            "eo",
            Table("stance-cues.eo.tsv", "cue\ttype\tweight\nsubtenas\tendorsement\t1\nkontrauas\topposition\t-1\ndiris\tattribution\t0\n"),
            Table("stance-effects.eo.tsv", "cue\ttype\tweight\nprotektas\tgoodfor\t1\nminacas\tbadfor\t1\n"),
            Table("stance-words.eo.tsv", "word\trole\nne\tnegator\nla\tdeterminer\nestas\tcopula\nlundo\tnot-speaker\n"),
            Sentiment,
            Stemmer));
    }

    private const string SentimentTable = "# name: Toy Esperanto sentiment lexicon\n# version: 0.1.0\nterm\tvalence\nbona\t2\nbonega\t3\nmalbona\t-2\nterura\t-3\nhonto\t-2\nespero\t1.5\n";

    public override string Code => "eo";

    public override string Name => "Esperanto (toy)";

    public override IStemmer Stemmer { get; } = new ToyEsperantoStemmer();

    public override Stopwords Stopwords => _stopwords.Value;

    public override SentimentLanguagePack Sentiment => _sentiment.Value;

    public override StanceLanguagePack Stance => _stance.Value;

    public override IReadOnlyList<FrameCue> PolicyFrameCues { get; } =
    [
        new("economic", "eo", "budgeto~", 1),
        new("economic", "eo", "impost*", 1),
        new("crime_and_punishment", "eo", "malliberejo~", 1),
        new("crime_and_punishment", "eo", "krimo~", 1),
    ];

    public override IReadOnlyDictionary<string, FrameText> PolicyFrameTexts { get; } = new Dictionary<string, FrameText>
    {
        ["economic"] = new("Ekonomia", "Kostoj, buĝetoj kaj impostoj."),
    };

    public override LanguageIdProfile? Identification { get; } = LanguageIdProfile.Create(
        new Dictionary<string, double>
        {
            ["kaj"] = 3, ["estas"] = 3, ["gxi"] = 3, ["ankaux"] = 3, ["registaro"] = 2, ["malliberejon"] = 2, ["malliberejo"] = 2,
            ["kontrauas"] = 2, ["subtenas"] = 2, ["diris"] = 1.5, ["pri"] = 1.5, ["tre"] = 1.5, ["ke"] = 1, ["la"] = 1, ["al"] = 1,
        },
        [
            "La registaro subtenas la novan malliberejon kaj diris ke gxi estas tre bona por la lando.",
            "Kritikistoj kontrauas la planon, sed la ministro diris ke la budgeto restas stabila.",
            "La homoj de la urbo parolas pri la krimoj kaj pri la rajtoj de la kaptitoj.",
        ]);

    public override PageTextCues PageText { get; } = PageTextCues.Parse(
        new StringReader("# version: 0.1.0\nlanguage\tkind\tphrase\neo\tchrome_line\tKunhavigi\neo\tcomment_word\tKomentoj\n"), "page-text.eo.tsv");

    private static ResourceTable Table(string name, string text) => ResourceTable.Read(new StringReader(text), name);

    /// <summary>Esperanto endings are regular: drop the accusative -n, the plural -j, then the part-of-speech vowel.</summary>
    private sealed class ToyEsperantoStemmer : IStemmer
    {
        public string Language => "eo";

        public int Stem(ReadOnlySpan<char> folded, Span<char> destination)
        {
            var word = folded;
            if (word.Length > 4 && word[^1] == 'n')
            {
                word = word[..^1];
            }

            if (word.Length > 4 && word[^1] == 'j')
            {
                word = word[..^1];
            }

            if (word.Length > 4 && word[^1] is 'o' or 'a' or 'e')
            {
                word = word[..^1];
            }

            word.CopyTo(destination);
            return word.Length;
        }
    }
}
