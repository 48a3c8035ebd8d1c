using System.Text;
using FramingAnalysis.Text;
using Xunit.Abstractions;

namespace FramingAnalysis.Tests.Text;

public class LanguageIdentifierTests(ITestOutputHelper output)
{
    private static readonly string[] Labels = ["en", "es", LanguageGuess.Undetermined];

    internal static List<(string Text, string Gold)> ReadShortComments()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Text", "Data", "short-comments.tsv");
        var rows = new List<(string, string)>();
        bool header = false;
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal))
            {
                continue;
            }

            if (!header)
            {
                header = true;
                continue;
            }

            string[] fields = line.Split('\t');
            rows.Add((fields[0], fields[1]));
        }

        return rows;
    }

    internal static string ConfusionTable(IEnumerable<(string Gold, string Predicted)> pairs)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var pair in pairs)
        {
            counts[pair] = counts.GetValueOrDefault(pair) + 1;
        }

        var sb = new StringBuilder();
        sb.AppendLine("| gold \\ predicted | en | es | und |");
        sb.AppendLine("|---|---|---|---|");
        foreach (string gold in Labels)
        {
            sb.Append("| ").Append(gold);
            foreach (string predicted in Labels)
            {
                sb.Append(" | ").Append(counts.GetValueOrDefault((gold, predicted)));
            }

            sb.AppendLine(" |");
        }

        return sb.ToString();
    }

    [Fact]
    public void ShortComments_AtLeast95PercentCorrect()
    {
        List<(string Text, string Gold)> rows = ReadShortComments();
        Assert.True(rows.Count >= 120, $"only {rows.Count} short comments");

        var pairs = new List<(string, string)>();
        int correct = 0;
        foreach (var (text, gold) in rows)
        {
            LanguageGuess guess = LanguageIdentifier.Default.Identify(text);
            pairs.Add((gold, guess.Language));
            if (guess.Language == gold)
            {
                correct++;
            }
            else
            {
                output.WriteLine($"MISS '{text}': gold {gold}, got {guess.Language} ({guess.Confidence:F2}; {guess.Scores})");
            }
        }

        double accuracy = (double)correct / rows.Count;
        output.WriteLine($"accuracy {correct}/{rows.Count} = {accuracy:P1}");
        output.WriteLine(ConfusionTable(pairs));
        Assert.True(accuracy >= 0.95, $"accuracy {accuracy:P1}");
    }

    [Theory]
    [InlineData("The minister said on Thursday that the emergency measures would remain in place until the end of the month, despite growing criticism from lawyers.", "en")]
    [InlineData("Residents of the coastal town say the new highway has brought traffic but very few of the promised jobs.", "en")]
    [InlineData("I honestly don't understand why nobody is asking where all that money went.", "en")]
    [InlineData("Seriously, read the article before commenting.", "en")]
    [InlineData("The court has yet to rule on the appeal.", "en")]
    [InlineData("El ministro afirmó el jueves que las medidas de emergencia seguirán vigentes hasta fin de mes, pese a las crecientes críticas de los abogados.", "es")]
    [InlineData("Los vecinos del pueblo costero dicen que la nueva carretera trajo tráfico pero muy pocos de los empleos prometidos.", "es")]
    [InlineData("Sinceramente no entiendo por qué nadie pregunta adónde fue a parar todo ese dinero.", "es")]
    [InlineData("En serio, lean la nota antes de comentar.", "es")]
    [InlineData("La sala todavía no resuelve la apelación.", "es")]
    [InlineData("Los diputados aprobaron la reforma con 64 votos a favor.", "es")]
    [InlineData("SIN EMBARGO EL GOBIERNO NO HA DADO EXPLICACIONES", "es")]
    [InlineData("BREAKING: POLICE ARREST THREE SUSPECTS AFTER SHOOTING", "en")]
    [InlineData("Salvador’s president won’t answer questions about the prisons", "en")]
    [InlineData("la neta esto es una verguenza, q asco el gobierno", "es")]
    [InlineData("no tengo palabras para esto", "es")]
    [InlineData("idk man this is wild lol", "en")]
    [InlineData("#JusticiaParaJulio ya basta de abusos en las carceles", "es")]
    [InlineData("#JusticeForJulio stop the abuses in these prisons", "en")]
    [InlineData("O governo não explicou para onde foi o dinheiro dos contribuintes.", "und")]
    [InlineData("Le gouvernement n'a pas expliqué où est passé l'argent des contribuables.", "und")]
    [InlineData("Il governo non ha spiegato dove sono finiti i soldi dei contribuenti.", "und")]
    [InlineData("Die Regierung hat nicht erklärt, wohin das Geld der Steuerzahler gegangen ist.", "und")]
    [InlineData("Правительство не объяснило, куда ушли деньги налогоплательщиков.", "und")]
    [InlineData("政府没有解释纳税人的钱去了哪里。", "und")]
    public void Sentences_AreIdentified(string text, string expected)
    {
        LanguageGuess guess = LanguageIdentifier.Default.Identify(text);
        output.WriteLine($"{guess}");
        Assert.Equal(expected, guess.Language);
        if (expected != LanguageGuess.Undetermined)
        {
            Assert.True(guess.Confidence > 0.9, $"confidence {guess.Confidence}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("😂😂😂 🔥🔥")]
    [InlineData("123 456,78 2024-05-01 100%")]
    [InlineData("https://example.com/news/2024/05/article.html www.example.org bit.ly/3xYz")]
    [InlineData("@user1 @another_user")]
    [InlineData("!!! ??? ... --- ***")]
    public void NoLanguageEvidence_IsUndeterminedWithZeroConfidence(string text)
    {
        LanguageGuess guess = LanguageIdentifier.Default.Identify(text);
        Assert.Equal(LanguageGuess.Undetermined, guess.Language);
        Assert.Equal(0, guess.Confidence);
        Assert.Equal(0, guess.WordCount);
        Assert.False(guess.IsDetermined);
    }

    [Fact]
    public void NullString_IsUndeterminedWithZeroConfidence()
    {
        Assert.Equal(LanguageGuess.None, LanguageIdentifier.Default.Identify((string?)null));
    }

    [Fact]
    public void LinksAndMentionsAreIgnored_LanguageComesFromWords()
    {
        LanguageGuess guess = LanguageIdentifier.Default.Identify("@presidencia esto es una vergüenza https://t.co/AbCdEf");
        Assert.Equal("es", guess.Language);
        Assert.Equal(4, guess.WordCount);
    }

    [Fact]
    public void MixedText_FollowsTheMajorityWithLessConfidence()
    {
        LanguageGuess pure = LanguageIdentifier.Default.Identify("Qué vergüenza lo que hizo el gobierno");
        LanguageGuess mostlySpanish = LanguageIdentifier.Default.Identify("Qué vergüenza lo que hizo el gobierno, so sad");
        LanguageGuess mostlyEnglish = LanguageIdentifier.Default.Identify("This government is a disgrace, qué vergüenza");
        Assert.Equal("es", mostlySpanish.Language);
        Assert.Equal("en", mostlyEnglish.Language);
        Assert.True(mostlySpanish.Scores.Of("en") > pure.Scores.Of("en"), $"{mostlySpanish} vs {pure}");
    }

    [Fact]
    public void Scores_AreProbabilities()
    {
        foreach (string text in new[] { "hola", "hello", "ok", "Ciao", "la la la", "the the the", "zzzz qqqq" })
        {
            LanguageGuess guess = LanguageIdentifier.Default.Identify(text);
            Assert.InRange(guess.Confidence, 0, 1);
            Assert.Equal(["en", "es"], EnumerateLanguages(guess.Scores));
            Assert.InRange(guess.Scores.Of("en"), 0, 1);
            Assert.InRange(guess.Scores.Of("es"), 0, 1);
            Assert.InRange(guess.Scores.Of("en") + guess.Scores.Of("es"), 0, 1.0000001);
        }
    }

    [Fact]
    public void Identify_DoesNotAllocate()
    {
        LanguageIdentifier identifier = LanguageIdentifier.Default;
        AllocationAssert.NoAllocationPerCall(() =>
        {
            identifier.Identify("¡Qué vergüenza! The government’s prisons https://t.co/x");
        });
    }

    [Fact]
    public void Identify_IsThreadSafe()
    {
        List<(string Text, string Gold)> rows = ReadShortComments();
        string[] sequential = rows.Select(r => LanguageIdentifier.Default.Identify(r.Text).Language).ToArray();
        string[] parallel = new string[rows.Count];
        Parallel.For(0, rows.Count, i => parallel[i] = LanguageIdentifier.Default.Identify(rows[i].Text).Language);
        Assert.Equal(sequential, parallel);
    }

    private static List<string> EnumerateLanguages(LanguageScores scores)
    {
        var languages = new List<string>();
        foreach (var score in scores)
        {
            languages.Add(score.Language);
        }

        return languages;
    }
}
