using System.Collections;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Policies.Evaluation;

/// <summary>
/// Watches one session for rules that throw, on either runtime, through the events both raise before they throw
/// (<c>LhsExpressionFailedEvent</c>, <c>RhsExpressionFailedEvent</c>, <c>AgendaExpressionFailedEvent</c>): those name
/// the rule and the facts of the failing match, which the exceptions thrown afterwards do not. Either records the
/// first failure, to be thrown as a <see cref="PolicyEvaluationException"/> in place of the runtime's exception, or —
/// carrying on — marks every failure handled (the runtimes then treat a failing condition as not holding, and skip a
/// failing action) and collects it.
/// </summary>
internal sealed class RuleFaultWatch
{
    private readonly IReadOnlyDictionary<string, PolicyPack> _packOfRule;
    private readonly bool _carryOn;
    private List<RuleFailure> _failures = [];
    private RuleFailure? _first;

    public RuleFaultWatch(ISession session, IReadOnlyDictionary<string, PolicyPack> packOfRule, bool carryOn, CancellationToken cancellationToken)
    {
        _packOfRule = packOfRule;
        _carryOn = carryOn;
        CancellationToken = cancellationToken;
        session.Events.LhsExpressionFailedEvent += OnCondition;
        session.Events.RhsExpressionFailedEvent += OnAction;
        session.Events.AgendaExpressionFailedEvent += OnFilter;
    }

    /// <summary>Gets or sets the token of the call using the session: a rule that throws because it was cancelled is no failure.</summary>
    public CancellationToken CancellationToken { get; set; }

    /// <summary>Starts watching the next use of a session that was reset: no failure yet.</summary>
    /// <param name="cancellationToken">The token of the call using the session.</param>
    public void Restart(CancellationToken cancellationToken)
    {
        // A new list: the last use's failures were handed out as they are.
        _failures = [];
        _first = null;
        CancellationToken = cancellationToken;
    }

    /// <summary>Gets the failures collected while carrying on, in the order met.</summary>
    public IReadOnlyList<RuleFailure> Failures => _failures;

    /// <summary>Merges the failures of several sessions over one batch: each once, in a deterministic order.</summary>
    /// <remarks>
    /// A condition over an organisation-wide fact fails in every slice of a sliced batch, and a runtime may evaluate a
    /// condition more than once for one match; the same rule failing the same way for the same employees counts once.
    /// </remarks>
    public static IReadOnlyList<RuleFailure> Merge(IEnumerable<RuleFailure> failures) =>
        failures
            .DistinctBy(f => (f.RuleName, f.Stage, string.Join('\n', f.EmployeeIds.Select(e => e.Value)), f.Exception.GetType(), f.Exception.Message))
            .OrderBy(f => f.RuleName, StringComparer.Ordinal)
            .ThenBy(f => f.EmployeeIds.Count == 0 ? string.Empty : f.EmployeeIds[0].Value, StringComparer.Ordinal)
            .ThenBy(f => string.Join('\n', f.EmployeeIds.Select(e => e.Value)), StringComparer.Ordinal)
            .ThenBy(f => f.Stage)
            .ThenBy(f => f.Exception.Message, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();

    /// <summary>
    /// Gets what to throw in place of an exception that came out of the watched session: a
    /// <see cref="PolicyEvaluationException"/> for a rule that threw, an <see cref="OperationCanceledException"/> for a
    /// rule that stopped because the evaluation was cancelled, or <see langword="null"/> to let it through as it is.
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The exception to throw instead, if any.</returns>
    public Exception? Translate(Exception exception)
    {
        if (exception is PolicyEvaluationException or OperationCanceledException)
        {
            return null;
        }

        if (_first is { } failure)
        {
            return PolicyEvaluationException.From(failure);
        }

        // A rule that observed the evaluation's token (IContext.CancellationToken) and threw: the evaluation was cancelled.
        return CancellationToken.IsCancellationRequested && exception.InnerException is OperationCanceledException cancelled
            ? new OperationCanceledException(cancelled.Message, cancelled, CancellationToken)
            : null;
    }

    private void OnCondition(object? sender, LhsExpressionErrorEventArgs e) =>
        e.IsHandled = Record(e.Rules, e.Facts.Select(f => f.Value), RuleFailureStage.Condition, e.Exception);

    private void OnAction(object? sender, RhsExpressionErrorEventArgs e) =>
        e.IsHandled = Record([e.Match.Rule], e.Match.Facts.Select(f => f.Value), RuleFailureStage.Action, e.Exception);

    private void OnFilter(object? sender, AgendaExpressionErrorEventArgs e) =>
        e.IsHandled = Record([e.Match.Rule], e.Match.Facts.Select(f => f.Value), RuleFailureStage.Filter, e.Exception);

    // Whether the failure is handled: only when carrying on, and never when the rule stopped for a cancelled evaluation.
    private bool Record(IEnumerable<IRuleDefinition> rules, IEnumerable<object?> facts, RuleFailureStage stage, Exception? exception)
    {
        if (exception is null || (exception is OperationCanceledException && CancellationToken.IsCancellationRequested))
        {
            return false;
        }

        // Rules with the same condition may share its node: name the first of them the engine knows.
        var rule = rules.FirstOrDefault(r => _packOfRule.ContainsKey(r.Name)) ?? rules.FirstOrDefault();
        var name = rule?.Name ?? "(unknown)";
        var pack = _packOfRule.GetValueOrDefault(name);
        var failure = new RuleFailure(name, pack?.Name ?? "(unknown)", pack?.Version ?? "(unknown)", EmployeesIn(facts), stage, exception);
        if (_carryOn)
        {
            _failures.Add(failure);
            return true;
        }

        _first ??= failure;
        return false;
    }

    private static List<EmployeeId> EmployeesIn(IEnumerable<object?> facts)
    {
        var ids = new SortedSet<EmployeeId>(Comparer<EmployeeId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value)));
        foreach (var fact in facts)
        {
            if (fact is IEnumerable group and not string)
            {
                // An aggregate's collection: the employees of its elements.
                foreach (var element in group)
                {
                    Add(element);
                }
            }
            else
            {
                Add(fact);
            }
        }

        return [.. ids];

        void Add(object? fact)
        {
            var owner = fact switch
            {
                null => null,
                Decision decision => decision.EmployeeId,
                Cadence.CheckInCadence cadence => cadence.EmployeeId,
                _ => FactProjection.OwnerOf(fact),
            };
            if (owner is { } id)
            {
                ids.Add(id);
            }
        }
    }
}
