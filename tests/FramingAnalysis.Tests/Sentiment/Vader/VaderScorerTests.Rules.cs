namespace FramingAnalysis.Tests.Sentiment.Vader;

public partial class VaderScorerTests
{
    [Theory]
    // Plain positive: good=1.9; neu 3 (The, movie, was); 1.9/√(1.9²+15)=0.4404; pos 2.9/5.9=0.492
    [InlineData("The movie was good", 0.4404, 0.492, 0.0, 0.508)]
    // Plain negative: bad=-2.5; -2.5/√(6.25+15)=-0.5423; neg 3.5/6.5=0.538
    [InlineData("The movie was bad", -0.5423, 0.0, 0.538, 0.462)]
    // Booster at i-1: very +0.293 → 2.193; "very" itself 0; neu 4; 2.193/√(4.8092+15)=0.4927; pos 3.193/7.193=0.444
    [InlineData("The movie was very good", 0.4927, 0.444, 0.0, 0.556)]
    // Booster at i-2 decays ×0.95: 1.9+0.293·0.95=2.17835 → 0.4902; pos 3.17835/7.17835=0.443
    [InlineData("It is very much good", 0.4902, 0.443, 0.0, 0.557)]
    // Booster at i-3 decays ×0.9: 1.9+0.293·0.9=2.1637 → 0.4877; neu 5 (It, was, extremely, in, fact); pos 3.1637/8.1637=0.388
    [InlineData("It was extremely, in fact, good", 0.4877, 0.388, 0.0, 0.612)]
    // Dampener: 1.9−0.293=1.607 → 1.607/√(2.5824+15)=0.3832; pos 2.607/6.607=0.395
    [InlineData("The movie was slightly good", 0.3832, 0.395, 0.0, 0.605)]
    // Dampener on a negative word flips sign (moves toward 0): −2.5+0.293=−2.207 → −0.4951; neg 3.207/7.207=0.445
    [InlineData("The movie was slightly bad", -0.4951, 0.0, 0.445, 0.555)]
    // Booster on a negative word: −2.5−0.293=−2.793 → −0.5849; neg 3.793/7.793=0.487
    [InlineData("The food was very bad", -0.5849, 0.0, 0.487, 0.513)]
    // ALL CAPS in mixed-case text: 1.9+0.733=2.633 → 2.633/√(6.9327+15)=0.5622; pos 3.633/6.633=0.548
    [InlineData("The movie was GOOD", 0.5622, 0.548, 0.0, 0.452)]
    // All-caps sentence: no cap differential, so no increase: same as "The movie was good"
    [InlineData("THE MOVIE WAS GOOD", 0.4404, 0.492, 0.0, 0.508)]
    // ALL-CAPS negative word: −2.5−0.733=−3.233 → −0.6408; neg 4.233/7.233=0.585
    [InlineData("The food was HORRIBLE", -0.6408, 0.0, 0.585, 0.415)]
    // ALL-CAPS booster: 1.9+(0.293+0.733)=2.926 → 0.6028; pos 3.926/7.926=0.495
    [InlineData("The movie was VERY good", 0.6028, 0.495, 0.0, 0.505)]
    // ALL-CAPS booster on a negative word: −2.5−0.293−0.733=−3.526 → −0.6732; neg 4.526/8.526=0.531
    [InlineData("The food was VERY bad", -0.6732, 0.0, 0.531, 0.469)]
    // Negation at i-1: 1.9×−0.74=−1.406 → −1.406/√(1.9768+15)=−0.3412; neu 4; neg 2.406/6.406=0.376
    [InlineData("The movie was not good", -0.3412, 0.0, 0.376, 0.624)]
    // Negation at i-2: "that" is no modifier; 1.9×−0.74=−1.406 → −0.3412; neu 4 (It, was, not, that)
    [InlineData("It was not that good", -0.3412, 0.0, 0.376, 0.624)]
    // Booster then negation: (1.9+0.293)×−0.74=−1.62282 → −0.3865; neu 5; neg 2.62282/7.62282=0.344
    [InlineData("The movie was not very good", -0.3865, 0.0, 0.344, 0.656)]
    // Negation at i-3: tokens I, don't, think, it's, good ("I" is a token too); −1.406; neu 4; neg 2.406/6.406=0.376
    [InlineData("I don't think it's good", -0.3412, 0.0, 0.376, 0.624)]
    // Any word containing "n't" negates (not in the list): shouldn't've at i-2 → −1.406; neu 3
    [InlineData("It shouldn't've been good", -0.3412, 0.0, 0.445, 0.555)]
    // Two negations multiply: 1.9×−0.74×−0.74=1.04044 → 0.2594; neu 3; pos 2.04044/5.04044=0.405
    [InlineData("It isn't not good", 0.2594, 0.405, 0.0, 0.595)]
    // "without" negates: joy 2.8×−0.74=−2.072 → −0.4717; neu 3; neg 3.072/6.072=0.506
    [InlineData("It is without joy", -0.4717, 0.0, 0.506, 0.494)]
    // never so (i-2): so +0.293 → 2.193, then ×1.25 instead of negating → 2.74125 → 0.5777; neu 2; pos 3.74125/5.74125=0.652
    [InlineData("Never so good", 0.5777, 0.652, 0.0, 0.348)]
    // never this (i-2): 2.7×1.25=3.375 → 3.375/√(11.3906+15)=0.657; pos 4.375/6.375=0.686
    [InlineData("Never this happy", 0.657, 0.686, 0.0, 0.314)]
    // never so at i-3/i-2: very +0.293, so +0.293×0.95 → 2.47135, ×1.25=3.0891875 → 0.6236; neu 3; pos 4.0891875/7.0891875=0.577
    [InlineData("Never so very good", 0.6236, 0.577, 0.0, 0.423)]
    // without doubt (i-2, i-1) is not a negation: good stays 1.9; neu 4; pos 2.9/6.9=0.42
    [InlineData("It is without doubt good", 0.4404, 0.42, 0.0, 0.58)]
    // without doubt at i-3: very +0.293 → 2.193, not negated → 0.4927; neu 5; pos 3.193/8.193=0.39
    [InlineData("It is without doubt very good", 0.4927, 0.39, 0.0, 0.61)]
    // no rule: "no" before a lexicon word scores 0; good after "no" ×−0.74=−1.406; neu 3 (This, is, no)
    [InlineData("This is no good", -0.3412, 0.0, 0.445, 0.555)]
    // no at i-2: "no" keeps −1.2 (next word "very" is not in the lexicon); good=1.9×−0.74=−1.406, very → −1.406−0.293=−1.699;
    // sum −2.899 → −0.5992; neg (2.2+2.699)/(4.899+4)=0.551; neu 4 (There, is, very, reason)
    [InlineData("There is no very good reason", -0.5992, 0.0, 0.551, 0.449)]
    // no … or at i-3: "no"→0, bad=−2.5×−0.74=1.85, good=1.9×−0.74=−1.406 (no at i-3, "or" at i-1); sum 0.444 → 0.1139;
    // neu 4 (I, want, no, or); pos 2.85/9.256=0.308, neg 2.406/9.256=0.26, neu 4/9.256=0.432
    [InlineData("I want no bad or good", 0.1139, 0.308, 0.26, 0.432)]
    // "no" alone is a lexicon word: −1.2 → −1.2/√(1.44+15)=−0.296; neg 1.0
    [InlineData("No", -0.296, 0.0, 1.0, 0.0)]
    // least: happy 2.7×−0.74=−1.998 → −0.4585; neu 4; neg 2.998/6.998=0.428
    [InlineData("He was the least happy", -0.4585, 0.0, 0.428, 0.572)]
    // at least: no negation; 2.7 → 0.5719; pos 3.7/7.7=0.481
    [InlineData("He was at least happy", 0.5719, 0.481, 0.0, 0.519)]
    // least at the start (no word before it): still negates; −1.998; neg 2.998/3.998=0.75
    [InlineData("Least happy", -0.4585, 0.0, 0.75, 0.25)]
    // but: good 1.9×0.5=0.95, horrible −2.5×1.5=−3.75; sum −2.8 → −0.5859; pos 1.95/13.7=0.142, neg 4.75/13.7=0.347, neu 7/13.7=0.511
    [InlineData("The food was good but the service was horrible", -0.5859, 0.142, 0.347, 0.511)]
    // One "!": sum 1.9+0.292=2.192 → 0.4926; pos (2.9+0.292)/6.192=0.516
    [InlineData("The movie was good!", 0.4926, 0.516, 0.0, 0.484)]
    // Four "!": 1.9+4×0.292=3.068 → 0.6209; pos 4.068/7.068=0.576
    [InlineData("The movie was good!!!!", 0.6209, 0.576, 0.0, 0.424)]
    // Six "!" are capped at four: same as four
    [InlineData("The movie was good!!!!!!", 0.6209, 0.576, 0.0, 0.424)]
    // One "?" adds nothing: same as plain good
    [InlineData("Is the movie good?", 0.4404, 0.492, 0.0, 0.508)]
    // Two "?": 2×0.18=0.36 → 2.26 → 0.504; pos 3.26/6.26=0.521
    [InlineData("Is the movie good??", 0.504, 0.521, 0.0, 0.479)]
    // Three "?": 0.54 → 2.44 → 0.533; pos 3.44/6.44=0.534
    [InlineData("Is the movie good???", 0.533, 0.534, 0.0, 0.466)]
    // Four or more "?": 0.96 → 2.86 → 0.594; pos 3.86/6.86=0.563
    [InlineData("Is the movie good????", 0.594, 0.563, 0.0, 0.437)]
    // Emoji replaced by its description: The movie grinning face; grinning=1.4 → 0.34; neu 3; pos 2.4/5.4=0.444
    [InlineData("The movie 😀", 0.34, 0.444, 0.0, 0.556)]
    // Emoji description feeds an idiom: "broken heart" replaces both broken and heart with −2.9; sum −5.8 → −0.8316;
    // tokens I, am, sorry, for, your, broken, heart; neg 7.8/12.8=0.609, neu 5/12.8=0.391
    [InlineData("I am sorry for your 💔", -0.8316, 0.0, 0.609, 0.391)]
    // 2-character token kept whole: ":)" strips to "" (≤ 2 chars) so stays ":)" = 2.0 → 0.4588; pos 3/5=0.6
    [InlineData("The movie :)", 0.4588, 0.6, 0.0, 0.4)]
    // "ok!" strips to "ok" (2 chars) so the original "ok!" is kept, and is not in the lexicon: all neutral.
    // The "!" does not create a direction: compound 0, neu 1
    [InlineData("It was ok!", 0.0, 0.0, 0.0, 1.0)]
    // Uppercase lexicon entries never match: ":D" is looked up as ":d"
    [InlineData("The movie :D", 0.0, 0.0, 0.0, 1.0)]
    // Idiom: "the bomb" replaces bomb (−2.2) with 3 → 3/√24=0.6124; pos 4/8=0.5
    [InlineData("The movie is the bomb", 0.6124, 0.5, 0.0, 0.5)]
    // Idiom before a word: "yeah right" sets great (3.1) to −2 → −2/√19=−0.4588; neg 3/7=0.429
    [InlineData("Oh yeah right, great idea", -0.4588, 0.0, 0.429, 0.571)]
    // Idiom: "bus stop" sets stop (−1.2) to 0: all neutral
    [InlineData("Meet me at the bus stop", 0.0, 0.0, 0.0, 1.0)]
    // Idiom: "kiss of death" sets kiss (1.8) and death (−2.9) to −1.5 each; −3 → −0.6124; neg 5/10=0.5
    [InlineData("That deal was the kiss of death", -0.6124, 0.0, 0.5, 0.5)]
    // kind of: "kind" scores 0, and the phrase "kind of" dampens good: 1.9−0.293=1.607 → 0.3832; neu 5; pos 2.607/7.607=0.343
    [InlineData("The movie was kind of good", 0.3832, 0.343, 0.0, 0.657)]
    // "kind" on its own is a lexicon word: 2.4 → 0.5267; pos 3.4/5.4=0.63
    [InlineData("She is kind", 0.5267, 0.63, 0.0, 0.37)]
    // Several sentences are one unit: 1.9 + (−2.5) = −0.6 → −0.1531; pos 2.9/12.4=0.234, neg 3.5/12.4=0.282, neu 6/12.4=0.484
    [InlineData("The food was good. The service was bad.", -0.1531, 0.234, 0.282, 0.484)]
    // No sentiment words: compound 0, neu 1
    [InlineData("The cat sat on the mat", 0.0, 0.0, 0.0, 1.0)]
    // Single letters are tokens: I, love, it; 3.2 → 0.6369; pos 4.2/6.2=0.677, neu 2/6.2=0.323
    [InlineData("I love it", 0.6369, 0.677, 0.0, 0.323)]
    // "!" in neutral text adds to neither side (pos_sum = |neg_sum| = 0)
    [InlineData("Hello there!!!", 0.0, 0.0, 0.0, 1.0)]
    // Modifiers alone score 0
    [InlineData("Very totally", 0.0, 0.0, 0.0, 1.0)]
    // No tokens at all: the reference returns all zeros
    [InlineData("", 0.0, 0.0, 0.0, 0.0)]
    [InlineData(" \t\r\n  ", 0.0, 0.0, 0.0, 0.0)]
    // Single characters are neutral tokens (5 of them); the "!" finds no direction to amplify
    [InlineData("a b c ! ?", 0.0, 0.0, 0.0, 1.0)]
    public void Score_FollowsDocumentedRule(string text, double compound, double pos, double neg, double neu) =>
        AssertScores(Scorer.Score(text), compound, pos, neg, neu);

    [Theory]
    // Quirk 1 (idioms need three words before the word): "the shit" at the start is not checked; shit=−2.6 → −0.5574;
    // neg 3.6/4.6=0.783
    [InlineData("The shit", true, -0.5574, 0.0, 0.783, 0.217)]
    // Without quirks the idiom applies: 3 → 0.6124; pos 4/5=0.8
    [InlineData("The shit", false, 0.6124, 0.8, 0.0, 0.2)]
    // Quirk 2 ("so"/"this" at i-1 ×1.25 when i ≥ 3): (1.9+0.293)×1.25=2.74125 → 0.5777; neu 3; pos 3.74125/6.74125=0.555
    [InlineData("It was so good", true, 0.5777, 0.555, 0.0, 0.445)]
    // Without quirks only the booster: 2.193 → 0.4927; pos 3.193/6.193=0.516
    [InlineData("It was so good", false, 0.4927, 0.516, 0.0, 0.484)]
    // Quirk 2 stacks on the real never-so rule: 2.193×1.25×1.25=3.4265625 → 0.6626; neu 4; pos 4.4265625/8.4265625=0.525
    [InlineData("It was never so good", true, 0.6626, 0.525, 0.0, 0.475)]
    // Without quirks: 2.193×1.25=2.74125 → 0.5777; pos 3.74125/7.74125=0.483
    [InlineData("It was never so good", false, 0.5777, 0.483, 0.0, 0.517)]
    // Quirk 3 (phrase value added as is): "kind of bad" −2.5−0.293=−2.793 → −0.5849; neg 3.793/8.793=0.431
    [InlineData("The movie was kind of bad", true, -0.5849, 0.0, 0.431, 0.569)]
    // Without quirks the dampener follows the sign: −2.5+0.293=−2.207 → −0.4951; neg 3.207/8.207=0.391
    [InlineData("The movie was kind of bad", false, -0.4951, 0.0, 0.391, 0.609)]
    public void Score_ReferenceQuirks_AreSwitchable(string text, bool quirks, double compound, double pos, double neg, double neu)
    {
        var scorer = quirks ? VaderTestData.Scorer : VaderTestData.NoQuirksScorer;
        AssertScores(scorer.Score(text), compound, pos, neg, neu);
    }
}
