using System.Text.Json;
using System.Text.RegularExpressions;
using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Cli.Output;

/// <summary>
/// Why a rule did not fire, in HR words: which condition failed and for which of the employee's facts,
/// with the values in the snapshot's spelling; the engine's own report (condition expressions) is for
/// <c>--verbose</c>.
/// </summary>
internal static partial class WhyNot
{
    // Plain descriptions of the built-in rules' conditions, found by a fragment of the condition's text.
    // The first fragment found in a condition names it; more specific fragments come first.
    private static readonly (string Fragment, string Words)[] Conditions =
    [
        ("employee.ChecksIn", "is working (on probation or active) and has a manager"),
        ("CycleSequence == (latest.CycleSequence - 1)", "is the rating of the cycle just before the latest"),
        ("RoleSince.PlusMonths(", "has been in the role for at least the months promotion needs"),
        ("Not(HasRecentFeedback(", "has no documented downward feedback within the lookback window"),
        ("HasRecentFeedback(", "has documented downward feedback within the lookback window"),
        ("Develops(", "is a development plan that already covers the competency"),
        ("HasElapsedMoreThan(", "is past the midpoint of its cycle"),
        ("IsAtRisk(", "trails the elapsed time by at least the at-risk gap"),
        ("CreatedOn >= employee.RoleChangedOn", "is a development plan started since the role change"),
        (".Kind, Int32) == 0)", "is a recognition (not a bonus or a promotion nomination)"),
        (".Kind, Int32) == 2)", "is a promotion nomination"),
        ("Convert(employee.Status, Int32) == 0", "is on probation"),
        ("NextReview(", "has a probation review coming up"),
        ("IsWorking", "is working (on probation or active)"),
        ("IsOnLeave", "is not on leave"),
        ("today.IsOnOrBefore(cadence.DueOn", "has a next check-in not yet overdue beyond the grace period"),
        ("today.IsAfter(cadence.DueOn", "has a check-in overdue beyond the grace period"),
        ("today.IsAfter(cycle.ReviewWindow.End)", "has a review window that has closed"),
        ("cycle.ReviewWindow", "has its review window open"),
        ("cycle.End.PlusDays", "ended recently enough for overdue reviews to be reported"),
        ("Not(progress.SelfReviewSubmitted)", "still has the self review to submit"),
        ("Not(progress.ManagerReviewSubmitted)", "still has the manager review to submit"),
        ("IsLatest", "is the most recent calibrated rating"),
        ("Not(rating.MeetsOrAbove)", "is below meets expectations"),
        ("Not(latest.MeetsOrAbove)", "is below meets expectations"),
        ("Not(previous.MeetsOrAbove)", "is below meets expectations"),
        ("MeetsOrAbove", "is at or above meets expectations"),
        ("IsTopTwo", "is at one of the top two points of the scale"),
        ("IsTop", "is at the top point of the scale"),
        ("EarnsRecognition(", "is the rating that earns recognition (the top point, or the label the parameters name)"),
        ("RoleChangedOn != null", "has changed role or been promoted"),
        ("RoleChangedOn.Value.PlusDays", "changed role within the onboarding window"),
        ("LastLeaveEndedOn != null", "has come back from a leave"),
        ("LastLeaveDays >", "was on leave for longer than the reintegration minimum"),
        ("LastLeaveEndedOn.Value.PlusDays", "came back within the reintegration window"),
        ("LastCheckInOn == null) OrElse", "has had no check-in since coming back"),
        ("manager.DirectReports > 0", "has direct reports"),
        ("today.IsOnOrAfter(manager.FirstReportOn", "has managed for at least the conversation window"),
        ("ConversationsLast60Days", "had fewer check-ins and feedback notes than the minimum per report"),
        ("NewManagerWindowDays", "became a manager within the new-manager window"),
        ("today.IsOnOrAfter(plan.EndsOn)", "has reached its end date"),
        ("Strays(", "forms a group of ratings that strays from the guideline distribution while some are uncalibrated"),
        ("AllCalibratedAtTheTop(", "forms a large enough group of ratings all calibrated to the top point"),
        ("Not(HasRecentFeedback(", "has no documented feedback in the window before corrective action"),
        ("HasRecentFeedback(", "has documented feedback in the window before corrective action"),
        ("PromotionMinimumMonthsInRole", "has been in role for at least the minimum months before promotion"),
        ("CreatedOn >= employee.RoleChangedOn", "was created since the role change"),
        (".Develops(", "develops the competency that was rated"),
        ("IsAtRisk(", "is at risk: behind the progress expected by now by more than the allowed gap"),
        ("ChecksIn", "is working and has a manager to check in with"),
        ("CycleSequence - 1", "is the rating of the cycle just before"),
        ("Kind, Int32) == 0", "is a recognition"),
        ("Kind, Int32) == 1", "is a bonus eligibility already granted"),
        ("Kind, Int32) == 2", "is a promotion nomination"),
        ("InRewardsWindow(", "ended recently enough for its rewards to be decided (within the rewards window)"),
        ("Proration > 0", "covers some days worked in the cycle (not all of them on leave)"),
        ("BonusMinimumDaysInCycle", "covers at least the minimum days employed in the cycle for a bonus"),
        ("PaySince <= rating.CalibratedOn", "is the pay the rating was calibrated on (no pay change since, such as an increase already given)"),
        ("EarnsMerit(", "earns a merit increase: after proration and the cap at the range maximum, the merit matrix leaves more than 0% to pay (as an increase or a lump sum)"),
        ("IneligibleBecause(", "falls short of bonus eligibility: a rating below meets expectations or too few days employed in the cycle"),
        ("IsHighPerformer", "is a high performer: a calibrated rating at one of the top two points or a high calibrated potential"),
        ("RetentionSignals(", "shows a retention signal: no recent recognition, no recent role change, a compa-ratio below the threshold or a new manager"),
    ];

    /// <summary>Splits a closest-fact line of the engine into the fact (values respelled) and the conditions it fails.</summary>
    /// <param name="closest">For example <c>Employee e-018 (status=Active) (0/2) fails employee =&gt; …</c>.</param>
    /// <returns>The fact, and the failed condition text (empty when none is named).</returns>
    public static (string Fact, string Failed) Parse(string closest)
    {
        var match = ClosestPattern().Match(closest);
        return match.Success
            ? (Respell(match.Groups["fact"].Value), match.Groups["failed"].Value)
            : (Respell(closest), string.Empty);
    }

    /// <summary>Gets the why-not sentence: the condition that failed, in words, and on which fact.</summary>
    /// <param name="diagnosis">The engine's diagnosis.</param>
    /// <param name="closest">The closest facts, parsed.</param>
    /// <returns>The sentence, with no condition expression.</returns>
    public static string Words(RuleDiagnosis diagnosis, IReadOnlyList<(string Fact, string Failed)> closest)
    {
        if (!diagnosis.Reason.StartsWith("Alternative", StringComparison.Ordinal))
        {
            return diagnosis.Reason;
        }

        var type = TypePattern().Match(diagnosis.Reason) is { Success: true } m ? Noun(m.Groups["type"].Value) : "fact";
        if (diagnosis.Reason.Contains("blocked by", StringComparison.Ordinal))
        {
            return $"something that rules it out exists: the {type} listed.";
        }

        if (closest.Count == 0 || closest[0].Failed.Length == 0)
        {
            // A query (or a fact with no condition of its own named): describe the element's conditions.
            var element = ConditionsOf(ElementPattern().Match(diagnosis.Reason) is { Success: true } e ? e.Groups["element"].Value : string.Empty);
            var what = element.Count == 0 ? string.Empty : $" that {string.Join(" and ", element)}";
            return closest.Count == 0
                ? $"this employee has no {type}{what}."
                : $"no {type}{what}; the closest are listed.";
        }

        var words = closest[0].Failed.Split("; ").SelectMany(f => ConditionsOf(f)).Distinct().ToList();
        var which = FactHead(closest[0].Fact);
        return words.Count == 0
            ? $"{which} does not meet a condition on the {type}; its values are listed (--verbose shows the condition)."
            : $"{which} does not meet the condition that it {string.Join(" and ", words)}; its values are listed.";
    }

    /// <summary>Respells a value as the snapshot writes it: an enum name in camelCase (<c>Active</c> → <c>active</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value as the snapshot spells it.</returns>
    public static string Spelling(string value) =>
        EnumPattern().IsMatch(value) ? JsonNamingPolicy.CamelCase.ConvertName(value) : value;

    /// <summary>Gets a condition of a rule in words, without its expression.</summary>
    /// <param name="condition">The condition as the engine prints it, such as <c>r =&gt; r.IsLatest</c>.</param>
    /// <returns>What the condition asks of the fact, to follow "it", or <see langword="null"/> when there are no words for it.</returns>
    public static string? Describe(string condition)
    {
        foreach (var (fragment, words) in Conditions)
        {
            if (condition.Contains(fragment, StringComparison.Ordinal))
            {
                return words;
            }
        }

        // A join: a member of the fact equals one of a fact matched before it (the same employee, the same cycle…).
        if (JoinPattern().Match(condition) is { Success: true } join)
        {
            var own = join.Groups["own"].Value;
            var left = join.Groups["left"].Value;
            var (other, member, ownMember) = left == own
                ? (join.Groups["right"].Value, Last(join.Groups["rightMember"].Value), Last(join.Groups["leftMember"].Value))
                : (left, Last(join.Groups["leftMember"].Value), Last(join.Groups["rightMember"].Value));
            member = member == "Id" ? ownMember : member;
            member = member.Length > 2 && member.EndsWith("Id", StringComparison.Ordinal) ? member[..^2] : member;
            return $"goes with the {Noun(other)} (the same {Noun(member)})";
        }

        return null;
    }

    private static string Last(string path) => path[(path.LastIndexOf('.') + 1)..];

    private static List<string> ConditionsOf(string text) => Describe(text) is { } words ? [words] : [];

    private static string Respell(string fact) => PairPattern().Replace(fact, m => m.Groups["key"].Value + "=" + Spelling(m.Groups["value"].Value));

    private static string FactHead(string fact) => fact.IndexOf(" (", StringComparison.Ordinal) is var i and > 0 ? fact[..i] : fact;

    private static string Noun(string type)
    {
        var name = type.EndsWith("Fact", StringComparison.Ordinal) ? type[..^4] : type;
        return string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    [GeneratedRegex(@"^\((?<own>[\w$]+), [\w$, ]+\) => \((?<left>[\w$]+)\.(?<leftMember>[\w.]+) == (?:Convert\()?(?<right>[\w$]+)\.(?<rightMember>[\w.]+)(?:, [\w`]+\))?\)$")]
    private static partial Regex JoinPattern();

    [GeneratedRegex(@"^(?<fact>.*) \(\d+/\d+\)(?: fails (?<failed>.*))?$")]
    private static partial Regex ClosestPattern();

    [GeneratedRegex(@"element \d+ '(?<element>.*)' has no match")]
    private static partial Regex ElementPattern();

    [GeneratedRegex(@"'(?:Query\(\w+, )?(?:Match|Exists|Not)<(?<type>\w+)>")]
    private static partial Regex TypePattern();

    [GeneratedRegex(@"(?<key>\w+)=(?<value>[A-Z][a-z]+(?:[A-Z][a-z]+)*)(?=[,)]|$)")]
    private static partial Regex PairPattern();

    [GeneratedRegex(@"^[A-Z][a-z]+(?:[A-Z][a-z]+)*$")]
    private static partial Regex EnumPattern();
}
