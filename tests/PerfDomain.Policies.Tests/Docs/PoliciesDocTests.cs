using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Tests.TestSupport;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Tests.Docs;

/// <summary>
/// The figures and examples docs/policies.md quotes are what the code produces on the bundled sample:
/// each test reads the page and compares what it quotes with a real evaluation, so the page cannot drift.
/// </summary>
public sealed partial class PoliciesDocTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "policies.md")).Replace("\r", string.Empty, StringComparison.Ordinal);
    private static readonly OrganizationSnapshot Sample = SnapshotReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "samples", "sample-organization.json"));
    private static readonly PolicyEngine Engine = TestRuntime.CreateBuilder().AddDefaultPacks().Build();
    private static readonly LocalDate AsOf = new(2026, 11, 16);

    // The page's prose with its line breaks and list indents taken out, so that a quote may span lines.
    private static readonly string Prose = Regex.Replace(Page, @"\n\s*", " ");

    [Fact]
    public void DecisionCountAndBreakdown_AreTheSamplesAsOfTheReferenceDate()
    {
        var decisions = Engine.Evaluate(Sample, AsOf).Decisions;
        int Count(params DecisionKind[] kinds) => decisions.Count(d => kinds.Contains(d.Kind));

        Assert.Equal(2, Regex.Matches(Prose, $@"\b{decisions.Count} decisions").Count);
        var breakdown = BreakdownPattern().Match(Prose);
        Assert.True(breakdown.Success, "docs/policies.md no longer breaks the sample's decisions down");
        Assert.Equal(decisions.Count, int.Parse(breakdown.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture));
        var expected = new[]
        {
            Count(DecisionKind.CheckInDue), Count(DecisionKind.CheckInOverdue), Count(DecisionKind.SelfReviewDue), Count(DecisionKind.ManagerReviewDue),
            Count(DecisionKind.PromotionReadinessFlagged), Count(DecisionKind.ImprovementPlanRecommended), Count(DecisionKind.CalibrationReviewRecommended),
            Count(DecisionKind.TrainingRecommended), Count(DecisionKind.CoachingRecommended, DecisionKind.ManagerCoachingRecommended),
            Count(DecisionKind.ManagerTrainingRecommended), Count(DecisionKind.MeritIncreaseRecommended), Count(DecisionKind.BonusEligible),
            Count(DecisionKind.BonusNotEligible), Count(DecisionKind.RetentionConversationRecommended),
        };
        var quoted = Enumerable.Range(1, expected.Length).Select(i => int.Parse(breakdown.Groups["n" + i].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(expected, quoted);
        Assert.Equal(decisions.Count, expected.Sum());
    }

    [Fact]
    public void FirstDecisionsBlock_IsTheStartOfTheSamplesEvaluation()
    {
        var block = FirstDecisionsBlock().Match(Page);
        Assert.True(block.Success, "docs/policies.md has no block of the first decisions");
        var lines = block.Groups["lines"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var decisions = Engine.Evaluate(Sample, AsOf).Decisions.Select(d => d.ToString()).ToList();

        for (var i = 0; i < lines.Length; i++)
        {
            Assert.True(lines[i].EndsWith(": …", StringComparison.Ordinal) ? decisions[i].StartsWith(lines[i][..^1], StringComparison.Ordinal) : decisions[i] == lines[i], $"line {i + 1}:\nquoted {lines[i]}\nreal   {decisions[i]}");
        }
    }

    [Fact]
    public void QuickStartComment_IsARealDecision()
    {
        var comment = Regex.Match(Page, @"Console\.WriteLine\(decision\);\s+// (?<text>.*) …");

        Assert.Contains(Engine.Evaluate(Sample, AsOf).Decisions, d => d.ToString().StartsWith(comment.Groups["text"].Value, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryDatedExampleSentence_IsTheReasonOfARealDecisionOnThatDate()
    {
        var examples = ExamplePattern().Matches(Prose);
        Assert.True(examples.Count >= 20, $"only {examples.Count} dated examples found");
        var byDate = new Dictionary<LocalDate, IReadOnlyList<Decision>>();
        var wrong = new List<string>();
        foreach (Match example in examples)
        {
            var date = LocalDatePattern.Iso.Parse(example.Groups["date"].Value).Value;
            if (!byDate.TryGetValue(date, out var decisions))
            {
                decisions = byDate[date] = Engine.Evaluate(Sample, date).Decisions;
            }

            var employee = new EmployeeId(example.Groups["employee"].Value);
            var sentence = example.Groups["reason"].Value;
            var prefix = sentence.EndsWith('…') ? sentence[..^1].TrimEnd() : null;
            if (!decisions.Any(d => d.EmployeeId == employee && (prefix is null ? d.Explanation.Reason == sentence : d.Explanation.Reason.StartsWith(prefix, StringComparison.Ordinal))))
            {
                var real = decisions.Where(d => d.EmployeeId == employee).Select(d => d.Explanation.Reason);
                wrong.Add($"{date:uuuu-MM-dd} {employee}: \"{sentence}\"; real: {string.Join(" | ", real)}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void IncrementalExample_QuotesTheRealChanges()
    {
        var partition = Engine.CreatePartition(Sample, AsOf);
        var e018 = Sample.Employee(new EmployeeId("e-018"));
        var recorded = partition.Apply(CheckIn.Record(new CheckInId("ci-doc"), e018.Id, AsOf, [e018.ManagerOn(AsOf)!.Value]));
        var nextDay = partition.AdvanceTo(AsOf.PlusDays(1));
        var walk = Engine.CreatePartition(Sample, AsOf);
        walk.AdvanceTo(AsOf.PlusDays(1));
        var overdue = walk.Decisions.First(d => d.Kind == DecisionKind.CheckInOverdue);
        var step = walk.AdvanceTo(AsOf.PlusDays(2));
        var overdueNextDay = walk.Decisions.Single(d => d.EmployeeId == overdue.EmployeeId && d.Kind == DecisionKind.CheckInOverdue);

        Assert.Contains($"recording a check-in for e-018 on 2026-11-16 gives \"{recorded}\"", Prose, StringComparison.Ordinal);
        Assert.Contains($"Moving that partition on to 2026-11-17 gives \"{nextDay}\"", Prose, StringComparison.Ordinal);
        Assert.Contains($"the step from 2026-11-17 to 2026-11-18 gives \"{step}\"", Prose, StringComparison.Ordinal);
        Assert.Equal(["e-014", "e-037"], step.Added.Select(d => d.EmployeeId.Value).Order(StringComparer.Ordinal));
        Assert.All(step.Added, d => Assert.Equal(DecisionKind.CoachingRecommended, d.Kind));
        Assert.Equal(2, step.FactsChanged);

        // The overdue check-in's sentence counts one more day, and the decision is not reported as changed.
        Assert.NotEqual(overdue.Explanation.Reason, overdueNextDay.Explanation.Reason);
        Assert.DoesNotContain(step.Changed, d => d.EmployeeId == overdue.EmployeeId);
        Assert.Equal(Engine.Evaluate(Sample, AsOf.PlusDays(2)).Decisions, walk.Decisions);
    }

    [Fact]
    public void RealParameterMessages_AreWhatTheReaderAndTheEngineSay()
    {
        // Each input gives, in order, the message of one line of the page's block of real messages.
        string[] files =
        [
            """{"reviewCadence":{"checkInIntervalDays":-5}}""",
            """{"reviewCadence":{"checkInIntervalDays":9999999}}""",
            """{"reviewCadence":{"checkinIntervalDays":14}}""",
            """{"reviewCadence":{"checkInIntervalDays":"14"}}""",
            """{"reviewCadence":{"checkInIntervalDays":14.5}}""",
            """{"reviewCadence":{"skipLevelEscalationDays":40,"humanResourcesEscalationDays":30}}""",
            """{"reviewCadence":{"probationReviewDays":[30,30]}}""",
            """{"reviewCadence":{"orgUnitCheckInIntervalDays":{"u-sales":0}}}""",
            """{"ratingConsequences":{"recognitionRatingLabel":" "}}""",
            """{"ratingConsequences":{"promotionMinimumMonthsInRole":99999}}""",
            """{"ratingConsequences":{"calibrationMinimumGroupSize":1}}""",
            """{"ratingConsequences":{"calibrationMaximumTopShare":1.5}}""",
            """{"developmentTriggers":{"minimumConversationsPerReport":-1}}""",
        ];
        string[] againstTheSample =
        [
            """{"ratingConsequences":{"recognitionRatingLabel":"Superstar"}}""",
            """{"ratingConsequences":{"recognitionRatingLabel":"Needs improvement"}}""",
            """{"reviewCadence":{"orgUnitCheckInIntervalDays":{"u-slaes":14}}}""",
            """{"reviewCadence":{"employeeCheckInIntervalDays":{"e-999":14}}}""",
        ];
        var real = files.Select(f => Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson(f)).Message)
            .Concat(againstTheSample.Select(f => Assert.Throws<InvalidParametersException>(() => Engine.Evaluate(Sample, AsOf, PolicyParameters.FromJson(f))).Message))
            .ToList();

        var block = Regex.Match(Page, @"Real messages \(the last four[\s\S]*?```\n(?<lines>[^`]*)```");
        Assert.True(block.Success, "docs/policies.md has no block of real parameter messages");
        Assert.Equal(real, block.Groups["lines"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void StrictnessMessages_AreWhatTheReaderSays()
    {
        string[] real =
        [
            Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson("null")).Message,
            Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson("""{"reviewCadence":{"checkInIntervalDays":14,"checkInIntervalDays":20}}""")).Message,
            Assert.Throws<InvalidParametersException>(() => PolicyParameters.FromJson(System.Text.Encoding.Unicode.GetBytes("{}"))).Message,
        ];

        var block = Regex.Match(Page, @"skips a leading byte order mark character\):\n\n```\n(?<lines>[^`]*)```");
        Assert.True(block.Success, "docs/policies.md has no block of the parameter file's strictness");
        Assert.Equal(real, block.Groups["lines"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"The sample's (?<total>\d+) decisions as of 2026-11-16 break down as: (?<n1>\d+) check-ins due, (?<n2>\d+) overdue?, (?<n3>\d+) self and (?<n4>\d+) manager reviews due, (?<n5>\d+) promotion readiness flags?, (?<n6>\d+) improvement plans?, (?<n7>\d+) calibration reviews?, (?<n8>\d+) training and (?<n9>\d+) coaching recommendations, (?<n10>\d+) manager trainings?, (?<n11>\d+) merit increases?, (?<n12>\d+) bonus\s+eligibilit(y|ies) and (?<n13>\d+) refusals?, and (?<n14>\d+) retention\s+conversations?\.")]
    private static partial Regex BreakdownPattern();

    [GeneratedRegex(@"as of 2026-11-16 starts like this:\n\n```\n(?<lines>[^`]*)```")]
    private static partial Regex FirstDecisionsBlock();

    // "(2026-11-16, e-018): "…"" and "2026-11-16, e-025 on probation: "…"": a date, an employee, a few words, a colon, the quoted reason.
    [GeneratedRegex(@"(?<date>\d{4}-\d{2}-\d{2}), (?<employee>e-\d{3})[^:""]{0,60}?\)?:(\*\*)? ""(?<reason>[^""]+)""")]
    private static partial Regex ExamplePattern();
}
