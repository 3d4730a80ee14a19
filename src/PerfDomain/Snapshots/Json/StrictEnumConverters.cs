using System.Text.Json.Serialization;
using PerfDomain.Consequences;
using PerfDomain.Cycles;
using PerfDomain.Development;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Goals;
using PerfDomain.Reviews;

namespace PerfDomain.Snapshots.Json;

/// <summary>The strict converter of every enum the snapshot format holds (a test finds each enum of the documents here).</summary>
internal static class StrictEnumConverters
{
    public static IReadOnlyList<JsonConverter> All { get; } =
    [
        new StrictEnumConverter<EmploymentStatus>(),
        new StrictEnumConverter<LifecycleStage>(),
        new StrictEnumConverter<GoalLevel>(),
        new StrictEnumConverter<FeedbackDirection>(),
        new StrictEnumConverter<ReviewerRole>(),
        new StrictEnumConverter<DevelopmentActionKind>(),
        new StrictEnumConverter<DevelopmentActionStatus>(),
        new StrictEnumConverter<DevelopmentPlanStatus>(),
        new StrictEnumConverter<RecognitionKind>(),
        new StrictEnumConverter<ImprovementPlanOutcome>(),
        new StrictEnumConverter<PerfDomain.Compensation.PayPeriod>(),
        new StrictEnumConverter<PerfDomain.TalentReview.PotentialLevel>(),
    ];
}
