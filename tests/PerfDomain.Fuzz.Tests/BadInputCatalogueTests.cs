using System.Text.Json.Nodes;
using NodaTime;
using PerfDomain.Fuzz.Fuzzing;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Fuzz.Tests;

/// <summary>
/// One input of each class of bad input the fuzzer makes, with the exact message it gets: what the
/// author of a snapshot or a parameter file reads. Snapshots are the complete example of
/// docs/snapshot-format.md with one change, written on one line (so positions are on line 1).
/// </summary>
public sealed class BadInputCatalogueTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private const string Version = "{\"schemaVersion\":1,";

    public static TheoryData<string, Func<JsonObject, string>, string> Snapshots => new()
    {
        {
            "malformed JSON",
            r => Text(r).Replace("\"name\":\"Example Analytics\",", "\"name\":\"Example Analytics\",,", StringComparison.Ordinal),
            "$.organization: malformed JSON: ',' is an invalid start of a property name. Expected a '\"' (line 1, position 63)."
        },
        {
            "wrong type",
            r => Edit(r, x => x["employees"]![1]!["roleHistory"]![0]!["level"] = "4"),
            "$.employees[1].roleHistory[0].level: expected a whole number between 1 and 100 (the job level), found '4' (line 1, position 743)."
        },
        {
            "number out of range",
            r => Edit(r, x => x["employees"]![1]!["roleHistory"]![0]!["level"] = 101),
            "$.employees[1].roleHistory[0].level: expected a whole number between 1 and 100 (the job level), found 101 (line 1, position 743)."
        },
        {
            "fraction where a whole number belongs",
            r => Edit(r, x => x["checkIns"]![0]!["progress"]![0]!["confidence"] = 7.5),
            "$.checkIns[0].progress[0].confidence: expected a whole number between 0 and 10, found 7.5 (line 1, position 4445)."
        },
        {
            "huge number",
            r => Text(r).Replace("\"weight\":60,", "\"weight\":1e400,", StringComparison.Ordinal),
            "$.objectives[3].weight: expected a number between 0 and 100, found 1e400, which is too large (line 1, position 3854)."
        },
        {
            "number past a whole number's range",
            r => Text(r).Replace("\"overallRating\":4}", "\"overallRating\":2147483648}", StringComparison.Ordinal),
            "$.reviews[0].overallRating: expected a whole number (a point of the cycle's rating scale), found 2147483648 (line 1, position 5324)."
        },
        {
            "impossible date",
            r => Edit(r, x => x["employees"]![2]!["hireDate"] = "2025-02-29"),
            "$.employees[2].hireDate: 2025-02-29 is not a date: February 2025 has 28 days (line 1, position 1025)."
        },
        {
            "date of another shape",
            r => Edit(r, x => x["checkIns"]![0]!["date"] = "9/11/2026"),
            "$.checkIns[0].date: expected a date like 2026-06-30 (year-month-day, with four, two and two digits), found '9/11/2026' (line 1, position 4350)."
        },
        {
            "date out of range",
            r => Edit(r, x => x["employees"]![3]!["hireDate"] = "9999-12-20"),
            "$.employees[3].hireDate: expected a date between 1900-01-01 and 2200-12-31, found 9999-12-20 (line 1, position 1561)."
        },
        {
            "date before the range",
            r => Edit(r, x => x["feedbackNotes"]![0]!["date"] = "0001-01-01"),
            "$.feedbackNotes[0].date: expected a date between 1900-01-01 and 2200-12-31, found 0001-01-01 (line 1, position 4619)."
        },
        {
            "improvement plan ending after the range",
            r => Edit(r, x => x["improvementPlans"]![0]!["duration"] = "P500Y"),
            "$.improvementPlans[0].duration: a plan starting on 2026-03-02 and lasting P500Y would end after 2200-12-31, the latest date a snapshot may hold."
        },
        {
            "period that is not one",
            r => Edit(r, x => x["improvementPlans"]![0]!["duration"] = "30 days"),
            "$.improvementPlans[0].duration: expected a period such as P60D, P8W or P3M (a number of years, months, weeks or days), found '30 days' (line 1, position 6817)."
        },
        {
            "too-long text",
            r => Edit(r, x => x["organization"]!["name"] = new string('x', 4001)),
            "$.organization.name: expected text of at most 200 characters, found text of 4,001 characters (line 1, position 4046)."
        },
        {
            "too-long id",
            r => Edit(r, x => x["checkIns"]![0]!["participants"]![0] = new string('e', 201)),
            "$.checkIns[0].participants[0]: expected an id (text of at most 200 characters), found text of 201 characters."
        },
        {
            "blank text",
            r => Edit(r, x => x["feedbackNotes"]![1]!["text"] = "  "),
            "$.feedbackNotes[1].text: must not be blank; expected text of at most 4,000 characters (line 1, position 4789)."
        },
        {
            "unknown member",
            r => Edit(r, x => x["employees"]![0]!["salary"] = 100000),
            "$.employees[0]: unknown member 'salary'; an employee has the members id, name, hireDate, statusHistory, roleHistory, reportingLines and orgUnitHistory (line 1, position 570)."
        },
        {
            "unknown member named with a quote",
            r => Text(r).Replace("\"orgUnitId\":\"u-company\"", "\"or'UnitId\":\"u-company\"", StringComparison.Ordinal),
            "$.employees[0].orgUnitHistory[0]: unknown member \"or'UnitId\"; an org unit assignment has the members orgUnitId and effectiveOn (line 1, position 520)."
        },
        {
            "unknown member at the top",
            r => Edit(r, x => x["tenant"] = "acme"),
            "$: unknown member 'tenant'; a snapshot has the members schemaVersion, organization, orgUnits, employees, cycles, cycleRecords, objectives, checkIns, feedbackNotes, reviews, developmentPlans, recognitions, improvementPlans, payRanges, compensation and potentialAssessments (line 1, position 8176)."
        },
        {
            "duplicate member",
            r => Text(r).Replace("\"name\":\"Marta Lindqvist\",", "\"name\":\"Marta Lindqvist\",\"name\":\"Marta L.\",", StringComparison.Ordinal),
            "$.employees[0].name: the member 'name' appears more than once (line 1, position 280)."
        },
        {
            "missing member",
            r => Edit(r, x => x["employees"]![1]!.AsObject().Remove("hireDate")),
            "$.employees[1].hireDate: required field is missing (or null)."
        },
        {
            "null element",
            r => Edit(r, x => x["reviews"]![2] = null),
            "$.reviews[2]: required field is missing (or null)."
        },
        {
            "value of the wrong shape",
            r => Edit(r, x => x["cycles"]![0]!["windows"] = new JsonObject()),
            "$.cycles[0].windows: expected an array of stage windows (line 1, position 1951)."
        },
        {
            "unknown enum value",
            r => Edit(r, x => x["feedbackNotes"]![0]!["direction"] = "sideways"),
            "$.feedbackNotes[0].direction: 'sideways' is not a known value; expected one of downward, upward, peer, self (line 1, position 4599)."
        },
        {
            "unknown reference",
            r => Edit(r, x => x["employees"]![2]!["reportingLines"]![1]!["managerId"] = "e-999"),
            "$.employees[2].reportingLines[1].managerId: unknown employee 'e-999' named as the manager of 'e-003'."
        },
        {
            "alignment to a lower level",
            r => Edit(r, x => x["objectives"]![0]!["parentId"] = "o-eng-1"),
            "$.objectives[0].parentId: Objective 'o-org-1' (Organization) cannot align to 'o-eng-1' (Team): objectives cascade from the organisation to teams to individuals, never downwards (rule goals.alignment-level)."
        },
        {
            "cycle in goal alignment",
            r => Edit(r, x =>
            {
                x["objectives"]![3]!["parentId"] = "o-e-003-2";
                x["objectives"]![4]!["parentId"] = "o-e-003-1";
            }),
            "$.objectives[4].parentId: Aligning objective 'o-e-003-2' to 'o-e-003-1' would form a cycle: 'o-e-003-1' already aligns, directly or through others, to 'o-e-003-2' (rule goals.alignment-cycle)."
        },
        {
            "cycle in the reporting lines",
            r => Edit(r, x => x["employees"]![0]!["reportingLines"]!.AsArray().Add(new JsonObject { ["managerId"] = "e-004", ["effectiveOn"] = "2026-11-01" })),
            "$.employees[0].reportingLines[1].managerId: reporting lines form a manager cycle: e-001 → e-004 → e-002 → e-001."
        },
        {
            "nesting past the limit",
            r => Text(r).Replace("\"orgUnits\":[", "\"orgUnits\":[" + new string('[', 40), StringComparison.Ordinal),
            "$.orgUnits[0]: the JSON nests more than 32 levels deep, the most the snapshot reader accepts (the format itself nests five)."
        },
        {
            "text that is not UTF-8",
            r => Text(r).Replace("\"name\":\"Example Analytics\",", "\"name\":\"Example \\ud800Analytics\",", StringComparison.Ordinal),
            "$.organization.name: expected text of at most 200 characters, found text that is not valid UTF-8 or holds an unpaired surrogate (\\ud800 without its pair) (line 1, position 68)."
        },
        {
            "currency not in circulation",
            r => Edit(r, x => x["payRanges"]![0]!["currency"] = "XEU"),
            "$.payRanges[0].currency: 'XEU' is not an ISO 4217 currency code: expected three upper-case letters of a currency in circulation, such as \"EUR\" or \"USD\"."
        },
        {
            "pay range out of order",
            r => Edit(r, x => x["payRanges"]![0]!["maximum"] = 60000),
            "$.payRanges[0].maximum: The maximum 60000 of grade 'g-4' is below its midpoint 70000; a range has minimum ≤ midpoint ≤ maximum."
        },
        {
            "pay of an unknown grade",
            r => Edit(r, x => x["compensation"]![1]!["basePay"]![0]!["gradeId"] = "g-9"),
            "$.compensation[1].basePay[0].gradeId: unknown grade 'g-9': no pay range in $.payRanges has it."
        },
        {
            "pay in another currency than its range",
            r => Edit(r, x => x["compensation"]![1]!["basePay"]![0]!["currency"] = "USD"),
            "$.compensation[1].basePay[0].currency: is USD, but the range of grade 'g-4' is in EUR; pay is compared with its range in one currency."
        },
        {
            "pay history out of order",
            r => Edit(r, x => x["compensation"]![0]!["basePay"]![1]!["effectiveOn"] = "2019-10-05"),
            "$.compensation[0].basePay[1].effectiveOn: 2019-10-05 is not after the pay before it (2020-10-05); a pay history lists each change once, oldest first."
        },
        {
            "amount of pay that is not one",
            r => Edit(r, x => x["compensation"]![1]!["basePay"]![0]!["amount"] = 0),
            "$.compensation[1].basePay[0].amount: A base pay of 0 is not an amount of pay; it must be above 0 and at most 1,000,000,000,000."
        },
        {
            "two pay histories of one employee",
            r => Edit(r, x => x["compensation"]![1]!["employeeId"] = "e-002"),
            "$.compensation[1].employeeId: employee 'e-002' has a pay history already, at $.compensation[0]."
        },
        {
            "potential assessed by the employee",
            r => Edit(r, x => x["potentialAssessments"]![0]!["assessedBy"] = "e-003"),
            "$.potentialAssessments[0]: Potential assessment 'pa-001': 'e-003' cannot assess their own potential (rule potential.self)."
        },
        {
            "unknown potential",
            r => Edit(r, x => x["potentialAssessments"]![0]!["potential"] = "stellar"),
            "$.potentialAssessments[0].potential: 'stellar' is not a known value; expected one of low, moderate, high (line 1, position 7991)."
        },
        {
            "changed potential without a reason",
            r => Edit(r, x => x["potentialAssessments"]![0]!["calibrations"]![0]!.AsObject().Remove("reason")),
            "$.potentialAssessments[0].calibrations[0]: Calibrating potential assessment 'pa-001' from moderate to high potential needs a reason (rule potential.calibration-reason)."
        },
        {
            "section of version 2 in a version-1 file",
            r => Edit(r, x => x["schemaVersion"] = 1),
            "$.payRanges: the member 'payRanges' belongs to schema version 2; this snapshot declares schemaVersion 1 (change it to 2: nothing else changes)."
        },
        {
            "other schema version",
            r => Edit(r, x => x["schemaVersion"] = 3),
            "$.schemaVersion: schema version 3 is not supported; this reader reads versions 1 to 2."
        },
    };

    public static TheoryData<string, string, string> Parameters => new()
    {
        { "malformed JSON", """{ "reviewCadence": { "checkInIntervalDays": 14, } }""", "$.reviewCadence: malformed JSON: a comma after the last member of an object (line 1)." },
        { "wrong type", """{ "reviewCadence": { "checkInIntervalDays": "14" } }""", "$.reviewCadence.checkInIntervalDays: expected a whole number of days between 1 and 366, found '14' (line 1)." },
        { "fraction where a whole number belongs", """{ "reviewCadence": { "overdueGraceDays": 7.5 } }""", "$.reviewCadence.overdueGraceDays: expected a whole number of days between 0 and 3,650, found 7.5 (line 1)." },
        { "huge number", """{ "ratingConsequences": { "promotionMinimumMonthsInRole": 1e400 } }""", "$.ratingConsequences.promotionMinimumMonthsInRole: expected a whole number of months between 0 and 120, found 1e400 (line 1)." },
        { "parameter past its upper bound", """{ "reviewCadence": { "checkInIntervalDays": 9999999 } }""", "$.reviewCadence.checkInIntervalDays: is 9999999; expected a whole number of days between 1 and 366." },
        { "int.MaxValue grace days", """{ "reviewCadence": { "overdueGraceDays": 2147483647 } }""", "$.reviewCadence.overdueGraceDays: is 2147483647; expected a whole number of days between 0 and 3,650." },
        { "months past the bound", """{ "ratingConsequences": { "promotionMinimumMonthsInRole": 99999 } }""", "$.ratingConsequences.promotionMinimumMonthsInRole: is 99999; expected a whole number of months between 0 and 120." },
        { "parameter below its lower bound", """{ "developmentTriggers": { "onboardingWindowDays": 0 } }""", "$.developmentTriggers.onboardingWindowDays: is 0; expected a whole number of days between 1 and 3,650." },
        { "share out of range", """{ "developmentTriggers": { "keyResultAtRiskGap": 1.5 } }""", "$.developmentTriggers.keyResultAtRiskGap: is 1.5; expected a share above 0 and at most 1." },
        { "override past the bound", """{ "reviewCadence": { "orgUnitCheckInIntervalDays": { "u-eng": 400 } } }""", "$.reviewCadence.orgUnitCheckInIntervalDays.u-eng: is 400; expected a whole number of days between 1 and 366." },
        { "override of a blank id", """{ "reviewCadence": { "employeeCheckInIntervalDays": { " ": 14 } } }""", "$.reviewCadence.employeeCheckInIntervalDays[' ']: is not the id of an employee: an id is text of 1 to 200 characters without white space at either end." },
        { "override of an empty id", """{ "reviewCadence": { "orgUnitCheckInIntervalDays": { "": "x" } } }""", "$.reviewCadence.orgUnitCheckInIntervalDays['']: expected a whole number of days between 1 and 366, found 'x' (line 1)." },
        { "override of an id with a line break", """{ "reviewCadence": { "orgUnitCheckInIntervalDays": { "u-compa\ny": 400 } } }""", "$.reviewCadence.orgUnitCheckInIntervalDays['u-compa\\u000ay']: is 400; expected a whole number of days between 1 and 366." },
        { "null section", """{ "developmentTriggers": null }""", "$.developmentTriggers: must not be null." },
        { "unknown parameter", """{ "reviewCadence": { "checkInEveryDays": 14 } }""", "$.reviewCadence: unknown parameter 'checkInEveryDays'; the review cadence has the parameters checkInIntervalDays, probationCheckInIntervalDays, improvementPlanCheckInIntervalDays, orgUnitCheckInIntervalDays, employeeCheckInIntervalDays, overdueGraceDays, skipLevelEscalationDays, humanResourcesEscalationDays, probationReviewDays, probationReviewLeadDays, reviewMinimumTenureDays and reviewOverdueReportingDays (line 1)." },
        { "merit matrix row above the one before", """{ "rewards": { "meritMatrix": [ [ 3, 2, 1, 1 ], [ 3.5, 2, 1, 0.5 ] ] } }""", "$.rewards.meritMatrix[1][0]: is 3.5, more than the 3 of the better rating above it; a better rating never gets a smaller guideline." },
        { "compa-ratio out of range", """{ "rewards": { "retentionCompaRatioBelow": 5 } }""", "$.rewards.retentionCompaRatioBelow: is 5; expected a compa-ratio above 0 and at most 2." },
        { "value of the wrong shape", """{ "reviewCadence": { "probationReviewDays": 30 } }""", "$.reviewCadence.probationReviewDays: expected an array of at most 50 whole numbers of days between 1 and 3,650, increasing (line 1)." },
    };

    [Theory]
    [MemberData(nameof(Snapshots))]
    public void Read_BadSnapshot_GivesItsExactMessage(string badInput, Func<JsonObject, string> make, string message)
    {
        var json = make(Example());

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.True(message == error.Message, $"{badInput}:\nexpected {message}\nactual   {error.Message}");
        Assert.Null(MessageRules.Problem(error.Reason));
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void FromJson_BadParameters_GivesItsExactMessage(string badInput, string json, string message)
    {
        var error = Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson(json));

        Assert.True(message == error.Message, $"{badInput}:\nexpected {message}\nactual   {error.Message}");
        Assert.Null(MessageRules.Problem(error.Reason));
    }

    [Fact]
    public void Evaluate_AsOfOutsideTheSupportedDates_IsRefusedWithTheRange()
    {
        var engine = PolicyEngine.CreateBuilder().AddDefaultPacks().Build();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => engine.Evaluate(fixture.Corpus.SampleSnapshot, new LocalDate(9999, 12, 31)));

        Assert.Equal("asOf", error.ParamName);
        Assert.StartsWith("The as-of date 9999-12-31 is outside the dates PerfDomain evaluates, 1900-01-01 to 2200-12-31.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ParameterOverrideOfAnUnknownUnit_IsRefusedAtTheOverride()
    {
        var engine = PolicyEngine.CreateBuilder().AddDefaultPacks().Build();
        var parameters = PolicyParameters.FromJson("""{ "reviewCadence": { "orgUnitCheckInIntervalDays": { "u-nowhere": 14 } } }""");

        var error = Assert.Throws<InvalidParametersException>(() => engine.Evaluate(fixture.Corpus.SampleSnapshot, new LocalDate(2026, 11, 16), parameters));

        Assert.Equal("$.reviewCadence.orgUnitCheckInIntervalDays.u-nowhere: the snapshot has no org unit 'u-nowhere'.", error.Message);
    }

    private JsonObject Example() => JsonNode.Parse(fixture.Corpus.Example.Text)!.AsObject();

    private static string Edit(JsonObject root, Action<JsonObject> change)
    {
        change(root);
        return Text(root);
    }

    private static string Text(JsonObject root) =>
        root.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
