namespace FramingAnalysis.Tests.Text;

public partial class TokenizerTests
{
    [Theory]
    [InlineData("Great game! 😀", "Great|W game|W !|P 😀|Emoji")]
    [InlineData("👨‍👩‍👧 family", "👨‍👩‍👧|Emoji family|W")]
    [InlineData("🇲🇽🇺🇸", "🇲🇽|Emoji 🇺🇸|Emoji")]
    [InlineData("1️⃣ uno", "1️⃣|Emoji uno|W")]
    [InlineData("#️⃣ y *️⃣", "#️⃣|Emoji y|W *️⃣|Emoji")]
    [InlineData("👍🏽👍", "👍🏽|Emoji 👍|Emoji")]
    [InlineData("✌️ paz", "✌️|Emoji paz|W")]
    [InlineData("❤️❤", "❤️|Emoji ❤|Emoji")]
    [InlineData("☀ ✅", "☀|Emoji ✅|Emoji")]
    [InlineData("wow😂😂", "wow|W 😂|Emoji 😂|Emoji")]
    [InlineData("🏳️‍🌈 pride", "🏳️‍🌈|Emoji pride|W")]
    [InlineData("🏴󠁧󠁢󠁳󠁣󠁴󠁿 team", "🏴󠁧󠁢󠁳󠁣󠁴󠁿|Emoji team|W")]
    [InlineData("👩🏽‍⚕️ doctor", "👩🏽‍⚕️|Emoji doctor|W")]
    [InlineData("©️ vs ©", "©️|Emoji vs|W ©|S")]
    [InlineData("⚽🔥", "⚽|Emoji 🔥|Emoji")]
    public void Emoji_OneTokenPerGlyphOrSequence(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("nice :)", "nice|W :)|Emoticon")]
    [InlineData("ok:)", "ok|W :)|Emoticon")]
    [InlineData("nice :-) really", "nice|W :-)|Emoticon really|W")]
    [InlineData("sad :( today", "sad|W :(|Emoticon today|W")]
    [InlineData("sad :-( today", "sad|W :-(|Emoticon today|W")]
    [InlineData("lol :D", "lol|W :D|Emoticon")]
    [InlineData("sure ;) ok", "sure|W ;)|Emoticon ok|W")]
    [InlineData("sure ;-) ok", "sure|W ;-)|Emoticon ok|W")]
    [InlineData("bleh :P", "bleh|W :P|Emoticon")]
    [InlineData("crying :'( now", "crying|W :'(|Emoticon now|W")]
    [InlineData("love <3 you", "love|W <3|Emoticon you|W")]
    [InlineData("broken </3", "broken|W </3|Emoticon")]
    [InlineData("xD jaja XD", "xD|Emoticon jaja|W XD|Emoticon")]
    [InlineData("XDDD", "XDDD|Emoticon")]
    [InlineData("hmm :/ no", "hmm|W :/|Emoticon no|W")]
    [InlineData("ratio:/", "ratio|W :/|Emoticon")]
    [InlineData("ugh -_- fine", "ugh|W -_-|Emoticon fine|W")]
    [InlineData("yay ^_^", "yay|W ^_^|Emoticon")]
    [InlineData("what o_O", "what|W o_O|Emoticon")]
    [InlineData("meh :| ok", "meh|W :||Emoticon ok|W")]
    [InlineData("wow :o really", "wow|W :o|Emoticon really|W")]
    [InlineData("hi =) there", "hi|W =)|Emoticon there|W")]
    [InlineData("hi (: there", "hi|W (:|Emoticon there|W")]
    [InlineData("so sad T_T", "so|W sad|W T_T|Emoticon")]
    [InlineData(":))) jaja", ":)))|Emoticon jaja|W")]
    [InlineData("angry >:(", "angry|W >:(|Emoticon")]
    public void Emoticons_AreOneToken(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("at 10:30 today", "at|W 10:30|N today|W")]
    [InlineData("https:// nothing", "https|W :|P /|S /|S nothing|W")]
    [InlineData("love <30 people", "love|W <|S 30|N people|W")]
    [InlineData("a=b", "a|W =|S b|W")]
    [InlineData("Xbox and xDrive", "Xbox|W and|W xDrive|W")]
    [InlineData("Note: Dónde", "Note|W :|P Dónde|W")]
    [InlineData("Juan 3:16", "Juan|W 3:16|N")]
    public void Emoticons_NotMistakenForTimesUrlsOrWords(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("https://x.com/a?b=c", "https://x.com/a?b=c|Url")]
    [InlineData("See https://x.com/a?b=c.", "See|W https://x.com/a?b=c|Url .|P")]
    [InlineData("(http://example.org/path)", "(|P http://example.org/path|Url )|P")]
    [InlineData("www.example.org/path, and", "www.example.org/path|Url ,|P and|W")]
    [InlineData("via pic.twitter.com/Xy12AbC9", "via|W pic.twitter.com/Xy12AbC9|Url")]
    [InlineData("bit.ly/3xYz!", "bit.ly/3xYz|Url !|P")]
    [InlineData("visit example.com today", "visit|W example.com|Url today|W")]
    [InlineData("Visit elfaro.net.", "Visit|W elfaro.net|Url .|P")]
    [InlineData("«https://elfaro.net/es/»", "«|P https://elfaro.net/es/|Url »|P")]
    [InlineData("“https://t.co/abc”", "“|P https://t.co/abc|Url ”|P")]
    [InlineData("https://es.wikipedia.org/wiki/Nayib_Bukele_(político)", "https://es.wikipedia.org/wiki/Nayib_Bukele_(político)|Url")]
    [InlineData("Is it https://x.com/a?", "Is|W it|W https://x.com/a|Url ?|P")]
    [InlineData("WWW.GOB.SV", "WWW.GOB.SV|Url")]
    [InlineData("youtu.be/dQw4w9", "youtu.be/dQw4w9|Url")]
    [InlineData("localhost:8080/x", "localhost|W :|P 8080|N /|S x|W")]
    [InlineData("Node.js and ASP.NET", "Node|W .|P js|W and|W ASP|W .|P NET|W")]
    public void Urls_WithAndWithoutSchemeExcludeTrailingPunctuation(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Write to press@example.com.", "Write|W to|W press@example.com|Email .|P")]
    [InlineData("john.smith-jones@news.co.uk", "john.smith-jones@news.co.uk|Email")]
    [InlineData("@nayibbukele dijo", "@nayibbukele|Mention dijo|W")]
    [InlineData("RT @el_faro: Bukele", "RT|W @el_faro|Mention :|P Bukele|W")]
    [InlineData("@user@mastodon.social wrote", "@user@mastodon.social|Mention wrote|W")]
    [InlineData("#ÚltimaHora #ManoFirme", "#ÚltimaHora|Hashtag #ManoFirme|Hashtag")]
    [InlineData("#mano_dura2024", "#mano_dura2024|Hashtag")]
    [InlineData("#1 seed", "#|S 1|N seed|W")]
    [InlineData("a @ b # c", "a|W @|S b|W #|S c|W")]
    [InlineData("lol!!! 😂😂 #SV", "lol|W !!!|P 😂|Emoji 😂|Emoji #SV|Hashtag")]
    public void SocialHandles_EmailsMentionsHashtags(string text, string expected) =>
        Assert.Equal(expected, Render(text));
}
