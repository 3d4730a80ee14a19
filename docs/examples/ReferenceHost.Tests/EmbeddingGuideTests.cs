using System.Text.RegularExpressions;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Snapshots;

namespace ReferenceHost.Tests;

/// <summary>
/// The code docs/embedding.md shows is the code that runs: each C# block under a
/// <c>&lt;!-- snippet: path#name --&gt;</c> comment is the region <c>// doc: name</c> … <c>// end doc</c>
/// of that file (the reference host's, or this one's), and this file's regions run here.
/// </summary>
public sealed partial class EmbeddingGuideTests
{
    private static readonly string Root = RepositoryRoot();

    [Fact]
    public void Guide_EverySnippet_IsTheRegionOfItsSourceFile()
    {
        var guide = File.ReadAllText(Path.Combine(Root, "docs", "embedding.md"));

        var snippets = Snippet().Matches(guide);

        Assert.True(snippets.Count >= 5, $"the guide shows {snippets.Count} pinned snippets");
        Assert.All(snippets, m =>
        {
            var source = File.ReadAllText(Path.Combine(Root, m.Groups["path"].Value));
            var region = Regex.Match(source, $@"^[ \t]*// doc: {Regex.Escape(m.Groups["name"].Value)}\r?\n(?<code>.*?)^[ \t]*// end doc", RegexOptions.Singleline | RegexOptions.Multiline);
            Assert.True(region.Success, $"{m.Groups["path"].Value} has no region '{m.Groups["name"].Value}'");
            Assert.Equal(Dedent(region.Groups["code"].Value), Dedent(m.Groups["code"].Value));
        });
    }

    [Fact]
    public void Guide_PackagesToAdd_AreThePackableProjects()
    {
        var guide = File.ReadAllText(Path.Combine(Root, "docs", "embedding.md"));

        var packages = Regex.Matches(guide, @"^dotnet add package (?<name>[\w.]+)", RegexOptions.Multiline).Select(m => m.Groups["name"].Value).ToList();

        Assert.Equal(["PerfDomain.Hosting", "PerfDomain.Testing"], packages);
        Assert.All(packages, p => Assert.True(File.Exists(Path.Combine(Root, "src", p, p + ".csproj")), p));
    }

    [Fact]
    public void BuilderSnippet_UnknownManager_IsReportedAtTheRowsPath()
    {
        var error = BuildWithAnUnknownManager();

        Assert.Equal("$.employees[1].reportingLines[0].managerId", error?.Path);
        Assert.Equal("unknown employee 'e-9' named as the manager of 'e-2'.", error?.Reason);
    }

    private static InvalidSnapshotException? BuildWithAnUnknownManager()
    {
        var hired = new LocalDate(2024, 3, 4);

        // doc: builder
        var builder = new SnapshotBuilder("Acme");
        builder.AddOrgUnit(new("u-1"), "Engineering");
        builder.AddEmployee(new("e-1"), "Ada", hired, [new(EmploymentStatus.Active, hired)], [new("Engineer", 3, hired)], [new(null, hired)], [new(new("u-1"), hired)]);
        builder.AddEmployee(new("e-2"), "Grace", hired, [new(EmploymentStatus.Probation, hired)], [new("Engineer", 2, hired)], [new(new EmployeeId("e-9"), hired)], [new(new("u-1"), hired)]);
        try
        {
            var snapshot = builder.Build();
        }
        catch (InvalidSnapshotException ex)
        {
            // ex.Path   = "$.employees[1].reportingLines[0].managerId": the second employee added, its first reporting line
            // ex.Reason = "unknown employee 'e-9' named as the manager of 'e-2'."
            return ex;
        }

        // end doc
        return null;
    }

    private static string Dedent(string code)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..].TrimEnd() : l.Trim()));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfDomain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run inside the repository: no PerfDomain.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"<!-- snippet: (?<path>[^#]+)#(?<name>[\w-]+) -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
