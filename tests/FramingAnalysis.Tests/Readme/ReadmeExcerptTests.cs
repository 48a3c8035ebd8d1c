using FramingAnalysis.Cli;

namespace FramingAnalysis.Tests.Readme;

/// <summary>
/// README.md shows an excerpt of <c>framing compare corpus/ --targets corpus/targets.json</c>; these tests keep it true.
/// When the report changes on purpose, regenerate the excerpt with <c>scripts/update-readme-excerpt.sh</c> and review
/// <c>git diff README.md</c>. Which tables and rows the excerpt keeps is written once, in <c>scripts/ReadmeExcerpt.cs</c>.
/// </summary>
public sealed class ReadmeExcerptTests
{
    [Fact]
    public async Task Readme_excerpt_is_what_framing_compare_prints_on_the_sample_corpus()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FramingCli.RunAsync(["compare", RepoPaths.Corpus, "--targets", Path.Combine(RepoPaths.Corpus, "targets.json")], output, error);
        Assert.True(code == FramingCli.Ok, error.ToString());

        var readme = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "README.md"));
        var current = ReadmeExcerpt.Current(readme);
        Assert.True(current is not null, $"README.md has no '{ReadmeExcerpt.Begin}' … '{ReadmeExcerpt.End}' block");
        var expected = ReadmeExcerpt.Block(output.ToString());
        Assert.True(expected == current, "README.md's excerpt differs from what `framing compare` prints now; run scripts/update-readme-excerpt.sh and review the diff.\n" +
            $"expected:\n{expected}\nREADME.md:\n{current}");
    }

    [Fact]
    public void Selection_goes_by_section_and_table_names_so_a_new_section_does_not_move_it()
    {
        var report = """
            # Framing comparison

            ## Key findings

            | Frame | Finding |
            |---|---|
            | economic | not this one |

            ## Counts

            | Group | Articles | Units |
            |---|---|---|
            | A | 1 | 2 |
            | B | 3 | 4 |

            ## Frame salience

            Some words first.

            | Frame | Name (en / es) | A | B |
            |---|---|---|---|
            | economic | Economic / Económico | 0.1 | 0.2 |
            | morality | Morality / Moralidad | 0.3 | 0.4 |
            | legality_constitutionality_jurisprudence | Legality / Legalidad | 0.5 | 0.6 |
            | crime_and_punishment | Crime / Crimen | 0.7 | 0.8 |

            ## Pairwise comparisons

            | Group A | Group B | JSD | 95% CI |
            |---|---|---|---|
            | A | B | 0.1 | [0, 1] |
            | El Heraldo Valdorense | Northbridge Courier | 0.2 | [0, 1] |

            ## Naming of targets

            ### Prison model (es)

            |  | A |
            |---|---|
            | References | 9 |

            ### Prison model (en)

            |  | A | B |
            |---|---|---|
            | References | 1 | 2 |
            | Expressions | El Faro ×1 | the prison ×2 |
            | Phrases | El Faro ×1 | the prison ×2 |
            | Label 1 | brutal ×1 | modern ×2 |
            | Label 2 | grim ×1 |  |
            """;
        Assert.Equal("""
            ```text
            | Group | Articles | Units |
            |---|---|---|
            | A | 1 | 2 |
            | B | 3 | 4 |

            | Frame | Name (en / es) | A | B |
            |---|---|---|---|
            | economic | Economic / Económico | 0.1 | 0.2 |
            | legality_constitutionality_jurisprudence | Legality / Legalidad | 0.5 | 0.6 |
            | crime_and_punishment | Crime / Crimen | 0.7 | 0.8 |

            | Group A | Group B | JSD | 95% CI |
            |---|---|---|---|
            | El Heraldo Valdorense | Northbridge Courier | 0.2 | [0, 1] |

            |  | A | B |
            |---|---|---|
            | References | 1 | 2 |
            | Expressions | El Faro ×1 | the prison ×2 |
            | Label 1 | brutal ×1 | modern ×2 |
            ```
            """.ReplaceLineEndings("\n"), ReadmeExcerpt.Block(report));
    }

    [Fact]
    public void A_selected_row_that_is_gone_is_an_error_naming_it()
    {
        var report = "## Counts\n\n| Group | Articles |\n|---|---|\n| A | 1 |\n\n## Frame salience\n\n| Frame | A |\n|---|---|\n| economic | 0.1 |\n";
        var e = Assert.Throws<InvalidOperationException>(() => ReadmeExcerpt.Block(report));
        Assert.Contains("legality_constitutionality_jurisprudence", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Replace_changes_only_the_block_between_the_markers()
    {
        var readme = $"intro\n{ReadmeExcerpt.Begin}\nold\n{ReadmeExcerpt.End}\noutro\n";
        var report = "## Counts\n| Group | Articles |\n|---|---|\n| A | 1 |\n## Frame salience\n| Frame |\n|---|\n| economic |\n| legality_constitutionality_jurisprudence |\n| crime_and_punishment |\n" +
                     "## Pairwise comparisons\n| Group A | Group B | JSD |\n|---|---|---|\n| El Heraldo Valdorense | Northbridge Courier | 0.1 |\n" +
                     "## Naming of targets\n### Prison model (en)\n|  | A |\n|---|---|\n| References | 1 |\n| Expressions | El Faro ×1 |\n| Label 1 | brutal ×1 |\n";
        var updated = ReadmeExcerpt.Replace(readme, report);
        Assert.StartsWith($"intro\n{ReadmeExcerpt.Begin}\n```text\n| Group | Articles |", updated, StringComparison.Ordinal);
        Assert.EndsWith($"| Label 1 | brutal ×1 |\n```\n{ReadmeExcerpt.End}\noutro\n", updated, StringComparison.Ordinal);
        Assert.Equal(updated, ReadmeExcerpt.Replace(updated, report));
    }
}
