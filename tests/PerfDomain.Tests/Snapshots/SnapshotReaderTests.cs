using System.Text.Json.Nodes;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Snapshots;

public sealed partial class SnapshotReaderTests
{
    [Fact]
    public void Read_ValidSnapshot_BuildsEveryPart()
    {
        var snapshot = SnapshotReader.Read(ValidSnapshotJson.Text);

        Assert.Equal("Tiny Co", snapshot.OrganizationName);
        Assert.Equal(new LocalDate(2026, 6, 15), snapshot.ReferenceDate);
        Assert.Equal(3, snapshot.Employees.Count);
        Assert.Equal(new EmployeeId("lead"), snapshot.Employee(new EmployeeId("ann")).ManagerId);
        Assert.Equal(new EmployeeId("ceo"), snapshot.Employee(new EmployeeId("ann")).ManagerOn(new LocalDate(2025, 6, 30)));
        Assert.Equal("Engineering Lead", snapshot.Employee(new EmployeeId("lead")).Role);
        var review = Assert.Single(snapshot.Reviews);
        Assert.Equal(2, review.OriginalRating);
        Assert.Equal(3, review.OverallRating);
        Assert.True(review.IsCalibrated);
        var keyResult = Assert.Single(snapshot.GoalSets.Single().Objectives[2].KeyResults);
        Assert.Equal(0.5, keyResult.Progress, 3);
        Assert.Equal(new[] { new EmployeeId("ann") }, snapshot.DirectReportsOf(new EmployeeId("lead")).Select(e => e.Id));
        Assert.True(Assert.Single(snapshot.ImprovementPlans).IsConcluded);
    }

    [Fact]
    public void Read_ValidSnapshot_WritesBackTheSameContent()
    {
        var snapshot = SnapshotReader.Read(ValidSnapshotJson.Text);

        var again = SnapshotReader.Read(SnapshotWriter.Write(snapshot));

        Assert.Equal(snapshot, again);
        Assert.Equal(snapshot.GetHashCode(), again.GetHashCode());
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, ", "$", "malformed JSON")]
    [InlineData("[1, 2]", "$", "expected an object (a snapshot), found an array")]
    [InlineData("null", "$", "the snapshot is null")]
    [InlineData("", "$", "malformed JSON")]
    public void Read_MalformedJson_ThrowsWithPath(string json, string path, string reason)
    {
        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_TrailingGarbage_ThrowsMalformedWithLine()
    {
        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(ValidSnapshotJson.Text + " }"));

        Assert.StartsWith("malformed JSON", error.Reason, StringComparison.Ordinal);
        Assert.Contains("line ", error.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action<JsonNode>, string, string> BrokenSnapshots => new()
    {
        { "missing required field", r => r["employees"]![1]!.AsObject().Remove("hireDate"), "$.employees[1].hireDate", "required field is missing" },
        { "missing collection entry", r => r["employees"]![1]!["statusHistory"] = new JsonArray(), "$.employees[1].statusHistory", "at least 1 item" },
        { "null item", r => r["reviews"]![0] = null, "$.reviews[0]", "required field is missing" },
        { "unknown member", r => r["employees"]![0]!["salary"] = 1, "$.employees[0]", "unknown member 'salary'; an employee has the members id, name, hireDate, statusHistory, roleHistory, reportingLines and orgUnitHistory" },
        { "unknown enum value", r => r["feedbackNotes"]![0]!["direction"] = "sideways", "$.feedbackNotes[0].direction", "'sideways' is not a known value; expected one of downward, upward, peer, self" },
        { "enum as a number", r => r["reviews"]![0]!["role"] = 1, "$.reviews[0].role", "expected one of self, manager, peer, upward as a string, found a number" },
        { "impossible date", r => r["employees"]![2]!["hireDate"] = "2025-02-30", "$.employees[2].hireDate", "2025-02-30 is not a date: February 2025 has 28 days" },
        { "date in another format", r => r["checkIns"]![0]!["date"] = "30/05/2026", "$.checkIns[0].date", "expected a date like 2026-06-30 (year-month-day, with four, two and two digits), found '30/05/2026'" },
        { "number as a string", r => r["reviews"]![0]!["overallRating"] = "2", "$.reviews[0].overallRating", "expected a whole number (a point of the cycle's rating scale), found '2'" },
        { "bad period", r => r["improvementPlans"]![0]!["duration"] = "sixty days", "$.improvementPlans[0].duration", "expected a period such as P60D, P8W or P3M (a number of years, months, weeks or days), found 'sixty days'" },
        { "unsupported schema version", r => r["schemaVersion"] = 3, "$.schemaVersion", "schema version 3 is not supported; this reader reads versions 1 to 2." },
        { "missing schema version", r => r.AsObject().Remove("schemaVersion"), "$.schemaVersion", "required field is missing" },
        { "blank id", r => r["employees"]![2]!["id"] = " ", "$.employees[2].id", "must not be blank" },
        { "duplicate employee id", r => r["employees"]![0]!["id"] = "ann", "$.employees[2].id", "duplicate employee id 'ann': $.employees[0] has it already" },
        { "duplicate review id", r => r["reviews"]!.AsArray().Add(r["reviews"]![0]!.DeepClone()), "$.reviews[1].id", "duplicate review id 'rv-1'" },
        { "unknown manager", r => r["employees"]![2]!["reportingLines"]![1]!["managerId"] = "ghost", "$.employees[2].reportingLines[1].managerId", "unknown employee 'ghost'" },
        { "unknown check-in participant", r => r["checkIns"]![0]!["participants"]![0] = "ghost", "$.checkIns[0].participants[0]", "unknown employee 'ghost'" },
        { "unknown reviewer", r => r["reviews"]![0]!["reviewerId"] = "ghost", "$.reviews[0].reviewerId", "unknown employee 'ghost'" },
        { "unknown cycle", r => r["reviews"]![0]!["cycleId"] = "1999", "$.reviews[0].cycleId", "unknown cycle '1999'" },
        { "unknown org unit", r => r["employees"]![0]!["orgUnitHistory"]![0]!["orgUnitId"] = "sales", "$.employees[0].orgUnitHistory[0].orgUnitId", "unknown org unit 'sales'" },
        { "unit move out of order", r => r["employees"]![1]!["orgUnitHistory"]!.AsArray().Add(new JsonObject { ["orgUnitId"] = "company", ["effectiveOn"] = "2020-01-01" }), "$.employees[1].orgUnitHistory[1]", "predates their latest change" },
        { "unknown key result", r => r["checkIns"]![0]!["progress"]![0]!["keyResultId"] = "kr-9", "$.checkIns[0].progress[0].keyResultId", "unknown key result 'kr-9'" },
        { "manager cycle", r => r["employees"]![0]!["reportingLines"]!.AsArray().Add(new JsonObject { ["managerId"] = "ann", ["effectiveOn"] = "2025-08-01" }), "$.employees[0].reportingLines[1].managerId", "manager cycle: ceo → ann → lead → ceo" },
        { "unit cycle", r => r["orgUnits"]![0]!["parentId"] = "eng", "$.orgUnits[0].parentId", "org units nest in a cycle" },
        { "rating off the scale", r => r["reviews"]![0]!["overallRating"] = 4, "$.reviews[0].overallRating", "rating 4 is off the scale of cycle '2026', which has points 1 to 3" },
        { "competency rating off the scale", r => r["reviews"]![0]!["competencyRatings"]![0]!["rating"] = 0, "$.reviews[0].competencyRatings[0].rating", "rating 0 is off the scale" },
        { "calibration without reason", r => r["reviews"]![0]!["calibrations"]![0]!.AsObject().Remove("reason"), "$.reviews[0].calibrations[0]", "needs a reason (rule review.calibration-reason)" },
        { "calibration original mismatch", r => r["reviews"]![0]!["calibrations"]![0]!["originalRating"] = 1, "$.reviews[0].calibrations[0].originalRating", "the rating before this calibration is 2" },
        { "review outside the cycle", r => r["reviews"]![0]!["startedOn"] = "2025-12-30", "$.reviews[0].startedOn", "outside cycle '2026'" },
        { "check-in before hire", r => r["checkIns"]![0]!["date"] = "2024-12-01", "$.checkIns[0].date", "before employee 'ann' was hired (2025-01-06)" },
        { "stage skipped", r => r["cycleRecords"]![0]!["history"]![1]!["stage"] = "review", "$.cycleRecords[0].history[1]", "stages cannot be skipped (rule cycle-record.stage-order)" },
        { "record opened outside the cycle", r => r["cycleRecords"]![0]!["history"] = new JsonArray(new JsonObject { ["stage"] = "goalSetting", ["enteredOn"] = "2027-01-05" }), "$.cycleRecords[0].history[0].enteredOn", "outside cycle '2026'" },
        { "window outside period", r => r["cycles"]![0]!["windows"]![2]!["end"] = "2027-01-31", "$.cycles[0]", "(2026-01-01..2026-12-31) (rule cycle.window-inside-period)" },
        { "window ends before it starts", r => r["cycles"]![0]!["windows"]![0]!["end"] = "2025-12-01", "$.cycles[0].windows[0].end", "before the window's start" },
        { "alignment cycle", r => r["objectives"]![1]!["parentId"] = "o-ann", "$.objectives[1].parentId", "cannot align to 'o-ann'" },
        { "unknown parent objective", r => r["objectives"]![2]!["parentId"] = "o-none", "$.objectives[2].parentId", "unknown objective 'o-none'" },
        { "weights short of 100 past goal setting", r => r["objectives"]![2]!["weight"] = 80, "$.objectives[2].weight", "weigh 80% in total; past goal setting they must total 100%" },
        { "weights over 100", r => r["objectives"]!.AsArray().Add(new JsonObject { ["id"] = "o-ann-2", ["cycleId"] = "2026", ["level"] = "individual", ["ownerId"] = "ann", ["title"] = "More", ["weight"] = 10 }), "$.objectives[3]", "may total at most 100% (rule goals.weights-total)" },
        { "self feedback about someone else", r => r["feedbackNotes"]![0]!["direction"] = "self", "$.feedbackNotes[0]", "rule feedback.direction" },
        { "return from leave to another status", r => r["employees"]![2]!["statusHistory"] = new JsonArray(
            new JsonObject { ["status"] = "probation", ["effectiveOn"] = "2025-01-06" },
            new JsonObject { ["status"] = "onLeave", ["effectiveOn"] = "2025-02-01" },
            new JsonObject { ["status"] = "active", ["effectiveOn"] = "2025-03-01" }), "$.employees[2].statusHistory[2].status", "restores the status held before the leave (Probation)" },
        { "changes out of order", r => r["employees"]![2]!["statusHistory"]![1]!["effectiveOn"] = "2024-04-06", "$.employees[2].statusHistory[1]", "predates their latest change on 2025-01-06 (rule employee.change-order)" },
        { "first status not on hire date", r => r["employees"]![2]!["statusHistory"]![0]!["effectiveOn"] = "2025-01-07", "$.employees[2].statusHistory[0].effectiveOn", "takes effect on the hire date (2025-01-06)" },
        { "closed action without date", r => r["developmentPlans"]![0]!["actions"]![0]!["status"] = "completed", "$.developmentPlans[0].actions[0].closedOn", "needs its closedOn" },
        { "extension not later", r => r["improvementPlans"]![0]!["decisions"]![0] = new JsonObject { ["outcome"] = "extended", ["decidedOn"] = "2026-04-30", ["decidedBy"] = "ceo", ["newEndsOn"] = "2026-04-01" }, "$.improvementPlans[0].decisions[0].newEndsOn", "moves the end date later" },
        { "member in another case", r => r["employees"]![0]!.AsObject().Add("Name", "x"), "$.employees[0]", "unknown member 'Name'" },
        { "self manager on hire", r => r["employees"]![1]!["reportingLines"]![0]!["managerId"] = "lead", "$.employees[1].reportingLines[0].managerId", "cannot be their own manager" },
        { "level out of range on hire", r => r["employees"]![1]!["roleHistory"]![0]!["level"] = 0, "$.employees[1].roleHistory[0].level", "expected a whole number between 1 and 100 (the job level), found 0" },
        { "downward feedback from below", r => { r["feedbackNotes"]![0]!["fromId"] = "ann"; r["feedbackNotes"]![0]!["aboutId"] = "lead"; }, "$.feedbackNotes[0].direction", "'lead' does not report, directly or through others, to 'ann'" },
        { "upward feedback to a non-manager", r => { r["feedbackNotes"]![0]!["direction"] = "upward"; }, "$.feedbackNotes[0].direction", "'lead' does not report, directly or through others, to 'ann'" },
        { "feedback before the giver was hired", r => { r["feedbackNotes"]![0]!["fromId"] = "ann"; r["feedbackNotes"]![0]!["aboutId"] = "lead"; r["feedbackNotes"]![0]!["direction"] = "peer"; r["feedbackNotes"]![0]!["date"] = "2024-01-10"; }, "$.feedbackNotes[0].date", "before employee 'ann' was hired" },
        { "checkpoint outside plan", r => r["improvementPlans"]![0]!["checkpoints"]![1]!["dueOn"] = "2026-07-30", "$.improvementPlans[0].checkpoints", "falls 151 days after the start; the plan lasts 60 days" },
    };

    [Theory]
    [MemberData(nameof(BrokenSnapshots))]
    public void Read_BrokenSnapshot_ThrowsWithPathAndPlainReason(string scenario, Action<JsonNode> breakIt, string path, string reason)
    {
        var json = ValidSnapshotJson.With(breakIt);

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.True(path == error.Path, $"{scenario}: expected path {path}, got {error.Path} ({error.Reason})");
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal($"{error.Path}: {error.Reason}", error.Message);
    }

    [Fact]
    public void Read_RepeatedMember_ThrowsInsteadOfKeepingTheLast()
    {
        var json = ValidSnapshotJson.Text.Replace("\"name\": \"Chidi\",", "\"name\": \"Chidi\", \"name\": \"Other\",", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal("$.employees[0].name", error.Path);
        Assert.StartsWith("the member 'name' appears more than once", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnitCycleAboveTheFirstUnit_IsReportedAtAUnitOfTheCycle()
    {
        // Found by the fuzzer (seed 1000, case 64636): following parents from a unit below a cycle never ended, and filled memory.
        var json = ValidSnapshotJson.With(r =>
        {
            r["orgUnits"]!.AsArray().Insert(0, new JsonObject { ["id"] = "team", ["name"] = "Team", ["parentId"] = "eng" });
            r["orgUnits"]![1]!["parentId"] = "eng";
        });

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal("$.orgUnits[1].parentId: org units nest in a cycle: company → eng → company.", error.Message);
    }

    [Fact]
    public void Read_OtherVersionWithNewFields_ReportsTheVersionFirst()
    {
        var json = ValidSnapshotJson.With(r =>
        {
            r["schemaVersion"] = 3;
            r["tenant"] = "acme";
        });

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.Equal("$.schemaVersion", error.Path);
        Assert.Contains("schema version 3 is not supported; this reader reads versions 1 to 2.", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_AnySnapshot_UsesLineFeedsOnly()
    {
        var text = SnapshotWriter.Write(SnapshotReader.Read(ValidSnapshotJson.Text));

        Assert.DoesNotContain('\r', text);
        Assert.Contains('\n', text);
    }

    [Fact]
    public void ReadFile_MissingFile_ThrowsFileNotFound()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");

        Assert.Throws<FileNotFoundException>(() => SnapshotReader.ReadFile(missing));
    }

    [Fact]
    public void Read_Stream_ReadsTheSameAsText()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ValidSnapshotJson.Text));

        Assert.Equal(SnapshotReader.Read(ValidSnapshotJson.Text), SnapshotReader.Read(stream));
    }
}
