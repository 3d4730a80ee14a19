namespace PerfDomain.Policies.Parameters;

/// <summary>The parameters of the review-cadence pack. Every default is the one seen most in practice.</summary>
/// <remarks>
/// The check-in interval that applies to an employee is the configured one — the employee's own
/// override, else their unit's, else <see cref="CheckInIntervalDays"/> — unless a status asks for
/// more frequent check-ins: <see cref="ProbationCheckInIntervalDays"/> on probation,
/// <see cref="ImprovementPlanCheckInIntervalDays"/> during an improvement plan. The shortest wins.
/// <para>Equality is by value, the overrides as maps and the probation review days as a sequence, so that
/// parameters read back from their JSON equal those written.</para>
/// </remarks>
public sealed record CadenceParameters
{
    /// <summary>Gets the company's default check-in interval, in days (30).</summary>
    public int CheckInIntervalDays { get; init; } = 30;

    /// <summary>Gets the check-in interval during probation, in days (14).</summary>
    public int ProbationCheckInIntervalDays { get; init; } = 14;

    /// <summary>Gets the check-in interval during an improvement plan, in days (7).</summary>
    public int ImprovementPlanCheckInIntervalDays { get; init; } = 7;

    /// <summary>Gets check-in intervals set for units, by unit id (none by default).</summary>
    public IReadOnlyDictionary<string, int> OrgUnitCheckInIntervalDays { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets check-in intervals set for individual employees, by employee id (none by default).</summary>
    public IReadOnlyDictionary<string, int> EmployeeCheckInIntervalDays { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets how many days after its due date a check-in counts as overdue (7); the manager is told.</summary>
    public int OverdueGraceDays { get; init; } = 7;

    /// <summary>Gets how many days after becoming overdue a check-in is escalated to the skip-level manager (14).</summary>
    public int SkipLevelEscalationDays { get; init; } = 14;

    /// <summary>Gets how many days after becoming overdue a check-in is escalated to HR (30).</summary>
    public int HumanResourcesEscalationDays { get; init; } = 30;

    /// <summary>Gets the days after hire at which probation reviews fall (30, 60 and 90).</summary>
    public IReadOnlyList<int> ProbationReviewDays { get; init; } = [30, 60, 90];

    /// <summary>Gets how many days ahead a probation review is announced (7).</summary>
    public int ProbationReviewLeadDays { get; init; } = 7;

    /// <summary>Gets the tenure an employee needs at the start of a review window to be reviewed in it, in days (90).</summary>
    public int ReviewMinimumTenureDays { get; init; } = 90;

    /// <summary>Gets how many days after a cycle ends its unsubmitted reviews are still reported overdue (90).</summary>
    public int ReviewOverdueReportingDays { get; init; } = 90;

    /// <inheritdoc/>
    public bool Equals(CadenceParameters? other) =>
        other is not null
        && CheckInIntervalDays == other.CheckInIntervalDays
        && ProbationCheckInIntervalDays == other.ProbationCheckInIntervalDays
        && ImprovementPlanCheckInIntervalDays == other.ImprovementPlanCheckInIntervalDays
        && SameMap(OrgUnitCheckInIntervalDays, other.OrgUnitCheckInIntervalDays)
        && SameMap(EmployeeCheckInIntervalDays, other.EmployeeCheckInIntervalDays)
        && OverdueGraceDays == other.OverdueGraceDays
        && SkipLevelEscalationDays == other.SkipLevelEscalationDays
        && HumanResourcesEscalationDays == other.HumanResourcesEscalationDays
        && (ReferenceEquals(ProbationReviewDays, other.ProbationReviewDays)
            || (ProbationReviewDays is not null && other.ProbationReviewDays is not null && ProbationReviewDays.SequenceEqual(other.ProbationReviewDays)))
        && ProbationReviewLeadDays == other.ProbationReviewLeadDays
        && ReviewMinimumTenureDays == other.ReviewMinimumTenureDays
        && ReviewOverdueReportingDays == other.ReviewOverdueReportingDays;

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(CheckInIntervalDays, ProbationCheckInIntervalDays, ImprovementPlanCheckInIntervalDays, OverdueGraceDays, SkipLevelEscalationDays, HumanResourcesEscalationDays, ProbationReviewLeadDays, ReviewMinimumTenureDays);

    // Null only where validation would refuse it; equal when both are null.
    private static bool SameMap(IReadOnlyDictionary<string, int>? left, IReadOnlyDictionary<string, int>? right) =>
        ReferenceEquals(left, right)
        || (left is not null && right is not null && left.Count == right.Count
            && left.All(p => right.TryGetValue(p.Key, out var days) && days == p.Value));
}
