using PerfDomain.Snapshots;

namespace PerfDomain.Cli.Input;

/// <summary>A snapshot the tool read, with the name it is reported under in messages.</summary>
/// <param name="Snapshot">The snapshot.</param>
/// <param name="Source">The file's path as given, or the bundled sample's name.</param>
internal sealed record SnapshotInput(OrganizationSnapshot Snapshot, string Source)
{
    /// <summary>The name the bundled sample is reported under.</summary>
    public const string BundledSampleName = "sample-organization.json (bundled)";

    private const string BundledSampleResource = "PerfDomain.Cli.Samples.sample-organization.json";

    /// <summary>Reads a snapshot file, or the bundled sample when no path is given.</summary>
    /// <param name="path">The file's path, or <see langword="null"/>.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="CliException">The file is missing, unreadable, or not a valid snapshot.</exception>
    public static SnapshotInput Load(string? path)
    {
        if (path is null)
        {
            using var stream = typeof(SnapshotInput).Assembly.GetManifestResourceStream(BundledSampleResource)
                ?? throw CliException.Input($"{BundledSampleName}: the sample is not embedded in this build of the tool.");
            return new SnapshotInput(Read(BundledSampleName, () => SnapshotReader.Read(stream)), BundledSampleName);
        }

        InputFile.RequireExisting(path);
        return new SnapshotInput(Read(path, () => SnapshotReader.ReadFile(path)), path);
    }

    private static OrganizationSnapshot Read(string source, Func<OrganizationSnapshot> read)
    {
        try
        {
            return read();
        }
        catch (InvalidSnapshotException ex)
        {
            throw CliException.Input($"{source}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Input($"{source}: cannot be read: {InputFile.OneLine(ex.Message)}");
        }
    }
}
