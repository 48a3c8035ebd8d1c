using System.Runtime.CompilerServices;
using System.Text;

namespace FramingAnalysis;

/// <summary>
/// Reads a folder of <c>.txt</c>/<c>.md</c> files: each subfolder name is a source (outlet), each file name (without
/// extension) an article id. The text is read as text copied from a page (<see cref="ArticleText.Parse"/>): paragraphs
/// per line or per block, page chrome kept as boilerplate, the first short line without a final period as the title, and
/// a comment-section header line ("23 Comments", "## Comments", "Comentarios (3)") starting the comments.
/// </summary>
/// <remarks>
/// Files directly in the root folder take the root folder's name as their source. Files are read in ordinal path order.
/// Symbolic links to folders are not followed (each is reported as a warning); a file over
/// <see cref="CorpusReadOptions.MaxFileBytes"/> is reported and skipped without being read whole.
/// </remarks>
internal static class TextFolderCorpusReader
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
        var files = FindFiles(folder, validator, cancellationToken);
        var strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = new RecordLocation(file, 1);
            var id = Path.GetFileNameWithoutExtension(file);
            string text;
            try
            {
                var bytes = await ReadBoundedAsync(file, options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
                if (bytes is null)
                {
                    validator.RejectArticle(at, "text", $"file is over the limit of {options.MaxFileBytes:N0} bytes (CorpusReadOptions.MaxFileBytes); not read", id);
                    continue;
                }

                text = strictUtf8.GetString(bytes).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException ex)
            {
                var line = ex.Index >= 0 ? LineOfByte(file, ex.Index) : 1;
                validator.RejectArticle(at with { Line = line }, "text", "invalid UTF-8: the file contains bytes that are not valid UTF-8 text (re-save it as UTF-8)", id);
                continue;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                validator.RejectArticle(at, "text", $"cannot read the file: {ex.Message}", id);
                continue;
            }

            var article = ReadRecord(file, text, at, validator);
            if (article is not null)
            {
                yield return article;
            }
        }
    }

    private static Article? ReadRecord(string file, string text, RecordLocation at, RecordValidator validator)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
            var raw = new RawArticle
            {
                Location = at,
                Id = Path.GetFileNameWithoutExtension(file),
                Source = Path.GetFileName(directory),
            };
            raw.Text = text; // the title, chrome and comments are found by ArticleText.Parse
            raw.Markdown = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            return validator.Validate(raw);
        }
        catch (Exception ex) when (ex is not CorpusFormatException and not OutOfMemoryException and not OperationCanceledException)
        {
            // One file that breaks the splitter or the validator is one problem, never the end of the run.
            validator.RejectArticle(at, "record", $"could not be read: {ex.GetType().Name}: {ex.Message}", Path.GetFileNameWithoutExtension(file));
            return null;
        }
    }

    /// <summary>
    /// The <c>.txt</c>/<c>.md</c> files under <paramref name="folder"/> in ordinal path order. A symbolic link to a folder
    /// is not followed (a warning names it): a link back up the tree would loop forever, and a link elsewhere in the
    /// tree would read the same articles twice. Links to files are read like files.
    /// </summary>
    private static List<string> FindFiles(string folder, RecordValidator validator, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var pending = new Stack<string>(); // paths as the caller wrote the root, as Directory.EnumerateFiles gives them
        pending.Push(folder);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var directory = pending.Pop();
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
            {
                var path = Path.Combine(directory, entry.Name);
                if (entry is DirectoryInfo sub)
                {
                    if (sub.LinkTarget is not null)
                    {
                        validator.Report(new RecordLocation(path, 0), "record",
                            $"symbolic link to the folder '{sub.LinkTarget}' not followed (a link can loop or read articles twice)", ProblemSeverity.Warning);
                        continue;
                    }

                    pending.Push(path);
                }
                else if ((entry.Extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || entry.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
                    && !string.Equals(entry.Name, "README.md", StringComparison.OrdinalIgnoreCase))
                {
                    files.Add(path);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The bytes of a file, or null when it is longer than <paramref name="maxBytes"/>; never reads more than that (a link to <c>/dev/zero</c> ends).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(string file, long maxBytes, CancellationToken ct)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
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
