using PerfDomain.Policies.Fairness;

namespace PerfDomain.Cli.Input;

/// <summary>The group labels <c>fairness</c> reads: a CSV or JSON file (by its name), or the bundled sample's.</summary>
internal static class GroupLabelsInput
{
    /// <summary>The name the bundled sample groups file is reported under.</summary>
    public const string BundledSampleName = "sample-groups.csv (bundled)";

    private const string BundledSampleResource = "PerfDomain.Cli.Samples.sample-groups.csv";

    /// <summary>Reads a groups file, or the bundled sample's when no path is given.</summary>
    /// <param name="path">The file's path (<c>.json</c> is read as JSON, anything else as CSV), or <see langword="null"/>.</param>
    /// <returns>The labels and the name they are reported under.</returns>
    /// <exception cref="CliException">The file is missing, unreadable, or not a groups file.</exception>
    public static (GroupLabels Labels, string Source) Load(string? path)
    {
        string text;
        string source;
        if (path is null)
        {
            using var stream = typeof(GroupLabelsInput).Assembly.GetManifestResourceStream(BundledSampleResource)
                ?? throw CliException.Input($"{BundledSampleName}: the sample is not embedded in this build of the tool.");
            using var reader = new StreamReader(stream);
            text = reader.ReadToEnd();
            source = BundledSampleName;
        }
        else
        {
            text = InputFile.ReadAllText(path);
            source = path;
        }

        try
        {
            return (source.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? GroupLabels.FromJson(text) : GroupLabels.FromCsv(text), source);
        }
        catch (InvalidGroupLabelsException ex)
        {
            throw CliException.Input($"{source}: {InputFile.OneLine(ex.Message)}");
        }
    }
}
