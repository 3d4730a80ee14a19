using System.Globalization;
using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Rewards;

/// <summary>
/// A retention conversation for a high performer — latest calibrated rating in the top two points, or latest
/// calibrated potential high — with any of four signals, each named: no recognition in 12 months, no role change in
/// 3 years, a compa-ratio below 0.90 (only for employees with pay on record), a new manager in the last 90 days.
/// </summary>
[Name(RuleName)]
[Description("A retention conversation for a high performer (top-two calibrated rating or high potential) with a signal: no recent recognition, no role change, low compa-ratio, or a new manager.")]
[Tag(RewardsRule.Pack)]
[Tag("retention")]
public sealed class RetentionConversationRule : RewardsRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "rewards.retention-conversation";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        RewardParameters parameters = null!;
        EmployeeFact employee = null!;
        TalentFact talent = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => employee, e => e.IsWorking)
            .Match(() => talent, t => t.EmployeeId == employee.Id, t => t.IsHighPerformer, t => RetentionSignals(employee, t, parameters, today).Count > 0);

        Then()
            .Yield(ctx => Make(ctx, employee, talent, parameters, today));
    }

    /// <summary>Why the employee counts as a high performer.</summary>
    internal static string HighPerformer(TalentFact talent)
    {
        var why = new List<string>(2);
        if (talent.IsTopTwo)
        {
            why.Add($"calibrated rating '{talent.RatingLabel}' ({talent.Rating} of {talent.TopRating}) in {talent.RatingCycleId}");
        }

        if (talent.IsHighPotential)
        {
            why.Add($"calibrated high potential in {talent.PotentialCycleId}");
        }

        return string.Join(" and ", why);
    }

    /// <summary>The retention signals present, each named, in a fixed order.</summary>
    internal static IReadOnlyList<string> RetentionSignals(EmployeeFact employee, TalentFact talent, RewardParameters parameters, EvaluationDate today)
    {
        var signals = new List<string>(4);
        var months = parameters.RetentionRecognitionMonths;
        if (!(talent.LastRecognisedOn is { } recognised && today.IsBefore(FirstDayMonthsAfter(recognised, months))) && today.IsOnOrAfter(FirstDayMonthsAfter(employee.HireDate, months)))
        {
            signals.Add(string.Create(CultureInfo.InvariantCulture, $"no recognition in {parameters.RetentionRecognitionMonths} months"));
        }

        if (today.IsOnOrAfter(employee.RoleSince.PlusMonths(parameters.RetentionRoleChangeMonths)))
        {
            signals.Add(string.Create(CultureInfo.InvariantCulture, $"no role change in {parameters.RetentionRoleChangeMonths} months (in role since {Day(employee.RoleSince)})"));
        }

        if (talent.CompaRatio is { } ratio && ratio < (decimal)parameters.RetentionCompaRatioBelow)
        {
            signals.Add(string.Create(CultureInfo.InvariantCulture, $"compa-ratio {ratio:0.00} below {parameters.RetentionCompaRatioBelow:0.00}"));
        }

        if (employee.ManagerChangedOn is { } changed && today.IsBefore(changed.PlusDays(parameters.RetentionNewManagerDays)))
        {
            signals.Add($"a new manager since {Day(changed)}");
        }

        return signals;
    }

    // The first day whose date N months back is on or after the given date: "date <= today minus N months" holds from
    // that day on. Months are uneven (30 and 31 March both minus a month are 28 February), so the day is looked for
    // around the date plus N months rather than assumed to be it.
    internal static LocalDate FirstDayMonthsAfter(LocalDate date, int months)
    {
        var day = date.PlusMonths(months);
        while (day.PlusMonths(-months) < date)
        {
            day = day.PlusDays(1);
        }

        while (day.PlusDays(-1).PlusMonths(-months) >= date)
        {
            day = day.PlusDays(-1);
        }

        return day;
    }

    private Decision Make(IContext context, EmployeeFact employee, TalentFact talent, RewardParameters parameters, EvaluationDate today)
    {
        var signals = RetentionSignals(employee, talent, parameters, today);
        return Decide(
            context,
            DecisionKind.RetentionConversationRecommended,
            employee.Id,
            null,
            null,
            true,
            $"Hold a retention conversation with this high performer ({HighPerformer(talent)}): {string.Join("; ", signals)}.",
            null,
            string.Join(", ", signals.Select(Short)),
            Used("retentionRecognitionMonths", parameters.RetentionRecognitionMonths),
            Used("retentionRoleChangeMonths", parameters.RetentionRoleChangeMonths),
            Used("retentionCompaRatioBelow", parameters.RetentionCompaRatioBelow),
            Used("retentionNewManagerDays", parameters.RetentionNewManagerDays));
    }

    private static string Short(string signal) => signal switch
    {
        _ when signal.StartsWith("no recognition", StringComparison.Ordinal) => "no recent recognition",
        _ when signal.StartsWith("no role change", StringComparison.Ordinal) => "no role change",
        _ when signal.StartsWith("compa-ratio", StringComparison.Ordinal) => "low compa-ratio",
        _ => "new manager",
    };
}
