using System.Text.Json;
using PerfDomain.Cli.Input;
using PerfDomain.Cli.Output;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;

namespace PerfDomain.Cli.Tests;

/// <summary>Progress on standard error for long <c>evaluate</c> and <c>explain</c> runs, never on short ones or with <c>--quiet</c>.</summary>
public sealed class PhaseProgressTests(PhaseProgressTests.LargeSnapshot large) : IClassFixture<PhaseProgressTests.LargeSnapshot>
{
    [Fact]
    public void Evaluate_LargeSnapshot_ReportsEachPhaseOnStandardError_AndJsonLinesOnStandardOutput()
    {
        var result = Cli.Run("evaluate", large.Path, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        var progress = ProgressLines(result.Stderr, "evaluate");
        Assert.Equal(6, progress.Count);
        Assert.Matches(@"^reading .*large\.json, \d+ MB \(\d+\.\d s\)$", progress[0]);
        Assert.Matches(@"^read 10,000 employees and 2 cycles from .*large\.json in \d+\.\d s \(\d+\.\d s\)$", progress[1]);
        Assert.Matches(@"^evaluating as of 2026-11-16 with packs review-cadence@1\.0\.0, rating-consequences@1\.0\.0, development-triggers@1\.0\.0, rewards@1\.0\.0 on the perfdomain runtime \(\d+\.\d s\)$", progress[2]);
        Assert.Matches(@"^evaluated: [\d,]+ decisions about [\d,]+ employees in \d+\.\d s \(\d+\.\d s\)$", progress[3]);
        Assert.Matches(@"^writing [\d,]+ decisions as jsonl to standard output \(\d+\.\d s\)$", progress[4]);
        Assert.Matches(@"^done: wrote [\d,]+ decisions in \d+\.\d s \(\d+\.\d s\)$", progress[5]);

        var lines = DecisionJsonWriterTests.Lines(result.Stdout);
        using var header = JsonDocument.Parse(lines[0]);
        var count = header.RootElement.GetProperty("decisionCount").GetInt32();
        Assert.Equal(count + 1, lines.Count);
        Assert.Contains($"wrote {count:N0} decisions", progress[5], StringComparison.Ordinal);
        Assert.All(lines.Skip(1), line =>
        {
            using var decision = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.String, decision.RootElement.GetProperty("kind").ValueKind);
        });
    }

    [Fact]
    public void Explain_LargeSnapshot_ReportsTheRead_AndQuietReportsNothing()
    {
        // An unknown employee is found out right after the read: the cheapest way to read a large snapshot.
        var loud = Cli.Run("explain", "e-nobody", large.Path);
        var quiet = Cli.Run("explain", "e-nobody", large.Path, "-q");

        var error = $"{large.Path}: no employee 'e-nobody' in the snapshot.";
        Assert.Equal(1, loud.ExitCode);
        var lines = loud.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"perfdomain explain: reading {large.Path}, ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("perfdomain explain: read 10,000 employees and 2 cycles", lines[1], StringComparison.Ordinal);
        Assert.Equal(error, lines[2]);
        Assert.Equal(error, quiet.ErrorLine);
    }

    [Theory]
    [InlineData("evaluate --quiet")]
    [InlineData("evaluate -q --format jsonl")]
    [InlineData("explain e-018 --quiet")]
    public void Quiet_IsAccepted_AndChangesNothingOnStandardOutput(string commandLine)
    {
        var args = commandLine.Split(' ');
        var quiet = Cli.Run(args);
        var plain = Cli.Run(args.Where(a => a is not ("--quiet" or "-q")).ToArray());

        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal(string.Empty, quiet.Stderr);
        Assert.Equal(plain.Stdout, quiet.Stdout);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("evaluate --format json")]
    [InlineData("evaluate --format jsonl")]
    [InlineData("explain e-018")]
    [InlineData("explain e-018 --format json")]
    public void SmallSnapshot_ReportsNothingOnStandardError(string commandLine)
    {
        var bundled = Cli.Run(commandLine.Split(' '));
        var file = Cli.Run([.. commandLine.Split(' '), Cli.SamplePath]);

        Assert.Equal(0, bundled.ExitCode);
        Assert.Equal(string.Empty, bundled.Stderr);
        Assert.Equal(0, file.ExitCode);
        Assert.Equal(string.Empty, file.Stderr);
    }

    [Fact]
    public void Read_FromTheEmployeeThresholdOn_ReportsEvenWhenTheFileWasSmall()
    {
        using var stderr = new StringWriter();
        var progress = new PhaseProgress("evaluate", stderr, quiet: false);

        progress.Reading(Cli.SamplePath);
        Assert.False(progress.IsReporting);
        progress.Read(new SnapshotInput(large.Snapshot, "in memory"));
        progress.Begin("writing");

        Assert.True(progress.IsReporting);
        var lines = ProgressLines(stderr.ToString(), "evaluate");
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("read 10,000 employees and 2 cycles from in memory in ", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void BelowTheThresholds_OrQuiet_NothingIsReported()
    {
        using var stderr = new StringWriter();
        var small = new PhaseProgress("evaluate", stderr, quiet: false);
        var quiet = new PhaseProgress("evaluate", stderr, quiet: true);

        small.Reading(Cli.SamplePath);
        small.Read(new SnapshotInput(SnapshotReader.ReadFile(Cli.SamplePath), Cli.SamplePath));
        small.Begin("evaluating");
        small.End("evaluated");
        quiet.Reading(large.Path);
        quiet.Read(new SnapshotInput(large.Snapshot, large.Path));
        quiet.Begin("evaluating");
        quiet.End("evaluated");

        Assert.False(small.IsReporting);
        Assert.False(quiet.IsReporting);
        Assert.Equal(string.Empty, stderr.ToString());
    }

    private static List<string> ProgressLines(string stderr, string command)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var prefix = $"perfdomain {command}: ";
        Assert.All(lines, line => Assert.StartsWith(prefix, line, StringComparison.Ordinal));
        return lines.Select(line => line[prefix.Length..]).ToList();
    }

    /// <summary>A 10,000-employee synthetic organisation (one year, two cycles), in memory and as a file (43 MB, above the file threshold).</summary>
    public sealed class LargeSnapshot
    {
        public LargeSnapshot()
        {
            Snapshot = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = PhaseProgress.EmployeeThreshold, Years = 1 });
            Path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Cli.TempFile("placeholder.txt", string.Empty))!, "large.json");
            using var file = File.Create(Path);
            SnapshotWriter.Write(Snapshot, file);
        }

        public OrganizationSnapshot Snapshot { get; }

        public string Path { get; }
    }
}
