using FramingAnalysis.Languages;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

public class SpanishStemmerTests
{
    private static string Stem(string word) => EnglishStemmerTests.Stem(SpanishStemmer.Instance, word);

    [Theory]
    [InlineData("criticó", "critic")]
    [InlineData("critica", "critic")]
    [InlineData("criticaron", "critic")]
    [InlineData("críticas", "critic")]
    [InlineData("crítico", "critic")]
    [InlineData("criticar", "critic")]
    [InlineData("criticando", "critic")]
    [InlineData("criticaba", "critic")]
    [InlineData("exitoso", "exitos")]
    [InlineData("exitosa", "exitos")]
    [InlineData("exitosos", "exitos")]
    [InlineData("exitosas", "exitos")]
    [InlineData("cárcel", "carcel")]
    [InlineData("cárceles", "carcel")]
    [InlineData("polémico", "polemic")]
    [InlineData("polémica", "polemic")]
    [InlineData("polémicos", "polemic")]
    [InlineData("cuestionado", "cuestion")]
    [InlineData("cuestionada", "cuestion")]
    [InlineData("cuestionar", "cuestion")]
    [InlineData("cuestionaron", "cuestion")]
    [InlineData("vulneración", "vulneracion")]
    [InlineData("vulneraciones", "vulneracion")]
    [InlineData("detenido", "deten")]
    [InlineData("detenidos", "deten")]
    [InlineData("detenida", "deten")]
    [InlineData("detenidas", "deten")]
    [InlineData("derechos", "derech")]
    [InlineData("derecho", "derech")]
    [InlineData("mujeres", "mujer")]
    [InlineData("mujer", "mujer")]
    [InlineData("leyes", "ley")]
    [InlineData("veces", "vez")]
    [InlineData("vez", "vez")]
    [InlineData("ciudades", "ciudad")]
    [InlineData("países", "pais")]
    [InlineData("país", "pais")]
    [InlineData("jóvenes", "joven")]
    [InlineData("militares", "milit")]
    [InlineData("militar", "milit")]
    [InlineData("totalmente", "total")]
    [InlineData("resultado", "result")]
    [InlineData("españoles", "español")]
    [InlineData("española", "español")]
    [InlineData("crisis", "crisis")]
    [InlineData("lugar", "lugar")]
    [InlineData("poder", "poder")]
    [InlineData("casa", "casa")]
    [InlineData("casas", "casa")]
    [InlineData("año", "año")]
    [InlineData("años", "año")]
    [InlineData("partido", "partid")]
    [InlineData("partidos", "partid")]
    [InlineData("policía", "polici")]
    [InlineData("políticos", "politic")]
    [InlineData("gobierno", "gobiern")]
    [InlineData("Gobierno", "gobiern")]
    [InlineData("ley", "ley")]
    [InlineData("de", "de")]
    [InlineData("COVID-19", "covid-19")]
    public void Stem_GivesExpectedStem(string word, string expected)
    {
        Assert.Equal(expected, Stem(word));
    }

    [Theory]
    [InlineData("paz", "pez")]
    [InlineData("año", "ano")]
    [InlineData("pena", "peña")]
    [InlineData("casa", "caso")]
    [InlineData("mesa", "mes")]
    [InlineData("partido", "parte")]
    [InlineData("político", "policía")]
    [InlineData("seguro", "segundo")]
    [InlineData("mano", "mono")]
    [InlineData("sala", "sal")]
    [InlineData("pelo", "pelea")]
    [InlineData("ley", "leer")]
    [InlineData("estado", "este")]
    [InlineData("lugar", "luego")]
    [InlineData("mujer", "mujeriego")]
    [InlineData("pasado", "pasa")]
    public void Stem_DoesNotMergeUnrelatedWords(string a, string b)
    {
        Assert.NotEqual(Stem(a), Stem(b));
    }

    [Theory]
    [InlineData("la")]
    [InlineData("mes")]
    [InlineData("ser")]
    [InlineData("ir")]
    [InlineData("dar")]
    [InlineData("vamos")]
    [InlineData("nada")]
    [InlineData("vida")]
    public void Stem_NeverShorterThanThreeLettersUnlessInputIs(string word)
    {
        string stem = Stem(word);
        Assert.True(stem.Length >= Math.Min(3, word.Length), $"{word} → {stem}");
    }

    [Fact]
    public void Stem_DoesNotAllocate()
    {
        AllocationAssert.NoAllocationPerCall(() =>
        {
            Span<char> buffer = stackalloc char[32];
            SpanishStemmer.Instance.Stem("vulneraciones", buffer);
            SpanishStemmer.Instance.Stem("criticaron", buffer);
        });
    }
}
