using System.Collections.Concurrent;
using Ardalis.GuardClauses;
using NodaTime;
using NRules;
using NRules.RuleModel;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Runtime;
using PerfDomain.Rules;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Evaluation;

/// <summary>
/// A compiled set of policy packs: build it once with <see cref="PolicyEngineBuilder"/>, then
/// evaluate any number of snapshots, as of any date, with any tenant's parameters.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: evaluations run in sessions of their own, so any number of threads may evaluate, explain
/// and create partitions at once, each getting what it would get alone. Every evaluation takes a
/// <see cref="CancellationToken"/>, checked between rule firings and between the slices of a batch; a rule that throws
/// stops the evaluation with a <see cref="PolicyEvaluationException"/> naming it (or, with
/// <see cref="PolicyEngineBuilder.ContinueAfterRuleFailures"/>, a batch carries on and reports it in
/// <see cref="EvaluationOutcome.Failures"/>).
/// </remarks>
public sealed class PolicyEngine
{
    private readonly PolicyRuntime _runtime;
    private readonly Dictionary<string, PolicyPack> _packOfRule;
    private readonly bool _continueAfterRuleFailures;

    // How many employees one session of a batch holds when the packs allow cutting it (null: they do not), and on how
    // many threads the slices run.
    private readonly int? _sliceSize;
    private readonly int _parallelism;

    internal PolicyEngine(PolicyRuntime runtime, IReadOnlyList<PolicyPack> packs, PolicyParameters parameters, int sliceSize, int parallelism, bool continueAfterRuleFailures = false)
    {
        _runtime = runtime;
        Packs = packs;
        Parameters = parameters;
        _sliceSize = packs.Any(p => p.JoinsAcrossEmployees) ? null : sliceSize;
        _parallelism = parallelism;
        _continueAfterRuleFailures = continueAfterRuleFailures;
        _packOfRule = new Dictionary<string, PolicyPack>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            foreach (var rule in pack.Rules)
            {
                _packOfRule.TryAdd(rule.Name, pack);
            }
        }
    }

    /// <summary>Gets the packs, in the order added.</summary>
    public IReadOnlyList<PolicyPack> Packs { get; }

    /// <summary>Gets the parameters used when an evaluation gives none.</summary>
    public PolicyParameters Parameters { get; }

    /// <summary>Gets the compiled rules (disabled rules left out).</summary>
    public IReadOnlyList<IRuleDefinition> Rules => _runtime.Rules;

    /// <summary>Gets the runtime that executes the rules.</summary>
    public RuleRuntime Runtime => _runtime.Kind;

    /// <summary>Starts building an engine.</summary>
    /// <returns>A builder with no packs.</returns>
    public static PolicyEngineBuilder CreateBuilder() => new();

    /// <summary>Evaluates a snapshot as of a date.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="asOf">The as-of date: nothing dated later is seen.</param>
    /// <param name="parameters">The parameters, or <see langword="null"/> for the engine's.</param>
    /// <param name="cancellationToken">Stops the evaluation between two rule firings (and between slices of a large batch).</param>
    /// <returns>The decisions, in the documented order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The as-of date is outside <see cref="OrganizationSnapshot.SupportedDates"/> (1900-01-01 to 2200-12-31).</exception>
    /// <exception cref="InvalidParametersException">A parameter does not fit the snapshot (a rating label not on a cycle's scale).</exception>
    /// <exception cref="PolicyEvaluationException">A rule's condition or action threw (unless the engine continues after rule failures).</exception>
    /// <exception cref="FiringLimitExceededException">A runaway chain of rules reached the firing limit.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public EvaluationOutcome Evaluate(OrganizationSnapshot snapshot, LocalDate asOf, PolicyParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(snapshot);
        RequireSupported(asOf);
        cancellationToken.ThrowIfCancellationRequested();
        var facts = FactProjection.Project(snapshot, asOf, Effective(snapshot, parameters));
        var (decisions, fired, failures) = _sliceSize is { } size && snapshot.Employees.Count > size
            ? RunInSlices(EmployeeSlices.Cut(facts, snapshot, size), cancellationToken)
            : Decide(facts, cancellationToken);
        decisions.Sort(DecisionOrder.Instance);
        return new EvaluationOutcome(asOf, decisions.AsReadOnly(), fired, RuleFaultWatch.Merge(failures));
    }

    /// <summary>
    /// Explains what policy says about one employee: their decisions with explanations, and for
    /// every other rule, which of its conditions found no match and the facts closest to matching.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="employeeId">The employee.</param>
    /// <param name="parameters">The parameters, or <see langword="null"/> for the engine's.</param>
    /// <param name="cancellationToken">Stops the explanation between two rule firings or two rules' diagnoses.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The as-of date is outside <see cref="OrganizationSnapshot.SupportedDates"/> (1900-01-01 to 2200-12-31).</exception>
    /// <exception cref="KeyNotFoundException">The snapshot has no such employee.</exception>
    /// <exception cref="InvalidParametersException">A parameter does not fit the snapshot.</exception>
    /// <exception cref="PolicyEvaluationException">A rule's condition or action threw (whether or not the engine continues after rule failures).</exception>
    /// <exception cref="FiringLimitExceededException">A runaway chain of rules reached the firing limit.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// The diagnosis runs in a session holding only the facts about this employee (and the
    /// organisation-wide ones), so "closest facts" are theirs, not their colleagues'.
    /// </remarks>
    public EmployeeExplanation Explain(OrganizationSnapshot snapshot, LocalDate asOf, EmployeeId employeeId, PolicyParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(snapshot);
        RequireSupported(asOf);
        _ = snapshot.Employee(employeeId);
        cancellationToken.ThrowIfCancellationRequested();
        var facts = FactProjection.Project(snapshot, asOf, Effective(snapshot, parameters));
        var decisions = Run(facts, carryOn: false, cancellationToken).Session.Query<Decision>().Where(d => d.EmployeeId == employeeId).Order(DecisionOrder.Instance).ToList();
        var (session, _, _) = Run(facts.Where(f => FactProjection.Concerns(f, employeeId)), carryOn: false, cancellationToken);
        var decided = decisions.Select(d => d.Explanation.Rule).ToHashSet(StringComparer.Ordinal);
        var notFired = new List<RuleDiagnosis>();
        foreach (var rule in _runtime.Rules.Where(r => !decided.Contains(r.Name) && !IsInference(r)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var report = _runtime.WhyNot(session, rule.Name);
            var branch = report.Branches.FirstOrDefault(b => b.BlockingElement is not null) ?? report.Branches.FirstOrDefault();
            var reason = report.HasMatch
                ? "Its conditions hold, but it makes no decision about this employee."
                : branch?.Explanation ?? "No match.";
            notFired.Add(new RuleDiagnosis(
                rule.Name,
                PackOf(rule),
                rule.Description,
                reason,
                branch?.ClosestFacts.Select(c => c.ToString()).ToList() ?? []));
        }

        return new EmployeeExplanation(employeeId, asOf, decisions, notFired);
    }

    /// <summary>Starts an incremental evaluation of a snapshot as of a date.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="parameters">The parameters, or <see langword="null"/> for the engine's.</param>
    /// <param name="cancellationToken">Stops the first evaluation between two rule firings.</param>
    /// <returns>The partition, evaluated.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The as-of date is outside <see cref="OrganizationSnapshot.SupportedDates"/> (1900-01-01 to 2200-12-31).</exception>
    /// <exception cref="InvalidParametersException">A parameter does not fit the snapshot.</exception>
    /// <exception cref="PolicyEvaluationException">A rule's condition or action threw (whether or not the engine continues after rule failures).</exception>
    /// <exception cref="FiringLimitExceededException">A runaway chain of rules reached the firing limit.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public PolicyPartition CreatePartition(OrganizationSnapshot snapshot, LocalDate asOf, PolicyParameters? parameters = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(snapshot);
        RequireSupported(asOf);
        cancellationToken.ThrowIfCancellationRequested();
        var effective = Effective(snapshot, parameters);
        return new PolicyPartition(_runtime, _packOfRule, snapshot, asOf, effective, Packs.SelectMany(p => p.Parameters).ToList(), cancellationToken);
    }

    private PolicyParameters Effective(OrganizationSnapshot snapshot, PolicyParameters? parameters)
    {
        var effective = parameters ?? Parameters;
        effective.Validate();
        ValidateAgainst(snapshot, effective);
        return effective;
    }

    private (List<Decision> Decisions, int Fired, IReadOnlyList<RuleFailure> Failures) Decide(IEnumerable<object> facts, CancellationToken cancellationToken, Worker? worker = null)
    {
        var (session, fired, failures) = Run(facts, _continueAfterRuleFailures, cancellationToken, worker);
        return (session.Query<Decision>().ToList(), fired, failures);
    }

    // The slices keep to their own employees, so their sessions run side by side; the decisions are the union.
    private (List<Decision> Decisions, int Fired, IReadOnlyList<RuleFailure> Failures) RunInSlices(List<object>[] slices, CancellationToken cancellationToken)
    {
        var results = new (List<Decision> Decisions, int Fired, IReadOnlyList<RuleFailure> Failures)[slices.Length];
        var failures = new Exception?[slices.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellationToken };
        // Not Parallel.For's thread-local state: its tasks end and start again every few hundred milliseconds, and the
        // sessions with them. As many workers as slices run at once, each taken and given back around a slice.
        var workers = new ConcurrentBag<Worker>();
        Parallel.For(0, slices.Length, options, (i, loop) =>
        {
            var worker = workers.TryTake(out var idle) ? idle : new Worker();
            try
            {
                results[i] = Decide(slices[i], cancellationToken, worker);
                slices[i] = [];
                workers.Add(worker);
            }
#pragma warning disable CA1031 // Rethrown below, as it was, from the first slice that failed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failures[i] = ex;
                loop.Stop();
            }
        });

        if (Array.Find(failures, f => f is not null) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        var decisions = new List<Decision>(results.Sum(r => r.Decisions?.Count ?? 0));
        var fired = 0;
        var ruleFailures = new List<RuleFailure>();
        foreach (var (some, count, failed) in results)
        {
            decisions.AddRange(some);
            fired += count;
            ruleFailures.AddRange(failed);
        }

        return (decisions, fired, ruleFailures);
    }

    // One session over the given facts and the packs' own parameter records, fired to quiescence; a rule that throws
    // becomes a PolicyEvaluationException, or, carrying on, a failure in the result.
    private (ISession Session, int Fired, IReadOnlyList<RuleFailure> Failures) Run(IEnumerable<object> facts, bool carryOn, CancellationToken cancellationToken, Worker? worker = null)
    {
        ISession session;
        RuleFaultWatch watch;
        if (worker is { Session: { } used, Watch: { } watching } && _runtime.TryReset(used))
        {
            (session, watch) = (used, watching);
            watch.Restart(cancellationToken);
        }
        else
        {
            session = _runtime.CreateSession();
            watch = new RuleFaultWatch(session, _packOfRule, carryOn, cancellationToken);
            if (worker is not null)
            {
                (worker.Session, worker.Watch) = (session, watch);
            }
        }
        try
        {
            session.InsertAll(facts);
            session.InsertAll(Packs.SelectMany(p => p.Parameters));
            return (session, _runtime.Fire(session, cancellationToken), watch.Failures);
        }
        catch (Exception ex) when (watch.Translate(ex) is { } translated)
        {
            throw translated;
        }
    }

    // A thread's session, reused from slice to slice: a reset session keeps the tables it grew for the last slice, where
    // a new one would grow them again (at 256 employees a slice, half the bytes a batch allocated went into that).
    private sealed class Worker
    {
        public ISession? Session { get; set; }

        public RuleFaultWatch? Watch { get; set; }
    }

    // Rules that infer intermediate facts (a cadence) rather than decisions are not "not fired" for anyone.
    private static bool IsInference(IRuleDefinition rule) => rule.Tags.Contains("inference");

    private string PackOf(IRuleDefinition rule) => _packOfRule[rule.Name].Name;

    /// <summary>Refuses an as-of date outside the dates a snapshot may hold, so that no date computed from it can leave the calendar.</summary>
    internal static void RequireSupported(LocalDate asOf, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(asOf))] string? parameterName = null)
    {
        var supported = OrganizationSnapshot.SupportedDates;
        if (asOf < supported.Start || asOf > supported.End)
        {
            throw new ArgumentOutOfRangeException(parameterName, asOf, $"The as-of date {asOf:uuuu-MM-dd} is outside the dates PerfDomain evaluates, {supported.Start:uuuu-MM-dd} to {supported.End:uuuu-MM-dd}.");
        }
    }

    internal static void ValidateAgainst(OrganizationSnapshot snapshot, PolicyParameters parameters)
    {
        if (parameters.RatingConsequences.RecognitionRatingLabel is { } label)
        {
            foreach (var cycle in snapshot.Cycles)
            {
                if (!cycle.Scale.TryFindLabel(label, out var point))
                {
                    throw new InvalidParametersException(
                        "$.ratingConsequences.recognitionRatingLabel",
                        $"'{label}' is not a rating label of cycle '{cycle.Id}', whose scale is {cycle.Scale}.");
                }

                // Recognition below "meets" could meet an improvement plan in the same cycle.
                if (point.Value < cycle.Scale.MeetsThreshold)
                {
                    throw new InvalidParametersException(
                        "$.ratingConsequences.recognitionRatingLabel",
                        $"'{label}' is below meets expectations on the scale of cycle '{cycle.Id}' ({cycle.Scale}); recognition needs a rating that meets expectations or better.");
                }
            }
        }

        foreach (var unit in parameters.ReviewCadence.OrgUnitCheckInIntervalDays.Keys)
        {
            if (!snapshot.OrgUnits.Any(u => u.Id.Value == unit))
            {
                throw new InvalidParametersException("$.reviewCadence.orgUnitCheckInIntervalDays" + ParameterJson.Key(unit), $"the snapshot has no org unit {ParameterJson.Quote(unit)}.");
            }
        }

        var employeeIds = parameters.ReviewCadence.EmployeeCheckInIntervalDays.Count == 0 ? [] : snapshot.Employees.Select(e => e.Id.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var employee in parameters.ReviewCadence.EmployeeCheckInIntervalDays.Keys)
        {
            if (!employeeIds.Contains(employee))
            {
                throw new InvalidParametersException("$.reviewCadence.employeeCheckInIntervalDays" + ParameterJson.Key(employee), $"the snapshot has no employee {ParameterJson.Quote(employee)}.");
            }
        }
    }
}
