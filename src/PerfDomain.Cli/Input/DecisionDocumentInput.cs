using PerfDomain.Policies.Decisions;

namespace PerfDomain.Cli.Input;

/// <summary>Reads the evaluations <c>diff</c> compares: files written by <c>perfdomain evaluate --format json</c> (or <c>jsonl</c>).</summary>
internal static class DecisionDocumentInput
{
    /// <summary>Reads an evaluation document; a name ending in <c>.jsonl</c> is read as JSON Lines.</summary>
    /// <param name="path">The file's path as given.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="CliException">The file is missing, unreadable, or not a decision document.</exception>
    public static DecisionDocument Load(string path)
    {
        InputFile.RequireExisting(path);
        try
        {
            using var stream = File.OpenRead(path);
            return path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? DecisionJson.ReadLines(stream) : DecisionJson.Read(stream);
        }
        catch (DecisionFormatException ex)
        {
            throw CliException.Input($"{path}: {InputFile.OneLine(ex.Message)}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Input($"{path}: cannot be read: {InputFile.OneLine(ex.Message)}");
        }
    }
}
