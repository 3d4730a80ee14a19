using System.Globalization;
using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Policies.Packs;

/// <summary>
/// Base of every policy rule: a rule of the NRules-shaped DSL that belongs to a versioned pack and
/// makes explained <see cref="Decision"/>s.
/// </summary>
/// <remarks>
/// <para>
/// A policy rule matches facts (<see cref="EvaluationDate"/>, <see cref="EmployeeFact"/>, the pack's
/// parameter record…) and yields decisions made by <c>Decide</c>, never changing the domain. A
/// decision yielded this way is linked to its match: when the match goes away (an incremental
/// update, a new as-of date), so does the decision.
/// </para>
/// <para>
/// Conditions and actions are expression trees, which allow no tuple literals, optional or named
/// arguments: keep them short and call ordinary methods that take the matched facts.
/// </para>
/// </remarks>
public abstract class PolicyRule : Rule
{
    /// <summary>Gets the name of the pack the rule belongs to, such as <c>review-cadence</c>.</summary>
    public abstract string PackName { get; }

    /// <summary>Gets the version of that pack.</summary>
    public abstract string PackVersion { get; }

    /// <summary>Makes a decision from the current match, with its explanation.</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="kind">What is recommended.</param>
    /// <param name="employeeId">Whom it is about.</param>
    /// <param name="cycleId">The cycle, where relevant.</param>
    /// <param name="dueOn">When it is due, where relevant.</param>
    /// <param name="requiresApproval">Whether a human must approve it.</param>
    /// <param name="reason">One sentence for a manager.</param>
    /// <param name="parameters">The parameters the rule used, by name.</param>
    /// <returns>The decision.</returns>
    protected Decision Decide(
        IContext context,
        DecisionKind kind,
        EmployeeId employeeId,
        CycleId? cycleId,
        LocalDate? dueOn,
        bool requiresApproval,
        string reason,
        params DecisionParameter[] parameters) =>
        Decide(context, kind, employeeId, cycleId, dueOn, requiresApproval, reason, escalateTo: null, subject: null, parameters);

    /// <summary>Makes a decision from the current match, with its explanation, an escalation and a subject.</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="kind">What is recommended.</param>
    /// <param name="employeeId">Whom it is about.</param>
    /// <param name="cycleId">The cycle, where relevant.</param>
    /// <param name="dueOn">When it is due, where relevant.</param>
    /// <param name="requiresApproval">Whether a human must approve it.</param>
    /// <param name="reason">One sentence for a manager.</param>
    /// <param name="escalateTo">Whom to tell, for overdue items.</param>
    /// <param name="subject">What within the record it is about (a competency, a key result).</param>
    /// <param name="parameters">The parameters the rule used, by name.</param>
    /// <returns>The decision.</returns>
    protected Decision Decide(
        IContext context,
        DecisionKind kind,
        EmployeeId employeeId,
        CycleId? cycleId,
        LocalDate? dueOn,
        bool requiresApproval,
        string reason,
        EscalationLevel? escalateTo,
        string? subject,
        params DecisionParameter[] parameters)
    {
        var (asOf, facts, used) = Explain(context, parameters);
        return new Decision(kind, employeeId, cycleId, dueOn, requiresApproval, new Explanation(PackName, PackVersion, context.Rule.Name, asOf, facts, used, reason), escalateTo, subject);
    }

    /// <summary>
    /// Makes a decision from the current match whose reason has phrases about the as-of date (<see cref="DaysSince"/>,
    /// <see cref="PercentElapsed"/>), written when the reason is read: the decision stays the same from one day to the
    /// next, and a partition moved to another day need not fire the rule again to say "4 days" instead of "3 days".
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="kind">What is recommended.</param>
    /// <param name="employeeId">Whom it is about.</param>
    /// <param name="cycleId">The cycle, where relevant.</param>
    /// <param name="dueOn">When it is due, where relevant.</param>
    /// <param name="requiresApproval">Whether a human must approve it.</param>
    /// <param name="reason">One sentence for a manager, made by <see cref="Reason"/>.</param>
    /// <param name="escalateTo">Whom to tell, for overdue items.</param>
    /// <param name="subject">What within the record it is about (a competency, a key result).</param>
    /// <param name="parameters">The parameters the rule used, by name.</param>
    /// <returns>The decision.</returns>
    protected Decision Decide(
        IContext context,
        DecisionKind kind,
        EmployeeId employeeId,
        CycleId? cycleId,
        LocalDate? dueOn,
        bool requiresApproval,
        ReasonTemplate reason,
        EscalationLevel? escalateTo,
        string? subject,
        params DecisionParameter[] parameters)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var (asOf, facts, used) = Explain(context, parameters);
        return new Decision(kind, employeeId, cycleId, dueOn, requiresApproval, new Explanation(PackName, PackVersion, context.Rule.Name, asOf, facts, used, reason), escalateTo, subject);
    }

    /// <summary>Makes a reason whose <see cref="AsOfPhrase"/>s are written as of the explanation's date when it is read.</summary>
    /// <param name="text">The sentence, such as <c>$"overdue by {DaysSince(due)}"</c>.</param>
    /// <returns>The reason, for <c>Decide</c>.</returns>
    protected static ReasonTemplate Reason(FormattableString text) => new(text);

    /// <summary>The days from a date to the as-of date, written when the reason is read (<c>1 day</c>, <c>3 days</c>).</summary>
    /// <param name="date">The date counted from.</param>
    /// <returns>The phrase, for <see cref="Reason"/>.</returns>
    protected static AsOfPhrase DaysSince(LocalDate date) => new DaysSincePhrase(date);

    /// <summary>How much of a period has elapsed by the as-of date, as a whole percentage written when the reason is read (<c>64%</c>).</summary>
    /// <param name="period">The period, such as a cycle.</param>
    /// <returns>The phrase, for <see cref="Reason"/>.</returns>
    protected static AsOfPhrase PercentElapsed(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new PercentElapsedPhrase(period);
    }

    // The as-of date, the matched facts and the parameters of an explanation; described only when first read.
    private static (LocalDate AsOf, DeferredFactReferences Facts, DeferredParameterValues Parameters) Explain(IContext context, DecisionParameter[] parameters)
    {
        ArgumentNullException.ThrowIfNull(context);
        var facts = new List<IExplainableFact>();
        LocalDate? asOf = null;
        foreach (var match in context.Match.Facts)
        {
            switch (match.Value)
            {
                case EvaluationDate date:
                    asOf = date.Day;
                    break;
                case IExplainableFact fact:
                    facts.Add(fact);
                    break;
                case IEnumerable<IExplainableFact> group:
                    facts.AddRange(group);
                    break;
            }
        }

        return (
            asOf ?? throw new InvalidOperationException($"Rule '{context.Rule.Name}' must match the {nameof(EvaluationDate)} fact to make decisions."),
            new DeferredFactReferences([.. facts]),
            new DeferredParameterValues(parameters));
    }

    /// <summary>Names a parameter a decision used, for its explanation.</summary>
    /// <param name="name">The parameter's name, as in the JSON parameter file.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The parameter.</returns>
    protected static DecisionParameter Used(string name, object? value) => new(name, value);

    /// <summary>Formats a number of days for a reason sentence (<c>1 day</c>, <c>3 days</c>).</summary>
    /// <param name="days">The number of days.</param>
    /// <returns>The phrase.</returns>
    protected static string Days(int days) => ReasonPhrases.Days(days);

    /// <summary>Formats a count of something for a reason sentence, the noun agreeing (<c>1 direct report</c>, <c>2 direct reports</c>).</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">The singular noun; the plural adds an s.</param>
    /// <returns>The phrase.</returns>
    protected static string Plural(int count, string noun) => Plural(count, noun, noun + "s");

    /// <summary>Formats a count of something for a reason sentence, with an irregular plural (<c>1 check-in or feedback note</c>, <c>2 check-ins or feedback notes</c>).</summary>
    /// <param name="count">The count.</param>
    /// <param name="singular">The words for one.</param>
    /// <param name="plural">The words for any other count.</param>
    /// <returns>The phrase.</returns>
    protected static string Plural(int count, string singular, string plural) => string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>Formats a fraction as a whole percentage for a reason sentence (<c>49%</c>).</summary>
    /// <param name="fraction">A fraction, such as 0.49.</param>
    /// <returns>The percentage.</returns>
    protected static string Percent(double fraction) => ReasonPhrases.Percent(fraction);

    /// <summary>Formats a date for a reason sentence (<c>2026-11-16</c>).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO form.</returns>
    protected static string Day(LocalDate date) => FactFormat.IsoDate(date);
}
