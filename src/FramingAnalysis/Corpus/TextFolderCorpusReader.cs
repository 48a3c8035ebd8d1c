using System.Runtime.CompilerServices;
using System.Text;

namespace FramingAnalysis;

/// <summary>
/// Reads a folder of <c>.txt</c>/<c>.md</c> files: each subfolder name is a source (outlet), each file name (without
/// extension) an article id. The text is read as text copied from a page (<see cref="ArticleText.Parse"/>): paragraphs
/// per line or per block, page chrome kept as boilerplate, the first short line without a final period as the title, and
/// a comment-section header line ("23 Comments", "## Comments", "Comentarios (3)") starting the comments.
/// </summary>
/// <remarks>Files directly in the root folder take the root folder's name as their source. Files are read in ordinal path order.</remarks>
public static class TextFolderCorpusReader
{
    /// <summary>Streams the articles of a text folder.</summary>
    public static async IAsyncEnumerable<Article> ReadAsync(
        string folder,
        CorpusProblems problems,
        CorpusReadOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        options ??= CorpusReadOptions.Default;
        var validator = new RecordValidator(problems, options);
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = new RecordLocation(file, 1);
            string text;
            try
            {
                var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                text = strictUtf8.GetString(bytes).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException ex)
            {
                var line = ex.Index >= 0 ? LineOfByte(file, ex.Index) : 1;
                validator.RejectArticle(at with { Line = line }, "text", "invalid UTF-8: the file contains bytes that are not valid UTF-8 text (re-save it as UTF-8)", Path.GetFileNameWithoutExtension(file));
                continue;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
            var raw = new RawArticle
            {
                Location = at,
                Id = Path.GetFileNameWithoutExtension(file),
                Source = Path.GetFileName(directory),
            };
            raw.Text = text; // the title, chrome and comments are found by ArticleText.Parse
            raw.Markdown = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            var article = validator.Validate(raw);
            if (article is not null)
            {
                yield return article;
            }
        }
    }

    private static long LineOfByte(string file, int index)
    {
        var bytes = File.ReadAllBytes(file);
        long line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }
}
