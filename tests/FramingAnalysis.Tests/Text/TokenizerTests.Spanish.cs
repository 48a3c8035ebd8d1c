namespace FramingAnalysis.Tests.Text;

public partial class TokenizerTests
{
    [Theory]
    [InlineData("El Sr. Pérez y la Sra. López", "El|W Sr.|W Pérez|W y|W la|W Sra.|W López|W")]
    [InlineData("la Srta. Gómez, la Dra. Ruiz y el Lic. Torres", "la|W Srta.|W Gómez|W ,|P la|W Dra.|W Ruiz|W y|W el|W Lic.|W Torres|W")]
    [InlineData("EE.UU. y México", "EE.UU.|W y|W México|W")]
    [InlineData("las FF.AA. y RR.HH.", "las|W FF.AA.|W y|W RR.HH.|W")]
    [InlineData("frutas, verduras, etc. Luego", "frutas|W ,|P verduras|W ,|P etc.|W Luego|W")]
    [InlineData("núm. 5, pág. 12", "núm.|W 5|N ,|P pág.|W 12|N")]
    [InlineData("aprox. 300 personas", "aprox.|W 300|N personas|W")]
    [InlineData("Ud. y Uds. saben", "Ud.|W y|W Uds.|W saben|W")]
    [InlineData("D. Juan Tenorio", "D.|W Juan|W Tenorio|W")]
    [InlineData("el art. 5 de la ley", "el|W art.|W 5|N de|W la|W ley|W")]
    [InlineData("es arte. Luego", "es|W arte|W .|P Luego|W")]
    [InlineData("en la Av. Reforma", "en|W la|W Av.|W Reforma|W")]
    [InlineData("el Gral. Ortega y el Ing. Díaz", "el|W Gral.|W Ortega|W y|W el|W Ing.|W Díaz|W")]
    public void Abbreviations_Spanish_KeepTheirDot(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("¿Qué pasó?", "¿|P Qué|W pasó|W ?|P")]
    [InlineData("¡Viva México!", "¡|P Viva|W México|W !|P")]
    [InlineData("¡¿En serio?!", "¡|P ¿|P En|W serio|W ?!|P")]
    [InlineData("«No vamos a negociar», dijo.", "«|P No|W vamos|W a|W negociar|W »|P ,|P dijo|W .|P")]
    [InlineData("«¡Basta!»", "«|P ¡|P Basta|W !|P »|P")]
    [InlineData("—Sí —respondió", "—|P Sí|W —|P respondió|W")]
    [InlineData("Bukele–Trump", "Bukele|W –|P Trump|W")]
    [InlineData("mano dura…", "mano|W dura|W …|P")]
    [InlineData("¿Vienes? —preguntó", "¿|P Vienes|W ?|P —|P preguntó|W")]
    public void SpanishPunctuation_InvertedMarksAndGuillemetsStandAlone(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Éxito del año", "Éxito|W del|W año|W")]
    [InlineData("el pingüino y la cigüeña", "el|W pingüino|W y|W la|W cigüeña|W")]
    [InlineData("über alles", "über|W alles|W")]
    [InlineData("ñandú", "ñandú|W")]
    [InlineData("cafe\u0301 y man\u0303ana", "cafe\u0301|W y|W man\u0303ana|W")]
    [InlineData("l'Hospitalet", "l'Hospitalet|W")]
    [InlineData("el régimen de excepción", "el|W régimen|W de|W excepción|W")]
    [InlineData("ANÁLISIS: la reforma", "ANÁLISIS|W :|P la|W reforma|W")]
    [InlineData("infor\u00ADmación", "infor\u00ADmación|W")]
    public void AccentedWords_StayWhole(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("el 1.º de mayo", "el|W 1.º|N de|W mayo|W")]
    [InlineData("la 1ª vez, el 2º lugar", "la|W 1ª|N vez|W ,|P el|W 2º|N lugar|W")]
    [InlineData("el 1er lugar y la 3ra vez", "el|W 1er|N lugar|W y|W la|W 3ra|N vez|W")]
    [InlineData("40.000 personas", "40.000|N personas|W")]
    [InlineData("1,5 millones", "1,5|N millones|W")]
    [InlineData("el 3,5 %", "el|W 3,5|N %|S")]
    [InlineData("entre 65-70 años", "entre|W 65-70|N años|W")]
    [InlineData("a las 10:30 horas", "a|W las|W 10:30|N horas|W")]
    [InlineData("cuesta 20 €", "cuesta|W 20|N €|S")]
    [InlineData("−5 grados", "−5|N grados|W")]
    [InlineData("hace 30°C", "hace|W 30|N °|S C|W")]
    public void SpanishNumbers_KeepDecimalCommaAndOrdinals(string text, string expected) =>
        Assert.Equal(expected, Render(text));
}
