using System.Text;
using System.Text.Json.Nodes;

namespace PerfDomain.Cli.Tests;

/// <summary>
/// The parameter and date cases of issue 12, each run through the real tool with its exact message: an
/// input error (exit 1) for a file, a usage error (exit 2) for <c>--as-of</c>, as for every other bad
/// command-line value, and never an internal error (exit 70).
/// </summary>
public sealed class AcceptanceCatalogueTests
{
    public static TheoryData<string, string, string> ParameterFiles => new()
    {
        {
            "promotion never (99999 months)",
            """{"ratingConsequences":{"promotionMinimumMonthsInRole":99999}}""",
            "$.ratingConsequences.promotionMinimumMonthsInRole: is 99999; expected a whole number of months between 0 and 120."
        },
        {
            "check-in interval 9,999,999 days",
            """{"reviewCadence":{"checkInIntervalDays":9999999}}""",
            "$.reviewCadence.checkInIntervalDays: is 9999999; expected a whole number of days between 1 and 366."
        },
        {
            "int.MaxValue grace days",
            """{"reviewCadence":{"overdueGraceDays":2147483647}}""",
            "$.reviewCadence.overdueGraceDays: is 2147483647; expected a whole number of days between 0 and 3,650."
        },
        {
            "int.MaxValue probation review day",
            """{"reviewCadence":{"probationReviewDays":[30,2147483647]}}""",
            "$.reviewCadence.probationReviewDays[1]: is 2147483647; expected a whole number of days between 1 and 3,650."
        },
        {
            "int.MaxValue probation check-in interval",
            """{"reviewCadence":{"probationCheckInIntervalDays":2147483647}}""",
            "$.reviewCadence.probationCheckInIntervalDays: is 2147483647; expected a whole number of days between 1 and 366."
        },
        {
            "int.MaxValue window days",
            """{"developmentTriggers":{"onboardingWindowDays":2147483647}}""",
            "$.developmentTriggers.onboardingWindowDays: is 2147483647; expected a whole number of days between 1 and 3,650."
        },
        {
            "int.MaxValue conversation window",
            """{"developmentTriggers":{"managerConversationWindowDays":2147483647}}""",
            "$.developmentTriggers.managerConversationWindowDays: is 2147483647; expected a whole number of days between 1 and 3,650."
        },
        {
            "past int.MaxValue",
            """{"developmentTriggers":{"reintegrationWindowDays":2147483648}}""",
            "$.developmentTriggers.reintegrationWindowDays: expected a whole number of days between 1 and 3,650, found 2147483648 (line 1)."
        },
        {
            "a parameter file that is null",
            "null",
            "$: must not be null; a parameter file is an object of sections, and {} keeps every default."
        },
        {
            "a repeated section",
            """{"reviewCadence":{"checkInIntervalDays":14},"reviewCadence":{"checkInIntervalDays":20}}""",
            "$.reviewCadence: the member 'reviewCadence' appears more than once (line 1)."
        },
        {
            "a repeated parameter",
            """{"reviewCadence":{"checkInIntervalDays":14,"checkInIntervalDays":20}}""",
            "$.reviewCadence.checkInIntervalDays: the member 'checkInIntervalDays' appears more than once (line 1)."
        },
    };

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void Evaluate_BadParameterFile_IsAnInputError_WithItsExactMessage(string badInput, string json, string message)
    {
        var path = Cli.TempFile("params.json", json);

        var result = Cli.Run("evaluate", "--params", path);

        Assert.True(result.ExitCode == 1, $"{badInput}: exit {result.ExitCode}, {result.Stderr}");
        Assert.Equal($"{path}: {message}", result.ErrorLine);
    }

    [Fact]
    public void Evaluate_EveryWholeNumberParameterAtIntMaxValue_IsAnInputError_NamingItsBounds()
    {
        var defaults = JsonNode.Parse(Cli.Run("schema", "--parameters").Stdout)!["properties"]!.AsObject();
        var cases = 0;
        foreach (var (section, schema) in defaults)
        {
            foreach (var (name, parameter) in schema!["properties"]!.AsObject())
            {
                if (parameter!["type"] is not JsonValue type || type.GetValue<string>() != "integer")
                {
                    continue;
                }

                cases++;
                var path = Cli.TempFile("max.json", $$$"""{"{{{section}}}":{"{{{name}}}":2147483647}}""");
                var result = Cli.Run("evaluate", "--params", path);

                Assert.True(result.ExitCode == 1, $"{section}.{name}: exit {result.ExitCode}, {result.Stderr}");
                Assert.StartsWith($"{path}: $.{section}.{name}: is 2147483647; expected a whole number of ", result.ErrorLine, StringComparison.Ordinal);
            }
        }

        Assert.True(cases >= 19, $"only {cases} whole-number parameters found");
    }

    [Fact]
    public void Evaluate_EmployeeHiredIn9999_IsAnInputError()
    {
        var snapshot = Cli.SampleWith("hired-9999.json", root => root["employees"]![3]!["hireDate"] = "9999-12-20");

        var result = Cli.Run("evaluate", snapshot);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{snapshot}: $.employees[3].hireDate: expected a date between 1900-01-01 and 2200-12-31, found 9999-12-20 (line 1, position 1968).", result.ErrorLine);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("-0001-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("2201-01-01")]
    public void Evaluate_AsOfOutsideTheSupportedDates_IsAnInputError_WithTheRange(string date)
    {
        foreach (var command in new[] { new[] { "evaluate", "--as-of", date }, ["explain", "e-018", "--as-of", date] })
        {
            var result = Cli.Run(command);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal($"--as-of: {date} is outside the dates PerfDomain evaluates, 1900-01-01 to 2200-12-31.", result.ErrorLine);
        }
    }

    [Theory]
    [InlineData("2199-01-01", "more than 172 years after")]
    [InlineData("1950-06-30", "more than 76 years before")]
    public void Evaluate_AsOfFarFromTheSnapshot_RunsWithAWarning(string date, string distance)
    {
        var result = Cli.Run("evaluate", "--as-of", date);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"perfdomain evaluate: warning: --as-of {date} is {distance} the snapshot's reference date, 2026-11-16; its records say little about that day, so check-ins and reviews read as long overdue or not yet due.",
            result.Stderr.TrimEnd());
        Assert.NotEqual(string.Empty, result.Stdout);
    }

    [Theory]
    [InlineData("2028-11-16")]
    [InlineData("2024-11-16")]
    public void Evaluate_AsOfWithinTwoYearsOfTheSnapshot_HasNoWarning(string date)
    {
        var result = Cli.Run("evaluate", "--as-of", date);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void Evaluate_ByteOrderMark_IsAcceptedInSnapshotsAndParameterFiles_Alike()
    {
        byte[] mark = [0xEF, 0xBB, 0xBF];
        var snapshot = Cli.TempBytes("snapshot.json", [.. mark, .. File.ReadAllBytes(Cli.SamplePath)]);
        var parameters = Cli.TempBytes("params.json", [.. mark, .. """{"reviewCadence":{"checkInIntervalDays":14}}"""u8]);
        var plainParameters = Cli.TempFile("params.json", """{"reviewCadence":{"checkInIntervalDays":14}}""");

        var marked = Cli.Run("evaluate", snapshot, "--params", parameters, "--format", "json");
        var plain = Cli.Run("evaluate", Cli.SamplePath, "--params", plainParameters, "--format", "json");

        Assert.Equal(0, marked.ExitCode);
        Assert.Equal(string.Empty, marked.Stderr);
        using var a = marked.Json();
        using var b = plain.Json();
        Assert.Equal(b.RootElement.GetProperty("decisions").GetRawText(), a.RootElement.GetProperty("decisions").GetRawText());
    }

    [Theory]
    [InlineData(false, "UTF-16 (little-endian)")]
    [InlineData(true, "UTF-16 (big-endian)")]
    public void Evaluate_Utf16Input_IsAnInputError_NamingTheEncoding(bool bigEndian, string named)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var snapshot = Cli.TempBytes("snapshot.json", [.. encoding.GetPreamble(), .. encoding.GetBytes(File.ReadAllText(Cli.SamplePath))]);
        var parameters = Cli.TempBytes("params.json", encoding.GetBytes("""{"reviewCadence":{"checkInIntervalDays":14}}"""));

        var snapshotResult = Cli.Run("evaluate", snapshot);
        var parameterResult = Cli.Run("evaluate", "--params", parameters);

        Assert.Equal(1, snapshotResult.ExitCode);
        Assert.Equal($"{snapshot}: $: the text is {named}; a snapshot must be UTF-8 (with or without a byte order mark): save the file as UTF-8.", snapshotResult.ErrorLine);
        Assert.Equal(1, parameterResult.ExitCode);
        Assert.Equal($"{parameters}: $: the text is {named}; a parameter file must be UTF-8 (with or without a byte order mark): save the file as UTF-8.", parameterResult.ErrorLine);
    }
}
