using System.Text.RegularExpressions;

namespace PerfDomain.Packaging.Tests;

/// <summary>What every package holds and says about itself, read from the .nupkg files `dotnet pack` writes.</summary>
public sealed partial class PackageTests(PackedPackages packed) : IClassFixture<PackedPackages>
{
    public static TheoryData<string> AllPackages() => [.. PackedPackages.Libraries.Append(PackedPackages.Tool)];

    public static TheoryData<string> LibraryPackages() => [.. PackedPackages.Libraries];

    [Fact]
    public void EveryPackableProject_IsPacked()
    {
        Assert.Equal(PackedPackages.Libraries.Append(PackedPackages.Tool).Order(StringComparer.Ordinal), packed.Packages.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AllPackages))]
    public void Package_CarriesItsOwnReadme(string id)
    {
        var package = packed.Packages[id];

        Assert.Equal("README.md", package.Value("readme"));
        Assert.Contains("README.md", package.Entries);
        var readme = package.Text("README.md");
        Assert.Equal(File.ReadAllText(Path.Combine(PackedPackages.RepositoryRoot, "src", id, "README.md")), readme);
        Assert.StartsWith("# ", readme, StringComparison.Ordinal);
        Assert.Contains(id == PackedPackages.Tool ? "dotnet tool install" : $"dotnet add package {id}", readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllPackages))]
    public void Nuspec_HasLicenseDescriptionAndRepository(string id)
    {
        var package = packed.Packages[id];

        Assert.Equal("MIT", package.Value("license"));
        Assert.Equal("expression", package.Element("license")!.Attribute("type")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(package.Value("description")));
        Assert.False(string.IsNullOrWhiteSpace(package.Value("tags")));

        // Source Link's repository information: the commit always; the URL wherever the clone's origin is a web
        // address (a clone of a local path, as CI may make, has no URL to publish).
        var repository = package.Element("repository");
        Assert.NotNull(repository);
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Matches(CommitPattern(), repository.Attribute("commit")?.Value ?? string.Empty);
        if (OriginUrl() is { } origin)
        {
            Assert.Equal(origin, repository.Attribute("url")?.Value);
        }
    }

    [Theory]
    [MemberData(nameof(LibraryPackages))]
    public void Library_HasItsAssemblyAndXmlDocs(string id)
    {
        var entries = packed.Packages[id].Entries;

        Assert.Contains($"lib/net10.0/{id}.dll", entries);
        Assert.Contains($"lib/net10.0/{id}.xml", entries);
    }

    [Fact]
    public void Tool_HasNoSatelliteResourceFolders()
    {
        var entries = packed.Packages[PackedPackages.Tool].Entries;

        Assert.Contains("tools/net10.0/any/PerfDomain.Cli.dll", entries);
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", entries);
        // A satellite folder is a culture's name (de, pt-BR, zh-Hans) holding *.resources.dll.
        var satellites = entries.Where(e => e.EndsWith(".resources.dll", StringComparison.Ordinal)).ToList();
        Assert.True(satellites.Count == 0, "satellite resources in the tool: " + string.Join(", ", satellites));
        Assert.Equal("DotnetTool", packed.Packages[PackedPackages.Tool].Element("packageTypes")?.Elements().Single().Attribute("name")?.Value);
    }

    [Fact]
    public void Pack_ValidatesEveryPackage_WithoutWarnings()
    {
        // EnablePackageValidation runs as each package is packed; before a baseline version exists it checks the
        // package's own consistency (frameworks, reference assemblies).
        var props = File.ReadAllText(Path.Combine(PackedPackages.RepositoryRoot, "Directory.Build.props"));
        Assert.Contains("<EnablePackageValidation>true</EnablePackageValidation>", props, StringComparison.Ordinal);
        Assert.DoesNotContain(": warning ", packed.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(": error ", packed.Output, StringComparison.OrdinalIgnoreCase);
    }

    private static string? OriginUrl()
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo("git", ["-C", PackedPackages.RepositoryRoot, "remote", "get-url", "origin"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = System.Diagnostics.Process.Start(start)!;
            var url = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && url.StartsWith("https://", StringComparison.Ordinal) ? url : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex CommitPattern();
}
