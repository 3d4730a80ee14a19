using System.Diagnostics;
using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;

namespace PerfDomain.Packaging.Tests;

/// <summary>
/// Packs every package of the repository once, without building (`dotnet pack --no-build`, in the configuration these
/// tests were built in, whose build has just built the packages too), into a temporary directory, and opens each.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public static readonly string[] Libraries = ["PerfDomain", "PerfDomain.Rules", "PerfDomain.Policies", "PerfDomain.Hosting", "PerfDomain.Testing"];

    public const string Tool = "PerfDomain.Cli";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "perfdomain-pack-" + Guid.NewGuid().ToString("N"));

    public PackedPackages()
    {
        Directory.CreateDirectory(_directory);
        // One pack of the solution: every packable project (those of src/), in parallel.
        Pack(Path.Combine(RepositoryRoot, "PerfDomain.sln"));

        Packages = Directory.GetFiles(_directory, "*.nupkg").ToDictionary(
            p => Path.GetFileName(p)[..Path.GetFileName(p).IndexOf(".0.", StringComparison.Ordinal)],
            p => new PackedPackage(p),
            StringComparer.Ordinal);
    }

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public IReadOnlyDictionary<string, PackedPackage> Packages { get; }

    /// <summary>Gets what `dotnet pack` printed, for the messages of failing tests.</summary>
    public string Output { get; private set; } = string.Empty;

    public void Dispose()
    {
        foreach (var package in Packages.Values)
        {
            package.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private void Pack(string project)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["pack", project, "-c", Metadata("Configuration"), "--no-build", "--nologo", "-o", _directory])
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild variables would point the child at the wrong SDK files.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MSBUILD", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Output += output.Result + error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack {Path.GetFileName(project)} failed ({process.ExitCode}):\n{output.Result}{error}");
        }
    }

    private static string Metadata(string key) =>
        typeof(PackedPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

/// <summary>One .nupkg: its entries and its nuspec.</summary>
public sealed class PackedPackage(string path) : IDisposable
{
    private readonly ZipArchive _archive = ZipFile.OpenRead(path);

    public IReadOnlyList<string> Entries => [.. _archive.Entries.Select(e => e.FullName)];

    public XElement Metadata
    {
        get
        {
            using var nuspec = _archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            var document = XDocument.Load(nuspec);
            return document.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }
    }

    public string? Value(string element) => Metadata.Elements().FirstOrDefault(e => e.Name.LocalName == element)?.Value;

    public XElement? Element(string element) => Metadata.Elements().FirstOrDefault(e => e.Name.LocalName == element);

    public string Text(string entry)
    {
        using var reader = new StreamReader(_archive.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    public void Dispose() => _archive.Dispose();
}
