using System.Text;
using FramingAnalysis.Frames;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Frames;

/// <summary>
/// What every built-in frame cue matches, over word lists written by hand for the test
/// (<c>Frames/FrameCueWords.en.txt</c>, <c>Frames/FrameCueWords.es.txt</c>): the listing is the golden file
/// <c>Golden/FrameCueMatches.txt</c>, one line per cue with the entries it matches, so that a change to a dictionary or
/// to the matcher shows in review as the words it gains or loses. Pairs that must never match (a stem or a prefix
/// joining different words, issue 19) and names are asserted on their own.
/// </summary>
/// <remarks>
/// After checking that a change is intended, regenerate the listing from the repository root with
/// <code>FRAMING_UPDATE_GOLDEN=1 dotnet test tests/FramingAnalysis.Tests -c Release --filter "FullyQualifiedName~FrameCueWordListTests"</code>
/// and review <c>git diff tests/FramingAnalysis.Tests/Golden/FrameCueMatches.txt</c>.
/// </remarks>
public class FrameCueWordListTests
{
    private static string GoldenPath => Path.Combine(RepoPaths.Root, "tests", "FramingAnalysis.Tests", "Golden", "FrameCueMatches.txt");

    private static string WordsPath(string language) => Path.Combine(RepoPaths.Root, "tests", "FramingAnalysis.Tests", "Frames", $"FrameCueWords.{language}.txt");

    private static List<string> Words(string language) =>
        [.. File.ReadLines(WordsPath(language)).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    /// <summary>The listing: per language and cue (in the set's order), the entries of the word list it matches, as written.</summary>
    private static string Listing()
    {
        var text = new StringBuilder();
        text.Append("# For every built-in frame cue, the entries of tests/FramingAnalysis.Tests/Frames/FrameCueWords.<language>.txt that it\n");
        text.Append("# matches (each entry scored on its own; the matched text). Columns: language, frame, cue, matches ('-' for none).\n");
        text.Append("# Regenerate with FRAMING_UPDATE_GOLDEN=1 (see FrameCueWordListTests) and review the diff.\n");
        foreach (var language in new[] { "en", "es" })
        {
            var matches = new Dictionary<(string Frame, string Cue), List<string>>();
            foreach (var entry in Words(language))
            {
                var result = DictionaryFrameScorer.Default.Score(TextPipeline.Default.Analyze(entry, language));
                foreach (var score in result.Scores)
                {
                    foreach (var e in score.Evidence)
                    {
                        if (!matches.TryGetValue((score.Frame, e.Cue), out var list))
                        {
                            matches[(score.Frame, e.Cue)] = list = [];
                        }

                        if (!list.Contains(e.Text, StringComparer.Ordinal))
                        {
                            list.Add(e.Text);
                        }
                    }
                }
            }

            foreach (var cue in FrameSet.PolicyFrames.Cues.Where(c => c.Language == language))
            {
                var found = matches.TryGetValue((cue.Frame, cue.Cue), out var list) ? string.Join(", ", list) : "-";
                text.Append(language).Append('\t').Append(cue.Frame).Append('\t').Append(cue.Cue).Append('\t').Append(found).Append('\n');
            }
        }

        return text.ToString();
    }

    [Fact]
    public void Listing_MatchesTheGoldenFile()
    {
        var listing = Listing();
        if (Environment.GetEnvironmentVariable("FRAMING_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenPath)!);
            File.WriteAllText(GoldenPath, listing, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(GoldenPath), $"No golden file; create it with FRAMING_UPDATE_GOLDEN=1 (see {nameof(FrameCueWordListTests)}).");
        Assert.Equal(File.ReadAllText(GoldenPath).ReplaceLineEndings("\n"), listing);
    }

    /// <summary>Words that a loose stem or prefix joined to a cue of another meaning (issue 19), and more of the same kind.</summary>
    public static TheoryData<string, string, string> MustNotMatch => new()
    {
        { "en", "tour", "Tourism" },
        { "en", "tours", "Tourism" },
        { "en", "touring", "Tourism" },
        { "en", "more", "mores" },
        { "en", "right", "rights" },
        { "en", "rightly", "rights" },
        { "en", "courtesy", "Court" },
        { "en", "courtship", "Court" },
        { "en", "harmony", "harm" },
        { "en", "morale", "moral" },
        { "en", "royal", "royalties" },
        { "en", "subsided", "subsidi*" },
        { "en", "nursery", "nursing" },
        { "en", "bombshell", "bomb" },
        { "en", "bombastic", "bomb" },
        { "en", "appealing", "appeal" },
        { "en", "overwhelmingly", "overwhelmed" },
        { "en", "investigation", "investment" },
        { "en", "prism", "Prison*" },
        { "en", "taxi", "tax" },
        { "en", "legacy", "Legal*" },
        { "en", "trivial", "trial*" },
        { "en", "since", "sin" },
        { "en", "violet", "violence" },
        { "en", "holiday", "Holy" },
        { "en", "costume", "cost" },
        { "en", "fairy", "fair" },
        { "en", "pollen", "poll" },
        { "en", "armistice", "arms" },
        { "en", "peacock", "peace" },
        { "en", "medieval", "Medic*" },
        { "en", "hospitality", "Hospital" },
        { "en", "virtue", "virus" },
        { "en", "familiar", "families" },
        { "en", "communist", "community" },
        { "en", "electricity", "Election*" },
        { "en", "devoted", "vote*" },
        { "en", "partial", "parties" },
        { "en", "senile", "Senat*" },
        { "en", "major", "Mayor*" },
        { "en", "islamabad", "Islam" },
        { "en", "christmas", "Christian*" },
        { "en", "cultivate", "cultur*" },
        { "en", "debit", "debate" },
        { "en", "lawn", "law" },
        { "en", "statue", "statute*" },
        { "en", "suede", "sued" },
        { "en", "banana", "ban" },
        { "en", "planet", "plan" },
        { "en", "mandarin", "mandate*" },
        { "en", "churchill", "Church" },
        { "en", "warranty", "warrant" },
        { "en", "programmer", "program" },
        { "en", "gangway", "gang" },
        { "en", "rapeseed", "rape" },
        { "en", "stealth", "steal" },
        { "en", "priceless", "price" },
        { "es", "plazo", "plazas" },
        { "es", "plaza", "plazas" },
        { "es", "firmar", "firmas" },
        { "es", "firma", "firmas" },
        { "es", "firme", "firmas" },
        { "es", "costa", "coste" },
        { "es", "costas", "costes" },
        { "es", "derecha", "derechos" },
        { "es", "justamente", "justo" },
        { "es", "saludos", "Salud" },
        { "es", "moraleja", "moral" },
        { "es", "cortesía", "Corte" },
        { "es", "leyenda", "Ley" },
        { "es", "maravilla", "mara" },
        { "es", "robot", "robo" },
        { "es", "violeta", "violencia" },
        { "es", "asesoría", "asesin*" },
        { "es", "presión", "prisión*" },
        { "es", "ejercicio", "Ejército*" },
        { "es", "soldadura", "soldado*" },
        { "es", "frontal", "Fronter*" },
        { "es", "armario", "armas" },
        { "es", "hospitalidad", "Hospital" },
        { "es", "medio", "Médic*" },
        { "es", "muestra", "muerte" },
        { "es", "niñez", "niño" },
        { "es", "familiar", "familias" },
        { "es", "comunicación", "comunidad*" },
        { "es", "devoto", "voto*" },
        { "es", "eléctrico", "electoral*" },
        { "es", "presidio", "presidencial*" },
        { "es", "minestrone", "ministr*" },
        { "es", "demografía", "Democra*" },
        { "es", "orador", "orar" },
        { "es", "honorarios", "honor" },
        { "es", "cultivo", "cultura*" },
        { "es", "historieta", "historia" },
        { "es", "patrón", "patria" },
        { "es", "refugio", "refugiad*" },
        { "es", "juicioso", "juicio" },
        { "es", "vacuno", "vacuna" },
        { "es", "protestante", "protesta" },
    };

    [Theory]
    [MemberData(nameof(MustNotMatch))]
    public void Cue_DoesNotMatchAWordItDoesNotMean(string language, string word, string cue)
    {
        Assert.Contains(word, Words(language));
        Assert.Contains(FrameSet.PolicyFrames.Cues, c => c.Language == language && c.Cue == cue);
        foreach (var text in new[] { word, "They talked about " + word + " today." })
        {
            var evidence = DictionaryFrameScorer.Default.Score(TextPipeline.Default.Analyze(text, language)).Scores.SelectMany(s => s.Evidence);
            Assert.DoesNotContain(evidence, e => e.Cue == cue);
        }
    }

    [Fact]
    public void CriticsOnTheRight_AreNotCulturalIdentity()
    {
        var result = DictionaryFrameScorer.Default.Score(TextPipeline.Default.Analyze("Critics on the right said the plan was rushed.", "en"));
        Assert.Equal(0, result.ScoreOf("cultural_identity"));
        Assert.DoesNotContain(result.Scores.SelectMany(s => s.Evidence), e => e.Text.Equals("right", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("political", result.PrimaryFrame);
    }

    [Theory]
    [InlineData("en", "The crowd sang along when Right Said Fred played.", "Right")]
    [InlineData("en", "We watched the Tour de France on television.", "Tour")]
    [InlineData("en", "She wrote a column for the Morning Star about the Harmony Festival.", "Harmony")]
    [InlineData("en", "He grew up in Costa Mesa.", "Costa")]
    [InlineData("es", "El presidente de Costa Serena visitó la capital.", "Costa")]
    [InlineData("es", "La banda Los Derechos tocó anoche.", "Derechos")]
    public void Name_DoesNotMatchACommonWordCue(string language, string text, string name)
    {
        var evidence = DictionaryFrameScorer.Default.Score(TextPipeline.Default.Analyze(text, language)).Scores.SelectMany(s => s.Evidence);
        Assert.DoesNotContain(evidence, e => e.Text == name);
    }
}
