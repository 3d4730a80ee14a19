namespace PerfDomain.Cli.Input;

/// <summary>Checks on input files, reported the same way for snapshots and parameter files.</summary>
internal static class InputFile
{
    /// <summary>Fails unless a file exists at the path.</summary>
    /// <param name="path">The path as given.</param>
    /// <exception cref="CliException">No file is there.</exception>
    public static void RequireExisting(string path)
    {
        if (Directory.Exists(path))
        {
            throw CliException.Input($"{path}: is a directory, not a file.");
        }

        if (!File.Exists(path))
        {
            throw CliException.Input($"{path}: file not found.");
        }
    }

    /// <summary>Reads a text file (a group labels file), its encoding told by its byte order mark, else UTF-8.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The text.</returns>
    /// <exception cref="CliException">The file is missing or cannot be read.</exception>
    public static string ReadAllText(string path)
    {
        var bytes = ReadAllBytes(path);
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a file's bytes, left for the reader to decode (as snapshots are: UTF-8, other encodings named).</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="CliException">The file is missing or cannot be read.</exception>
    public static byte[] ReadAllBytes(string path)
    {
        RequireExisting(path);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Input($"{path}: cannot be read: {OneLine(ex.Message)}");
        }
    }

    /// <summary>Joins a message's lines so that an error stays on one line.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message on one line.</returns>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
