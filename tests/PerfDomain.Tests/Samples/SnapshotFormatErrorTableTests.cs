using System.Text.RegularExpressions;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Samples;

/// <summary>
/// The table of real messages in docs/snapshot-format.md ("Errors") is what the reader says when the
/// complete example is broken the way each row names: one change each, positions as in the page.
/// </summary>
public sealed partial class SnapshotFormatErrorTableTests
{
    private const string JonasHired = "\"name\": \"Jonas Berg\", \"hireDate\": \"2026-10-05\"";

    // The start of each row's problem, and how the complete example is broken for it.
    public static TheoryData<string, string, string> Breakages => new()
    {
        { "malformed JSON", "\"employees\": [", "\"employees\" [" },
        { "unknown member", JonasHired, "\"name\": \"Jonas Berg\", \"hiredOn\": \"2026-10-05\"" },
        { "member given twice", JonasHired, "\"name\": \"Jonas Berg\", \"name\": \"J. Berg\", \"hireDate\": \"2026-10-05\"" },
        { "unknown enum value", "\"direction\": \"peer\"", "\"direction\": \"sideways\"" },
        { "missing required field", JonasHired, "\"hireDate\": \"2026-10-05\"" },
        { "null item", "{ \"id\": \"r-004\", \"cycleId\": \"c-2026\", \"employeeId\": \"e-003\", \"reviewerId\": \"e-004\", \"role\": \"peer\", \"startedOn\": \"2026-11-05\" }", "null" },
        { "text where a number belongs", "\"level\": 3,", "\"level\": \"3\"," },
        { "number out of range", "\"level\": 3,", "\"level\": 300," },
        { "fraction where a whole number belongs", "\"confidence\": 8", "\"confidence\": 7.5" },
        { "number too large", "\"weight\": 60,", "\"weight\": 1e400," },
        { "impossible date", JonasHired, "\"name\": \"Jonas Berg\", \"hireDate\": \"2026-09-31\"" },
        { "date of another shape", "\"date\": \"2026-11-09\"", "\"date\": \"9/11/2026\"" },
        { "date out of range", JonasHired, "\"name\": \"Jonas Berg\", \"hireDate\": \"9999-12-20\"" },
        { "plan ending after the range", "\"duration\": \"P30D\"", "\"duration\": \"P500Y\"" },
        { "text too long", "\"name\": \"Example Analytics\", \"referenceDate\"", $"\"name\": \"{new string('x', 4001)}\", \"referenceDate\"" },
        { "blank id", "\"id\": \"fb-004\"", "\"id\": \" \"" },
        { "nesting past the limit", "\"orgUnits\": [", "\"orgUnits\": [" + new string('[', 40) },
        { "rating off the scale", "\"overallRating\": 3,", "\"overallRating\": 6," },
        { "unknown employee", "\"fromId\": \"e-004\"", "\"fromId\": \"e-009\"" },
        { "manager cycle", "\"reportingLines\": [ { \"effectiveOn\": \"2019-04-01\" } ]", "\"reportingLines\": [ { \"effectiveOn\": \"2019-04-01\" }, { \"managerId\": \"e-003\", \"effectiveOn\": \"2026-11-01\" } ]" },
        { "duplicate id", "\"id\": \"e-004\"", "\"id\": \"e-003\"" },
        { "date outside the cycle", "\"role\": \"peer\", \"startedOn\": \"2026-11-05\"", "\"role\": \"peer\", \"startedOn\": \"2027-01-05\"" },
        { "broken domain rule", "\"employeeId\": \"e-002\", \"history\": [ { \"stage\": \"goalSetting\", \"enteredOn\": \"2026-01-05\" }, { \"stage\": \"ongoingFeedback\", \"enteredOn\": \"2026-02-02\" }, ", "\"employeeId\": \"e-002\", \"history\": [ { \"stage\": \"goalSetting\", \"enteredOn\": \"2026-01-05\" }, " },
        { "weights past goal setting", "\"weight\": 40,", "\"weight\": 30," },
        { "other version", "\"schemaVersion\": 2", "\"schemaVersion\": 3" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Row_IsTheMessageOfTheExampleBrokenThatWay(string problem, string find, string replace)
    {
        var example = SnapshotFormatExampleTests.CompleteExample();
        var at = example.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{problem}: '{find}' is not in the complete example");
        var broken = example[..at] + replace + example[(at + find.Length)..];

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(broken));

        var row = Assert.Single(Rows(), r => r.Problem.StartsWith(problem, StringComparison.Ordinal));
        Assert.Equal(row.Message, error.Message);
    }

    [Fact]
    public void Table_HasARowForEachBreakage_AndNoOther()
    {
        var problems = Breakages.Select(b => (string)b[0]).ToList();

        Assert.All(Rows(), r => Assert.Single(problems, p => r.Problem.StartsWith(p, StringComparison.Ordinal)));
        Assert.Equal(problems.Count, Rows().Count);
    }

    private static List<(string Problem, string Message)> Rows()
    {
        var page = File.ReadAllText(Path.Combine(SnapshotFormatExampleTests.RepositoryRoot(), "docs", "snapshot-format.md")).ReplaceLineEndings("\n");
        var table = page[page.IndexOf("| problem | `Message` |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        return table.Split('\n').Skip(2)
            .Select(line => RowPattern().Match(line))
            .Select(m => (m.Groups["problem"].Value, m.Groups["message"].Value.Replace("\\|", "|", StringComparison.Ordinal)))
            .ToList();
    }

    [GeneratedRegex(@"^\| (?<problem>.+?) \| `(?<message>.*)` \|$")]
    private static partial Regex RowPattern();
}
