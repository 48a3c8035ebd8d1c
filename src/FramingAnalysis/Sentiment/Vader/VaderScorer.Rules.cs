using System.Collections.Frozen;

namespace FramingAnalysis.Sentiment.Vader;

public sealed partial class VaderScorer
{
    // Hutto & Gilbert (2014) derive the size of each heuristic's effect from crowd-rated controlled experiments
    // (sentences rated with and without the feature). The values below are the ones the reference implementation
    // (vaderSentiment 3.3.2) uses for those heuristics.

    /// <summary>Heuristic 2 (capitalization): an ALL-CAPS sentiment word in mixed-case text gains 0.733 in magnitude.</summary>
    internal const double CapsIncrement = 0.733;

    /// <summary>Heuristic 3 (degree modifiers): a booster adds 0.293 in magnitude (the default table's value).</summary>
    internal const double BoosterIncrement = 0.293;

    /// <summary>Heuristic 3 (degree modifiers): a dampener takes 0.293 from the magnitude (the default table's value).</summary>
    internal const double BoosterDecrement = -0.293;

    /// <summary>Heuristic 5 (negation in the preceding tri-gram): negation flips and damps, × -0.74.</summary>
    internal const double NegationScalar = -0.74;

    /// <summary>Normalization: compound = x / √(x² + α); α = 15 approximates the maximum expected value.</summary>
    internal const double NormalizationAlpha = 15;

    /// <summary>Heuristic 1 (punctuation): each "!" adds 0.292, up to 4 of them.</summary>
    internal const double ExclamationIncrement = 0.292;

    /// <summary>Heuristic 1 (punctuation): more than one "?" adds 0.18 each, up to 3; 4 or more add 0.96.</summary>
    internal const double QuestionIncrement = 0.18;

    /// <summary>The question-mark emphasis for 4 or more "?".</summary>
    internal const double QuestionMaximum = 0.96;

    /// <summary>Heuristic 4 (contrastive "but"): sentiment before "but" counts half ...</summary>
    internal const double BeforeButWeight = 0.5;

    /// <summary>... and sentiment after it counts 1.5 times, the latter clause dominating.</summary>
    internal const double AfterButWeight = 1.5;

    /// <summary>"never so good" / "never this good" intensify (× 1.25) instead of negating.</summary>
    internal const double NeverSoScalar = 1.25;

    /// <summary>A modifier's effect decays with distance: 1.0 at i-1, 0.95 at i-2, 0.9 at i-3.</summary>
    private static ReadOnlySpan<double> ModifierDecay => [1.0, 0.95, 0.9];

    /// <summary>The valence of token <paramref name="i"/> before the "but" weighting (rules 4 to 9).</summary>
    private double TokenValence(int i, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> lower, bool capDifferential, Span<char> phrase, ref VaderRules rules)
    {
        Token token = tokens[i];

        // Rule 4: modifiers and the hedge "kind of" carry no sentiment of their own.
        if (token.IsModifier)
        {
            rules |= VaderRules.ModifierWord;
            return 0;
        }

        if (i < tokens.Length - 1 && Is(tokens[i], lower, "kind") && Is(tokens[i + 1], lower, "of"))
        {
            rules |= VaderRules.KindOf;
            return 0;
        }

        if (!token.InLexicon)
        {
            return 0;
        }

        double valence = token.LexiconValence;

        // Rule 7: "no" right before a lexicon word is a negator, not a sentiment word ...
        if (Is(token, lower, "no") && i < tokens.Length - 1 && tokens[i + 1].InLexicon)
        {
            valence = 0;
            rules |= VaderRules.NoAsModifier;
        }

        // ... and it negates a lexicon word one or two words on, or three on across "or"/"nor" ("no X or Y").
        if ((i > 0 && Is(tokens[i - 1], lower, "no"))
            || (i > 1 && Is(tokens[i - 2], lower, "no"))
            || (i > 2 && Is(tokens[i - 3], lower, "no") && (Is(tokens[i - 1], lower, "or") || Is(tokens[i - 1], lower, "nor"))))
        {
            valence = token.LexiconValence * NegationScalar;
            rules |= VaderRules.NoNegation;
        }

        // Rule 3: ALL CAPS in mixed-case text.
        if (token.IsUpper && capDifferential)
        {
            valence += valence > 0 ? CapsIncrement : -CapsIncrement;
            rules |= VaderRules.AllCaps;
        }

        // Rules 5 and 6: modifiers and negations among the three preceding words. A preceding word that is itself in
        // the lexicon is a sentiment word, not a modifier, and is skipped.
        for (int distance = 1; distance <= 3; distance++)
        {
            int j = i - distance;
            if (j < 0 || tokens[j].InLexicon)
            {
                continue;
            }

            double scalar = ModifierScalar(tokens[j], valence, capDifferential);
            if (scalar != 0)
            {
                valence += scalar * ModifierDecay[distance - 1];
                rules |= tokens[j].ModifierValue > 0 ? VaderRules.Booster : VaderRules.Dampener;
            }

            valence = NegationCheck(valence, distance, i, tokens, lower, ref rules);
        }

        // Rule 9: idioms and modifier phrases around the word.
        if (!_referenceQuirks || (i > 2 && !tokens[i - 3].InLexicon))
        {
            valence = SpecialCaseCheck(valence, i, tokens, lower, phrase, ref rules);
        }

        // Rule 8: "least X" negates, "at least X" and "very least X" do not.
        if (i > 0 && !tokens[i - 1].InLexicon && Is(tokens[i - 1], lower, "least")
            && !(i > 1 && (Is(tokens[i - 2], lower, "at") || Is(tokens[i - 2], lower, "very"))))
        {
            valence *= NegationScalar;
            rules |= VaderRules.LeastNegation;
        }

        return valence;
    }

    /// <summary>
    /// The scalar a preceding modifier adds: its table value, turned against the valence's sign for negative words
    /// (a booster makes a negative word more negative), plus C_INCR in the valence's direction when the modifier is
    /// ALL CAPS in mixed-case text.
    /// </summary>
    private static double ModifierScalar(Token modifier, double valence, bool capDifferential)
    {
        if (!modifier.IsModifier)
        {
            return 0;
        }

        double scalar = valence < 0 ? -modifier.ModifierValue : modifier.ModifierValue;
        if (modifier.IsUpper && capDifferential)
        {
            scalar += valence > 0 ? CapsIncrement : -CapsIncrement;
        }

        return scalar;
    }

    /// <summary>Rule 6 for the word <paramref name="distance"/> places before <paramref name="i"/>.</summary>
    private double NegationCheck(double valence, int distance, int i, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> lower, ref VaderRules rules)
    {
        Token before = tokens[i - distance];
        switch (distance)
        {
            case 1:
                break;
            case 2:
                if (Is(tokens[i - 2], lower, "never") && IsSoOrThis(tokens[i - 1], lower))
                {
                    rules |= VaderRules.NeverSoIntensifier;
                    return valence * NeverSoScalar;
                }

                if (Is(tokens[i - 2], lower, "without") && Is(tokens[i - 1], lower, "doubt"))
                {
                    rules |= VaderRules.WithoutDoubt;
                    return valence;
                }

                break;
            default:
                // The reference tests "never" at i-3 with "so"/"this" at i-2 OR "so"/"this" at i-1 (no "never"
                // needed); the second half is kept only under ReferenceQuirks.
                if ((Is(tokens[i - 3], lower, "never") && IsSoOrThis(tokens[i - 2], lower))
                    || (_referenceQuirks && IsSoOrThis(tokens[i - 1], lower)))
                {
                    rules |= VaderRules.NeverSoIntensifier;
                    return valence * NeverSoScalar;
                }

                if (Is(tokens[i - 3], lower, "without") && (Is(tokens[i - 2], lower, "doubt") || Is(tokens[i - 1], lower, "doubt")))
                {
                    rules |= VaderRules.WithoutDoubt;
                    return valence;
                }

                break;
        }

        if (before.IsNegation)
        {
            rules |= VaderRules.Negation;
            return valence * NegationScalar;
        }

        return valence;
    }

    /// <summary>
    /// Rule 9: a special-case phrase that ends at the word (i-1..i, i-2..i) or just before it (i-2..i-1, i-3..i-1,
    /// i-3..i-2) replaces the valence (first match in that order); one that starts at the word (i..i+1, then i..i+2)
    /// replaces it too. Then multi-word modifier phrases just before the word (i-3..i-1, i-3..i-2, i-2..i-1) add their
    /// value.
    /// </summary>
    private double SpecialCaseCheck(double valence, int i, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> lower, Span<char> phrase, ref VaderRules rules)
    {
        ReadOnlySpan<(int From, int Count)> before = [(i - 1, 2), (i - 2, 3), (i - 2, 2), (i - 3, 3), (i - 3, 2)];
        foreach ((int from, int count) in before)
        {
            if (TryPhrase(_specialCases, from, count, tokens, lower, phrase, out double replacement))
            {
                valence = replacement;
                rules |= VaderRules.SpecialCase;
                break;
            }
        }

        if (TryPhrase(_specialCases, i, 2, tokens, lower, phrase, out double following))
        {
            valence = following;
            rules |= VaderRules.SpecialCase;
        }

        if (TryPhrase(_specialCases, i, 3, tokens, lower, phrase, out following))
        {
            valence = following;
            rules |= VaderRules.SpecialCase;
        }

        ReadOnlySpan<(int From, int Count)> modifiers = [(i - 3, 3), (i - 3, 2), (i - 2, 2)];
        foreach ((int from, int count) in modifiers)
        {
            if (TryPhrase(_boosters, from, count, tokens, lower, phrase, out double scalar))
            {
                // The reference adds a phrase's value as is, so "kind of bad" gets MORE negative; without quirks the
                // phrase follows the valence's sign like a single-word modifier.
                valence += _referenceQuirks || valence >= 0 ? scalar : -scalar;
                rules |= VaderRules.ModifierPhrase;
            }
        }

        return valence;
    }

    /// <summary>Looks up tokens [from, from+count) joined by single spaces, without allocating.</summary>
    private static bool TryPhrase(
        FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> table, int from, int count, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> lower, Span<char> buffer, out double value)
    {
        value = 0;
        if (from < 0 || from + count > tokens.Length)
        {
            return false;
        }

        int length = count - 1;
        for (int k = from; k < from + count; k++)
        {
            length += tokens[k].Length;
        }

        if (length > buffer.Length)
        {
            return false; // Longer than any key.
        }

        int at = 0;
        for (int k = from; k < from + count; k++)
        {
            if (k > from)
            {
                buffer[at++] = ' ';
            }

            lower.Slice(tokens[k].Start, tokens[k].Length).CopyTo(buffer[at..]);
            at += tokens[k].Length;
        }

        return table.TryGetValue(buffer[..length], out value);
    }

    /// <summary>
    /// Rule 10 (<c>_but_check</c>): valences before the first "but" × 0.5, after it × 1.5. With
    /// <see cref="VaderOptions.ReferenceQuirks"/> this is done the reference's way, which finds each valence's position
    /// by value (<c>sentiments.index(sentiment)</c>): it walks the list, and for the valence v now at position k it
    /// scales the FIRST position holding a value equal to v, which is usually k but is an earlier position when that
    /// one holds the same value, already scaled or not. So in "good but good" both words are weighted correctly, but
    /// when an earlier scaled value equals a later one (0.95 after "but" and 1.9 × 0.5 before it) the earlier one is
    /// scaled again and the later one is left alone.
    /// </summary>
    private void ApplyBut(ReadOnlySpan<Token> tokens, ReadOnlySpan<char> lower, Span<double> valences, VaderRules[]? rules)
    {
        int but = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (Is(tokens[i], lower, "but"))
            {
                but = i;
                break;
            }
        }

        if (but < 0)
        {
            return;
        }

        if (!_referenceQuirks)
        {
            for (int i = 0; i < valences.Length; i++)
            {
                if (i != but)
                {
                    Weigh(valences, i, but, rules);
                }
            }

            return;
        }

        // Positions after k are never touched before step k (the first position holding v[k] is at most k), so only
        // the positions already visited can take the place of k. They are indexed by their current value; zeros are
        // skipped, because scaling a zero changes nothing and a non-zero value never equals zero.
        Dictionary<double, SortedSet<int>>? visited = null;
        for (int k = 0; k < valences.Length; k++)
        {
            double v = valences[k];
            if (v == 0 || double.IsNaN(v))
            {
                continue;
            }

            visited ??= [];
            int target = k;
            if (visited.TryGetValue(v, out SortedSet<int>? same) && same.Count > 0)
            {
                target = same.Min;
                same.Remove(target);
                Add(visited, v, k); // k keeps its value v and becomes a visited position holding it.
            }

            if (target != but)
            {
                Weigh(valences, target, but, rules);
            }

            Add(visited, valences[target], target);
        }

        static void Add(Dictionary<double, SortedSet<int>> map, double value, int position)
        {
            if (!map.TryGetValue(value, out SortedSet<int>? set))
            {
                set = [];
                map.Add(value, set);
            }

            set.Add(position);
        }
    }

    private static void Weigh(Span<double> valences, int i, int but, VaderRules[]? rules)
    {
        valences[i] *= i < but ? BeforeButWeight : AfterButWeight;
        if (rules is not null && valences[i] != 0)
        {
            rules[i] |= i < but ? VaderRules.BeforeBut : VaderRules.AfterBut;
        }
    }

    /// <summary>Rule 11: "!" emphasis (capped at 4) plus "?" emphasis (only for 2 or more).</summary>
    private static double PunctuationEmphasis(string text)
    {
        int exclamations = Math.Min(text.AsSpan().Count('!'), 4);
        int questions = text.AsSpan().Count('?');
        double questionEmphasis = questions <= 1 ? 0 : questions <= 3 ? questions * QuestionIncrement : QuestionMaximum;
        return exclamations * ExclamationIncrement + questionEmphasis;
    }

    private static bool Is(Token token, ReadOnlySpan<char> lower, string word) =>
        lower.Slice(token.Start, token.Length).SequenceEqual(word);

    private static bool IsSoOrThis(Token token, ReadOnlySpan<char> lower) => Is(token, lower, "so") || Is(token, lower, "this");
}
