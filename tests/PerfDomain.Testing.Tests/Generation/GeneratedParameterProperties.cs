using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generators;

namespace PerfDomain.Testing.Tests.Generation;

/// <summary>
/// Parameters for a generated organisation — overrides for its own org units and employees, every other value anywhere
/// in its bounds — read back from their JSON equal to themselves (value equality, collections included).
/// </summary>
[Properties(Arbitrary = [typeof(OrganizationArbitraries)], MaxTest = 25)]
public sealed class GeneratedParameterProperties
{
    [Property]
    public Property ParametersOfAGeneratedOrganisation_ReadBackEqual(OrganizationSnapshot snapshot) =>
        Prop.ForAll(ParametersFor(snapshot).ToArbitrary(), parameters =>
        {
            parameters.Validate();
            var json = parameters.ToJson();
            var read = PolicyParameters.FromJson(json);

            Assert.Equal(parameters, read);
            Assert.Equal(parameters.GetHashCode(), read.GetHashCode());
            Assert.Equal(json, read.ToJson());
        });

    [Fact]
    public void Default_ReadsBackEqual()
    {
        var read = PolicyParameters.FromJson(PolicyParameters.Default.ToJson());

        Assert.Equal(PolicyParameters.Default, read);
        Assert.True(PolicyParameters.Default == read);
        Assert.NotSame(PolicyParameters.Default.ReviewCadence.ProbationReviewDays, read.ReviewCadence.ProbationReviewDays);
    }

    [Fact]
    public void ParametersThatDifferInAnOverrideOrAProbationDay_AreNotEqual()
    {
        var withOverride = PolicyParameters.Default with
        {
            ReviewCadence = PolicyParameters.Default.ReviewCadence with { EmployeeCheckInIntervalDays = new Dictionary<string, int> { ["e-1"] = 14 } },
        };
        var otherDays = withOverride with
        {
            ReviewCadence = withOverride.ReviewCadence with { EmployeeCheckInIntervalDays = new Dictionary<string, int> { ["e-1"] = 15 } },
        };
        var otherProbation = PolicyParameters.Default with
        {
            ReviewCadence = PolicyParameters.Default.ReviewCadence with { ProbationReviewDays = [30, 60] },
        };

        Assert.NotEqual(PolicyParameters.Default, withOverride);
        Assert.NotEqual(withOverride, otherDays);
        Assert.NotEqual(PolicyParameters.Default, otherProbation);
        Assert.Equal(otherProbation, PolicyParameters.FromJson(otherProbation.ToJson()));
    }

    private static Gen<PolicyParameters> ParametersFor(OrganizationSnapshot snapshot)
    {
        var units = snapshot.OrgUnits.Select(u => u.Id.Value).ToArray();
        var employees = snapshot.Employees.Select(e => e.Id.Value).ToArray();
        return
            from cadence in CadenceFor(units, employees)
            from consequences in Consequences()
            from development in Development()
            select new PolicyParameters { ReviewCadence = cadence, RatingConsequences = consequences, DevelopmentTriggers = development };
    }

    private static Gen<CadenceParameters> CadenceFor(string[] units, string[] employees) =>
        from interval in Gen.Choose(1, 366)
        from probation in Gen.Choose(1, 366)
        from improvement in Gen.Choose(1, 366)
        from unitOverrides in Overrides(units)
        from employeeOverrides in Overrides(employees)
        from grace in Gen.Choose(0, 3_650)
        from skipLevel in Gen.Choose(0, 1_000)
        from humanResources in Gen.Choose(0, 1_000)
        from steps in Gen.Choose(1, 200).ListOf().Select(l => l.Take(50).ToList())
        from lead in Gen.Choose(0, 3_650)
        from tenure in Gen.Choose(0, 3_650)
        from reporting in Gen.Choose(0, 3_650)
        select new CadenceParameters
        {
            CheckInIntervalDays = interval,
            ProbationCheckInIntervalDays = probation,
            ImprovementPlanCheckInIntervalDays = improvement,
            OrgUnitCheckInIntervalDays = unitOverrides,
            EmployeeCheckInIntervalDays = employeeOverrides,
            OverdueGraceDays = grace,
            SkipLevelEscalationDays = Math.Min(skipLevel, humanResources),
            HumanResourcesEscalationDays = Math.Max(skipLevel, humanResources),
            // Increasing days: running sums of positive steps, within ten years.
            ProbationReviewDays = [.. steps.Select((_, i) => steps.Take(i + 1).Sum()).Where(d => d <= 3_650)],
            ProbationReviewLeadDays = lead,
            ReviewMinimumTenureDays = tenure,
            ReviewOverdueReportingDays = reporting,
        };

    private static Gen<IReadOnlyDictionary<string, int>> Overrides(string[] ids) =>
        ids.Length == 0
            ? Gen.Constant<IReadOnlyDictionary<string, int>>(new Dictionary<string, int>())
            : from picked in Gen.Elements(ids).ListOf()
              from days in Gen.Choose(1, 366).ListOf(picked.Count)
              select (IReadOnlyDictionary<string, int>)picked.Zip(days).DistinctBy(p => p.First).ToDictionary(p => p.First, p => p.Second);

    private static Gen<ConsequenceParameters> Consequences() =>
        from label in Gen.Elements<string?>(null, "Exceeds expectations", "Outstanding", "Top")
        from months in Gen.Choose(0, 120)
        from duration in Gen.Choose(1, 3_650)
        from lookback in Gen.Choose(1, 3_650)
        from groupSize in Gen.Choose(2, 100_000)
        from share in Share()
        from distribution in Gen.Choose(2, 100_000)
        select new ConsequenceParameters
        {
            RecognitionRatingLabel = label,
            PromotionMinimumMonthsInRole = months,
            ImprovementPlanDurationDays = duration,
            FeedbackLookbackDays = lookback,
            CalibrationMinimumGroupSize = groupSize,
            CalibrationMaximumTopShare = share,
            CalibrationDistributionMinimumGroupSize = distribution,
        };

    private static Gen<DevelopmentParameters> Development() =>
        from gap in Share()
        from onboarding in Gen.Choose(1, 3_650)
        from newManager in Gen.Choose(1, 3_650)
        from conversations in Gen.Choose(1, 3_650)
        from perReport in Gen.Choose(0, 100_000).Select(n => n / 1_000.0)
        from leave in Gen.Choose(1, 3_650)
        from window in Gen.Choose(1, 3_650)
        select new DevelopmentParameters
        {
            KeyResultAtRiskGap = gap,
            OnboardingWindowDays = onboarding,
            NewManagerWindowDays = newManager,
            ManagerConversationWindowDays = conversations,
            MinimumConversationsPerReport = perReport,
            ReintegrationMinimumLeaveDays = leave,
            ReintegrationWindowDays = window,
        };

    // Any double above 0 and at most 1, not only round ones: JSON must carry every bit.
    private static Gen<double> Share() =>
        Gen.OneOf(
            Gen.Choose(1, 1_000).Select(n => n / 1_000.0),
            from numerator in Gen.Choose(1, int.MaxValue)
            select (double)numerator / int.MaxValue);
}
