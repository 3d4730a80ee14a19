namespace PerfDomain.Cli.Tests;

/// <summary>Every bad input gives one line on standard error, naming the problem and where it is, and a non-zero exit code.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void MissingSnapshotFile_IsAnInputError()
    {
        var result = Cli.Run("evaluate", "no-such-snapshot.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("no-such-snapshot.json: file not found.", result.ErrorLine);
    }

    [Fact]
    public void MalformedJson_NamesTheFileAndPosition()
    {
        var snapshot = Cli.TempFile("malformed.json", "{\"schemaVersion\": 1,\n");

        var result = Cli.Run("evaluate", snapshot);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{snapshot}: $: malformed JSON", result.ErrorLine, StringComparison.Ordinal);
        Assert.Contains("line", result.ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidSnapshot_NamesTheFileAndJsonPath()
    {
        var snapshot = Cli.SampleWith("invalid.json", root => root["employees"]![3]!["hireDate"] = "2026-02-30");

        var result = Cli.Run("evaluate", snapshot);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{snapshot}: $.employees[3].hireDate: ", result.ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEmployee_IsAnInputError()
    {
        var result = Cli.Run("explain", "e-999");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("sample-organization.json (bundled): no employee 'e-999' in the snapshot.", result.ErrorLine);
    }

    [Theory]
    [InlineData("2026-02-30", "The day 30 is out of range in month 2 of year 2026.")]
    [InlineData("16/11/2026", "expected uuuu-MM-dd")]
    [InlineData("tomorrow", "expected uuuu-MM-dd")]
    public void BadDate_IsAUsageError(string date, string detail)
    {
        var result = Cli.Run("evaluate", "--as-of", date);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"--as-of: '{date}' is not a valid date", result.ErrorLine, StringComparison.Ordinal);
        Assert.Contains(detail, result.ErrorLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("1899-12-31")]
    [InlineData("2201-01-01")]
    public void DateOutsideTheSupportedDates_IsAnInputError(string date)
    {
        var result = Cli.Run("evaluate", "--as-of", date);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"--as-of: {date} is outside the dates PerfDomain evaluates, 1900-01-01 to 2200-12-31.", result.ErrorLine);
    }

    [Fact]
    public void BadDate_IsReportedBeforeAMissingFile()
    {
        var result = Cli.Run("explain", "e-018", "no-such-snapshot.json", "--as-of", "2026-02-30");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--as-of: '2026-02-30'", result.ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidParameterValue_NamesTheFileAndParameter()
    {
        var parameters = Cli.TempFile("negative.json", """{"reviewCadence":{"checkInIntervalDays":-3}}""");

        var result = Cli.Run("evaluate", "--params", parameters);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{parameters}: $.reviewCadence.checkInIntervalDays: is -3; expected a whole number of days between 1 and 366.", result.ErrorLine);
    }

    [Fact]
    public void UnknownParameter_NamesTheFileAndParameter()
    {
        var parameters = Cli.TempFile("unknown.json", """{"reviewCadence":{"checkInEveryDays":14}}""");

        var result = Cli.Run("explain", "e-018", "--params", parameters);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{parameters}: $.reviewCadence: unknown parameter 'checkInEveryDays'; the review cadence has the parameters checkInIntervalDays, ", result.ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public void ParameterLabelNotOnTheScale_NamesTheParameterFile()
    {
        var parameters = Cli.TempFile("label.json", """{"ratingConsequences":{"recognitionRatingLabel":"Walks on water"}}""");

        var result = Cli.Run("evaluate", "--params", parameters);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{parameters}: $.ratingConsequences.recognitionRatingLabel: 'Walks on water' is not a rating label", result.ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingParameterFile_IsAnInputError()
    {
        var result = Cli.Run("evaluate", "--params", "no-such-params.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("no-such-params.json: file not found.", result.ErrorLine);
    }

    [Fact]
    public void MalformedParameterFile_IsAnInputError()
    {
        var parameters = Cli.TempFile("malformed-params.json", "{\"reviewCadence\": ");

        var result = Cli.Run("evaluate", "--params", parameters);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{parameters}: $", result.ErrorLine, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate --bogus", "perfdomain evaluate: Unrecognized option '--bogus'. See 'perfdomain evaluate --help'.")]
    [InlineData("explain e-018 --verbos", "perfdomain explain: Unrecognized option '--verbos'. Did you mean '--verbose'? See 'perfdomain explain --help'.")]
    [InlineData("evaluate --fromat json", "perfdomain evaluate: Unrecognized option '--fromat'. Did you mean '--format'? See 'perfdomain evaluate --help'.")]
    [InlineData("evalute", "perfdomain: Unrecognized command or option 'evalute'. Did you mean 'evaluate'? See 'perfdomain --help'.")]
    [InlineData("evaluate --width 20", "perfdomain evaluate: --width: 20 is too narrow; it must be at least 40. See 'perfdomain evaluate --help'.")]
    [InlineData("evaluate a.json b.json", "perfdomain evaluate: Unrecognized command or option 'b.json'. See 'perfdomain evaluate --help'.")]
    [InlineData("frobnicate", "perfdomain: Unrecognized command or option 'frobnicate'. See 'perfdomain --help'.")]
    [InlineData("explain", "perfdomain explain: Required argument missing for command: 'explain'. See 'perfdomain explain --help'.")]
    [InlineData("evaluate --as-of", "perfdomain evaluate: Required argument missing for option: '--as-of'. See 'perfdomain evaluate --help'.")]
    public void BadCommandLine_IsAUsageError(string commandLine, string expected)
    {
        var result = Cli.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.ErrorLine);
    }

    [Theory]
    [InlineData("evaluate --format xml", "perfdomain evaluate: --format: 'xml' is not a format evaluate writes; it must be table, json or jsonl. See 'perfdomain evaluate --help'.")]
    [InlineData("evaluate --format JSON", "perfdomain evaluate: --format: 'JSON' is not a format evaluate writes; it must be table, json or jsonl. See 'perfdomain evaluate --help'.")]
    [InlineData("explain e-018 --format jsonl", "perfdomain explain: --format: 'jsonl' is not a format explain writes; it must be table or json. See 'perfdomain explain --help'.")]
    public void UnknownFormat_IsAUsageError_ListingTheFormats(string commandLine, string expected)
    {
        var result = Cli.Run(commandLine.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.ErrorLine);
    }

    [Fact]
    public void Help_GoesToStandardOutput()
    {
        var result = Cli.Run("evaluate", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("perfdomain evaluate [<snapshot>] [options]", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--as-of <DATE>", result.Stdout, StringComparison.Ordinal);
    }
}
