namespace FramingAnalysis.Benchmarks;

/// <summary>Texts shared by the language-ID benchmarks and the accuracy report.</summary>
internal static class LanguageIdData
{
    /// <summary>Paragraphs written for the benchmarks (not used to train the identifier).</summary>
    public static readonly string[] Paragraphs =
    [
        "The finance ministry said on Wednesday that spending on the new detention centre had already exceeded the original budget by a third, and that further payments would depend on a review by the national audit office. Opposition lawmakers demanded that the contracts be published in full.",
        "Families waiting outside the facility told reporters they had received no information about their relatives for months. Several said they had travelled overnight from the countryside, only to be turned away at the gate without an explanation.",
        "Supporters of the policy point to the sharp fall in extortion reported by small businesses. Shop owners in the capital, who once paid weekly fees to local gangs, say they can now keep their doors open after dark.",
        "El ministerio de Hacienda informó el miércoles que el gasto en el nuevo centro de detención ya superó en un tercio el presupuesto original, y que los próximos pagos dependerán de una revisión de la contraloría. Diputados de oposición exigieron que se publiquen los contratos completos.",
        "Las familias que esperan frente al penal dijeron a la prensa que llevan meses sin recibir información sobre sus parientes. Varias contaron que viajaron toda la noche desde el interior, solo para que las devolvieran en el portón sin ninguna explicación.",
        "Los defensores de la política destacan la fuerte caída de la extorsión denunciada por los pequeños comercios. Dueños de tiendas en la capital, que antes pagaban cuotas semanales a las pandillas, aseguran que ahora pueden mantener abierto después del anochecer.",
    ];

    /// <summary>The short comments of the test data (text, gold), embedded in this assembly.</summary>
    public static List<(string Text, string Gold)> ShortComments()
    {
        using Stream stream = typeof(LanguageIdData).Assembly.GetManifestResourceStream("Benchmarks.short-comments.tsv")!;
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string)>();
        bool header = false;
        while (reader.ReadLine() is { } line)
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

            string[] f = line.Split('\t');
            rows.Add((f[0], f[1]));
        }

        return rows;
    }
}
