using PerfDomain.Snapshots;

namespace PerfDomain.Cli.Tests;

/// <summary><c>perfdomain generate</c>: a synthetic organisation in the snapshot format.</summary>
public sealed class GenerateCommandTests
{
    [Fact]
    public void SameSeed_GivesTheSameBytes()
    {
        var first = Cli.Run("generate", "--employees", "40", "--seed", "7");
        var second = Cli.Run("generate", "--employees", "40", "--seed", "7");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Fact]
    public void OtherSeed_GivesAnotherOrganisation()
    {
        var first = Cli.Run("generate", "--employees", "40", "--seed", "7");
        var second = Cli.Run("generate", "--employees", "40", "--seed", "8");

        Assert.NotEqual(first.Stdout, second.Stdout);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(25)]
    [InlineData(300)]
    public void Output_ReadsBackWithTheRequestedEmployees(int employees)
    {
        var result = Cli.Run("generate", "--employees", employees.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        var snapshot = SnapshotReader.Read(result.Stdout);
        Assert.Equal(employees, snapshot.Employees.Count);
    }

    [Theory]
    [InlineData("1", 2)]
    [InlineData("2", 2)]
    [InlineData("3", 4)]
    [InlineData("6", 6)]
    public void Cycles_AreWholeYearsOfTwoHalves(string cycles, int expected)
    {
        var result = Cli.Run("generate", "--employees", "20", "--cycles", cycles);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, SnapshotReader.Read(result.Stdout).Cycles.Count);
    }

    [Fact]
    public void WithoutCycles_FourCycles()
    {
        var result = Cli.Run("generate", "--employees", "20");

        Assert.Equal(4, SnapshotReader.Read(result.Stdout).Cycles.Count);
    }

    [Fact]
    public void OutputOption_WritesTheFile_AndNothingElse()
    {
        var path = Path.Combine(Path.GetDirectoryName(Cli.TempFile("placeholder.txt", string.Empty))!, "generated.json");

        var result = Cli.Run("generate", "--employees", "30", "--seed", "3", "-o", path);
        var stdout = Cli.Run("generate", "--employees", "30", "--seed", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(stdout.Stdout, File.ReadAllText(path));
        Assert.Equal(30, SnapshotReader.ReadFile(path).Employees.Count);
    }

    [Fact]
    public void LongOutputOption_IsTheSame()
    {
        var path = Path.Combine(Path.GetDirectoryName(Cli.TempFile("placeholder.txt", string.Empty))!, "generated.json");

        var result = Cli.Run("generate", "--employees", "3", "--output", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, SnapshotReader.ReadFile(path).Employees.Count);
    }

    [Fact]
    public void LargeRun_ReportsProgressOnStandardError()
    {
        var path = Path.Combine(Path.GetDirectoryName(Cli.TempFile("placeholder.txt", string.Empty))!, "large.json");

        var result = Cli.Run("generate", "--employees", "10000", "--cycles", "1", "-o", path);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.All(lines, line => Assert.StartsWith("perfdomain generate: ", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("generated 100%", StringComparison.Ordinal));
        Assert.Contains("wrote 10,000 employees", lines[^1], StringComparison.Ordinal);
        Assert.InRange(lines.Length, 5, 20);
    }

    [Fact]
    public void LargeRun_Quiet_ReportsNothing()
    {
        var path = Path.Combine(Path.GetDirectoryName(Cli.TempFile("placeholder.txt", string.Empty))!, "large.json");

        var result = Cli.Run("generate", "--employees", "10000", "--cycles", "1", "-o", path, "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.True(File.Exists(path));
    }

    [Theory]
    [InlineData("generate --employees 0", "perfdomain generate: --employees: '0' is out of range; it must be from 1 to 1000000. See 'perfdomain generate --help'.")]
    [InlineData("generate --employees -5", "perfdomain generate: --employees: '-5' is out of range; it must be from 1 to 1000000. See 'perfdomain generate --help'.")]
    [InlineData("generate --employees 1000001", "perfdomain generate: --employees: '1000001' is out of range; it must be from 1 to 1000000. See 'perfdomain generate --help'.")]
    [InlineData("generate --employees 5 --cycles 0", "perfdomain generate: --cycles: '0' is out of range; it must be from 1 to 20. See 'perfdomain generate --help'.")]
    [InlineData("generate --employees 5 --cycles 21", "perfdomain generate: --cycles: '21' is out of range; it must be from 1 to 20. See 'perfdomain generate --help'.")]
    [InlineData("generate", "perfdomain generate: Option '--employees' is required. See 'perfdomain generate --help'.")]
    [InlineData("generate --employees", "perfdomain generate: Required argument missing for option: '--employees'. See 'perfdomain generate --help'.")]
    [InlineData("generate --employees many", "perfdomain generate: Cannot parse argument 'many' for option '--employees' as expected type 'System.Int32'. See 'perfdomain generate --help'.")]
    [InlineData("generate --employees 5 --seed x", "perfdomain generate: Cannot parse argument 'x' for option '--seed' as expected type 'System.Int32'. See 'perfdomain generate --help'.")]
    [InlineData("generate --employees 5 extra", "perfdomain generate: Unrecognized command or option 'extra'. See 'perfdomain generate --help'.")]
    public void BadArguments_AreAUsageError(string commandLine, string expected)
    {
        var result = Cli.Run(commandLine.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.ErrorLine);
    }

    [Fact]
    public void UnwritableOutput_IsAnInputError()
    {
        var directory = Path.GetDirectoryName(Cli.TempFile("placeholder.txt", string.Empty))!;
        var path = Path.Combine(directory, "no-such-directory", "out.json");

        var result = Cli.Run("generate", "--employees", "3", "-o", path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{path}: cannot be written: ", result.ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputToADirectory_IsAnInputError()
    {
        var directory = Path.GetDirectoryName(Cli.TempFile("placeholder.txt", string.Empty))!;

        var result = Cli.Run("generate", "--employees", "3", "-o", directory);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{directory}: is a directory, not a file.", result.ErrorLine);
    }
}
