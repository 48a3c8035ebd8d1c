namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// A file written by a command (<c>--out</c>): checked and created before any work, written under a temporary name in
/// the same folder, and renamed to its real name only when the command succeeds. An interrupted or failed run
/// therefore never leaves a file that looks complete; the temporary file is removed when the run does not commit.
/// </summary>
internal sealed class OutputFile : IAsyncDisposable
{
    private readonly FileStream _stream;
    private bool _committed;

    private OutputFile(string path, string temporary, FileStream stream)
    {
        Path = path;
        TemporaryPath = temporary;
        _stream = stream;
    }

    /// <summary>The file's real name.</summary>
    public string Path { get; }

    /// <summary>The name it is written under until <see cref="CommitAsync"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>The stream to write; owned by this object.</summary>
    public Stream Stream => _stream;

    /// <summary>
    /// Creates the missing folders of <paramref name="path"/> and opens its temporary file, so that an output that
    /// cannot be written is found before the work starts.
    /// </summary>
    /// <exception cref="IOException">The path is a folder, or cannot be created or written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static OutputFile Create(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"{path}: is a folder; --out needs a file name");
        }

        var folder = System.IO.Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        return new OutputFile(path, temporary, stream);
    }

    /// <summary>Checks that files can be created in <paramref name="folder"/> (creating it if missing), before any work.</summary>
    public static void CheckFolder(string folder)
    {
        if (File.Exists(folder))
        {
            throw new IOException($"{folder}: is a file; --out needs a folder for CSV tables");
        }

        Directory.CreateDirectory(folder);
        var probe = System.IO.Path.Combine(folder, $".framing-probe.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
        {
        }
    }

    /// <summary>Flushes the data to disk and gives the file its real name (replacing an older file of that name).</summary>
    public async Task CommitAsync()
    {
        await _stream.FlushAsync().ConfigureAwait(false);
        _stream.Flush(flushToDisk: true);
        await _stream.DisposeAsync().ConfigureAwait(false);
        File.Move(TemporaryPath, Path, overwrite: true);
        _committed = true;
    }

    /// <summary>Closes the stream and, unless committed, removes the temporary file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_committed)
        {
            return;
        }

        try
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // A full disk can fail the last flush too; the file is removed either way.
        }

        try
        {
            File.Delete(TemporaryPath);
        }
        catch (IOException)
        {
        }
    }
}
