using System.Globalization;

namespace PerfDomain.Policies.Decisions;

/// <summary>
/// What a decision recommends, by name. Every kind is a recommendation; the host decides. The built-in packs use the
/// well-known kinds below; a custom pack defines its own with <see cref="Custom"/>.
/// </summary>
/// <remarks>
/// Immutable; equal when the names are equal (ordinal). The name is what the decision format writes
/// (<c>"kind": "checkInDue"</c>), so a custom kind is a camelCase word such as <c>"mentorAssigned"</c> or, to keep
/// packs apart, a dotted one such as <c>"acme.mentorAssigned"</c>. Kinds order the well-known ones first, in the
/// order of the lifecycle below, then custom ones by name.
/// </remarks>
public sealed class DecisionKind : IEquatable<DecisionKind>, IComparable<DecisionKind>
{
    /// <summary>The longest name a kind may have.</summary>
    public const int MaxNameLength = 100;

    private static readonly List<DecisionKind> Known = [];

    private readonly int _rank;

    private DecisionKind(string name, int rank)
    {
        Name = name;
        _rank = rank;
    }

    /// <summary>Gets a check-in with the employee is due on <see cref="Decision.DueOn"/>.</summary>
    public static DecisionKind CheckInDue { get; } = WellKnown("checkInDue");

    /// <summary>Gets a check-in is overdue; <see cref="Decision.EscalateTo"/> says whom to tell.</summary>
    public static DecisionKind CheckInOverdue { get; } = WellKnown("checkInOverdue");

    /// <summary>Gets a probation review (at 30, 60 or 90 days after hire) is due.</summary>
    public static DecisionKind ProbationReviewDue { get; } = WellKnown("probationReviewDue");

    /// <summary>Gets a self review for the cycle is due.</summary>
    public static DecisionKind SelfReviewDue { get; } = WellKnown("selfReviewDue");

    /// <summary>Gets a manager review for the cycle is due.</summary>
    public static DecisionKind ManagerReviewDue { get; } = WellKnown("managerReviewDue");

    /// <summary>Gets a review for the cycle is overdue: its window has closed.</summary>
    public static DecisionKind ReviewOverdue { get; } = WellKnown("reviewOverdue");

    /// <summary>Gets recognition is recommended for the top rating.</summary>
    public static DecisionKind RecognitionRecommended { get; } = WellKnown("recognitionRecommended");

    /// <summary>Gets the employee looks ready for promotion: top ratings in consecutive cycles and long enough in role.</summary>
    public static DecisionKind PromotionReadinessFlagged { get; } = WellKnown("promotionReadinessFlagged");

    /// <summary>Gets a development plan is recommended for a rating below "meets".</summary>
    public static DecisionKind DevelopmentPlanRecommended { get; } = WellKnown("developmentPlanRecommended");

    /// <summary>Gets an improvement plan is recommended after consecutive ratings below "meets".</summary>
    public static DecisionKind ImprovementPlanRecommended { get; } = WellKnown("improvementPlanRecommended");

    /// <summary>Gets the manager should document feedback before any corrective action ("no surprises").</summary>
    public static DecisionKind FeedbackDocumentationRequested { get; } = WellKnown("feedbackDocumentationRequested");

    /// <summary>Gets an improvement plan has reached its end date without an outcome.</summary>
    public static DecisionKind ImprovementPlanOutcomeDue { get; } = WellKnown("improvementPlanOutcomeDue");

    /// <summary>Gets a manager's ratings stray from the guideline distribution; advisory.</summary>
    public static DecisionKind CalibrationReviewRecommended { get; } = WellKnown("calibrationReviewRecommended");

    /// <summary>Gets a manager's ratings still stray from the distribution after calibration; HR reviews it.</summary>
    public static DecisionKind CalibrationDistributionReview { get; } = WellKnown("calibrationDistributionReview");

    /// <summary>Gets training is recommended for a competency rated below "meets".</summary>
    public static DecisionKind TrainingRecommended { get; } = WellKnown("trainingRecommended");

    /// <summary>Gets coaching is recommended for a key result at risk.</summary>
    public static DecisionKind CoachingRecommended { get; } = WellKnown("coachingRecommended");

    /// <summary>Gets an onboarding plan is recommended after a new role or promotion.</summary>
    public static DecisionKind OnboardingPlanRecommended { get; } = WellKnown("onboardingPlanRecommended");

    /// <summary>Gets manager training is recommended for a new manager.</summary>
    public static DecisionKind ManagerTrainingRecommended { get; } = WellKnown("managerTrainingRecommended");

    /// <summary>Gets coaching on feedback is recommended for a manager whose reports hear too little from them.</summary>
    public static DecisionKind ManagerCoachingRecommended { get; } = WellKnown("managerCoachingRecommended");

    /// <summary>Gets a reintegration check-in is recommended after a long leave.</summary>
    public static DecisionKind ReintegrationCheckInRecommended { get; } = WellKnown("reintegrationCheckInRecommended");

    /// <summary>Gets a merit increase is recommended: a guideline percentage from the merit matrix, prorated and capped at the range maximum (<see cref="Decision.Subject"/> states it).</summary>
    public static DecisionKind MeritIncreaseRecommended { get; } = WellKnown("meritIncreaseRecommended");

    /// <summary>Gets the employee is eligible for the cycle's bonus (prorated for time in the cycle and leave).</summary>
    public static DecisionKind BonusEligible { get; } = WellKnown("bonusEligible");

    /// <summary>Gets the employee is not eligible for the cycle's bonus; the explanation says why.</summary>
    public static DecisionKind BonusNotEligible { get; } = WellKnown("bonusNotEligible");

    /// <summary>Gets a retention conversation is recommended for a high performer with signals of flight risk, each named.</summary>
    public static DecisionKind RetentionConversationRecommended { get; } = WellKnown("retentionConversationRecommended");

    /// <summary>Gets the well-known kinds the built-in packs decide, in their order.</summary>
    public static IReadOnlyList<DecisionKind> WellKnownKinds { get; } = Known.AsReadOnly();

    /// <summary>Gets the kind's name, as the decision format writes it.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether this is one of the <see cref="WellKnownKinds"/>.</summary>
    public bool IsWellKnown => _rank < int.MaxValue;

    /// <summary>Gets the kind of that name: a well-known kind, or a custom one.</summary>
    /// <param name="name">A camelCase word (letters and digits, starting with a lower-case letter), optionally several joined by dots or hyphens; at most <see cref="MaxNameLength"/> characters.</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentException">The name is empty, too long, or not such a word.</exception>
    public static DecisionKind Custom(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Known.Find(k => k.Name == name) is { } known)
        {
            return known;
        }

        if (!IsValidName(name))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"'{name}' is not a decision kind name: expected a camelCase word such as 'mentorAssigned' or 'acme.mentorAssigned' (letters and digits, each part starting with a lower-case letter, parts joined by '.' or '-', at most {MaxNameLength} characters)."),
                nameof(name));
        }

        return new DecisionKind(name, int.MaxValue);
    }

    /// <summary>Tells whether two kinds are the same.</summary>
    /// <param name="left">A kind.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether their names are equal.</returns>
    public static bool operator ==(DecisionKind? left, DecisionKind? right) => Equals(left, right);

    /// <summary>Tells whether two kinds differ.</summary>
    /// <param name="left">A kind.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether their names differ.</returns>
    public static bool operator !=(DecisionKind? left, DecisionKind? right) => !Equals(left, right);

    /// <summary>Orders two kinds.</summary>
    /// <param name="left">A kind.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether <paramref name="left"/> comes first.</returns>
    public static bool operator <(DecisionKind left, DecisionKind right) => Compare(left, right) < 0;

    /// <summary>Orders two kinds.</summary>
    /// <param name="left">A kind.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether <paramref name="left"/> comes first or is the same.</returns>
    public static bool operator <=(DecisionKind left, DecisionKind right) => Compare(left, right) <= 0;

    /// <summary>Orders two kinds.</summary>
    /// <param name="left">A kind.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether <paramref name="left"/> comes after.</returns>
    public static bool operator >(DecisionKind left, DecisionKind right) => Compare(left, right) > 0;

    /// <summary>Orders two kinds.</summary>
    /// <param name="left">A kind.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether <paramref name="left"/> comes after or is the same.</returns>
    public static bool operator >=(DecisionKind left, DecisionKind right) => Compare(left, right) >= 0;

    /// <inheritdoc/>
    public bool Equals(DecisionKind? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DecisionKind);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Orders kinds: the well-known ones in their order, then custom ones by name (ordinal).</summary>
    /// <param name="other">Another kind.</param>
    /// <returns>The order.</returns>
    public int CompareTo(DecisionKind? other) => other is null ? 1 : Compare(this, other);

    /// <summary>Gets the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static int Compare(DecisionKind left, DecisionKind right)
    {
        var byRank = left._rank.CompareTo(right._rank);
        return byRank != 0 ? byRank : string.CompareOrdinal(left.Name, right.Name);
    }

    private static bool IsValidName(string name)
    {
        if (name.Length is 0 or > MaxNameLength)
        {
            return false;
        }

        var partStart = true;
        foreach (var c in name)
        {
            if (partStart)
            {
                if (c is < 'a' or > 'z')
                {
                    return false;
                }

                partStart = false;
            }
            else if (c is '.' or '-')
            {
                partStart = true;
            }
            else if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return !partStart;
    }

    private static DecisionKind WellKnown(string name)
    {
        var kind = new DecisionKind(name, Known.Count);
        Known.Add(kind);
        return kind;
    }
}
