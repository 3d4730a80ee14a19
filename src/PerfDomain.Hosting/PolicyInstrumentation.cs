using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Text;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Rules;
using PerfDomain.Snapshots;

namespace PerfDomain.Hosting;

/// <summary>
/// The activity source, the meter's instruments and the logger of PerfDomain.Hosting, and what each operation reports
/// through them. One per service provider; the meter comes from its <see cref="IMeterFactory"/> when it has one.
/// </summary>
internal sealed class PolicyInstrumentation : IDisposable
{
    public const string EvaluationDurationName = "perfdomain.policies.evaluation.duration";
    public const string PartitionDurationName = "perfdomain.policies.partition.duration";
    public const string DecisionsName = "perfdomain.policies.decisions";
    public const string DecisionChangesName = "perfdomain.policies.decision_changes";
    public const string RulesFiredName = "perfdomain.policies.rules_fired";
    public const string FiringLimitHitsName = "perfdomain.policies.firing_limit.hits";
    public const string SnapshotReadDurationName = "perfdomain.policies.snapshot.read.duration";
    public const string SnapshotReadErrorsName = "perfdomain.policies.snapshot.read_errors";
    public const string ParameterReloadsName = "perfdomain.policies.parameters.reloads";

    public const string TenantTag = "perfdomain.tenant";
    public const string RuntimeTag = "perfdomain.runtime";
    public const string OperationTag = "perfdomain.operation";
    public const string DecisionKindTag = "perfdomain.decision.kind";
    public const string ChangeTag = "perfdomain.change";
    public const string ResultTag = "perfdomain.result";
    public const string AsOfTag = "perfdomain.as_of";
    public const string ErrorTypeTag = "error.type";

    private static readonly string? Version = typeof(PolicyInstrumentation).Assembly.GetName().Version?.ToString();

    // Seconds, from 1 ms to a minute: one employee's update takes milliseconds, a large batch tens of seconds.
    private static readonly InstrumentAdvice<double> DurationAdvice = new()
    {
        HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    };

    private readonly Meter? _ownedMeter;
    private readonly Histogram<double> _evaluationDuration;
    private readonly Histogram<double> _partitionDuration;
    private readonly Counter<long> _decisions;
    private readonly Counter<long> _decisionChanges;
    private readonly Counter<long> _rulesFired;
    private readonly Counter<long> _firingLimitHits;
    private readonly Histogram<double> _snapshotReadDuration;
    private readonly Counter<long> _snapshotReadErrors;
    private readonly Counter<long> _parameterReloads;

    public PolicyInstrumentation(IMeterFactory? meterFactory, ILoggerFactory? loggerFactory)
    {
        var options = new MeterOptions(PerfDomainTelemetry.MeterName) { Version = Version };
        Meter meter;
        if (meterFactory is null)
        {
            _ownedMeter = new Meter(options);
            meter = _ownedMeter;
        }
        else
        {
            meter = meterFactory.Create(options);
        }

        Logger = loggerFactory?.CreateLogger(PerfDomainTelemetry.LoggerCategory) ?? NullLogger.Instance;
        _evaluationDuration = meter.CreateHistogram<double>(EvaluationDurationName, "s", "How long a batch evaluation or an explanation took.", tags: null, advice: DurationAdvice);
        _partitionDuration = meter.CreateHistogram<double>(PartitionDurationName, "s", "How long creating, updating (Apply) or advancing (AdvanceTo) a partition took.", tags: null, advice: DurationAdvice);
        _decisions = meter.CreateCounter<long>(DecisionsName, "{decision}", "Decisions made by batch evaluations and by new partitions, by kind.");
        _decisionChanges = meter.CreateCounter<long>(DecisionChangesName, "{decision}", "Decisions added, withdrawn or changed by partition updates, by kind.");
        _rulesFired = meter.CreateCounter<long>(RulesFiredName, "{firing}", "Rule firings of batch evaluations.");
        _firingLimitHits = meter.CreateCounter<long>(FiringLimitHitsName, "{hit}", "Operations stopped by the firing limit.");
        _snapshotReadDuration = meter.CreateHistogram<double>(SnapshotReadDurationName, "s", "How long reading a snapshot took.", tags: null, advice: DurationAdvice);
        _snapshotReadErrors = meter.CreateCounter<long>(SnapshotReadErrorsName, "{error}", "Snapshots that could not be read (invalid, over a limit, or an I/O failure).");
        _parameterReloads = meter.CreateCounter<long>(ParameterReloadsName, "{reload}", "Configuration reloads that changed the policy parameters (applied) or were refused as invalid (rejected).");
    }

    /// <summary>The activity source; static, as activity sources have no factory.</summary>
    public static ActivitySource ActivitySource { get; } = new(PerfDomainTelemetry.ActivitySourceName, Version);

    public ILogger Logger { get; }

    public static string RuntimeName(RuleRuntime runtime) => runtime == RuleRuntime.NRules ? "nrules" : "perfdomain";

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static Activity? StartActivity(string name, in OperationContext context)
    {
        var activity = ActivitySource.StartActivity(name, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(TenantTag, context.TenantId);
            activity.SetTag(OperationTag, context.Operation);
            if (context.Runtime is not null)
            {
                activity.SetTag(RuntimeTag, context.Runtime);
            }

            if (context.AsOf is { } asOf)
            {
                activity.SetTag(AsOfTag, Format(asOf));
            }
        }

        return activity;
    }

    public void EngineBuilt(PolicyEngine engine, PolicyEngineOptions options) =>
        Log.EngineBuilt(
            Logger,
            string.Join(", ", engine.Packs.Select(p => $"{p.Name}@{p.Version}")),
            engine.Rules.Count,
            RuntimeName(engine.Runtime),
            options.FiringLimit,
            options.MaxDegreeOfParallelism?.ToString(CultureInfo.InvariantCulture) ?? "processor count");

    public void Evaluated(in OperationContext context, EvaluationOutcome outcome, int employees, TimeSpan elapsed, Activity? activity)
    {
        var tags = context.Tags();
        _evaluationDuration.Record(elapsed.TotalSeconds, tags);
        _rulesFired.Add(outcome.RulesFired, tags);
        CountDecisions(_decisions, outcome.Decisions, tags, change: null);
        activity?.SetTag("perfdomain.employees", employees);
        activity?.SetTag("perfdomain.decisions", outcome.Decisions.Count);
        activity?.SetTag("perfdomain.rules_fired", outcome.RulesFired);
        Log.EvaluationCompleted(Logger, context.TenantId, Format(outcome.AsOf), employees, outcome.Decisions.Count, outcome.RulesFired, elapsed.TotalMilliseconds);
    }

    public void Explained(in OperationContext context, EmployeeExplanation explanation, TimeSpan elapsed, Activity? activity)
    {
        _evaluationDuration.Record(elapsed.TotalSeconds, context.Tags());
        activity?.SetTag("perfdomain.employee", explanation.EmployeeId.Value);
        activity?.SetTag("perfdomain.decisions", explanation.Decisions.Count);
        Log.ExplanationCompleted(Logger, explanation.EmployeeId.Value, context.TenantId, Format(explanation.AsOf), explanation.Decisions.Count, explanation.NotFired.Count, elapsed.TotalMilliseconds);
    }

    public void PartitionCreated(in OperationContext context, PolicyPartition partition, TimeSpan elapsed, Activity? activity)
    {
        var tags = context.Tags();
        var decisions = partition.Decisions;
        _partitionDuration.Record(elapsed.TotalSeconds, tags);
        CountDecisions(_decisions, decisions, tags, change: null);
        activity?.SetTag("perfdomain.employees", partition.Snapshot.Employees.Count);
        activity?.SetTag("perfdomain.decisions", decisions.Count);
        Log.PartitionCreated(Logger, context.TenantId, Format(partition.AsOf), partition.Snapshot.Employees.Count, decisions.Count, elapsed.TotalMilliseconds);
    }

    public void PartitionUpdated(in OperationContext context, LocalDate asOf, DecisionChanges changes, TimeSpan elapsed, Activity? activity)
    {
        var tags = context.Tags();
        _partitionDuration.Record(elapsed.TotalSeconds, tags);
        CountDecisions(_decisionChanges, changes.Added, tags, "added");
        CountDecisions(_decisionChanges, changes.Withdrawn, tags, "withdrawn");
        CountDecisions(_decisionChanges, changes.Changed, tags, "changed");
        activity?.SetTag("perfdomain.decisions.added", changes.Added.Count);
        activity?.SetTag("perfdomain.decisions.withdrawn", changes.Withdrawn.Count);
        activity?.SetTag("perfdomain.decisions.changed", changes.Changed.Count);
        Log.PartitionUpdated(Logger, context.TenantId, context.Operation, Format(asOf), changes.Added.Count, changes.Withdrawn.Count, changes.Changed.Count, changes.FactsChanged, elapsed.TotalMilliseconds);
    }

    public void Failed(in OperationContext context, Exception exception, TimeSpan elapsed, Activity? activity)
    {
        var tags = context.Tags();
        tags.Add(ErrorTypeTag, exception.GetType().FullName);
        var asOf = context.AsOf is { } date ? Format(date) : "-";
        var duration = context.Kind switch
        {
            OperationKind.Evaluation => _evaluationDuration,
            OperationKind.Partition => _partitionDuration,
            _ => _snapshotReadDuration,
        };
        duration.Record(elapsed.TotalSeconds, tags);
        activity?.SetTag(ErrorTypeTag, exception.GetType().FullName);
        activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity?.AddException(exception);

        if (exception is OperationCanceledException)
        {
            Log.OperationCancelled(Logger, context.Operation, context.TenantId, asOf, elapsed.TotalMilliseconds);
            return;
        }

        if (context.Kind == OperationKind.SnapshotRead)
        {
            _snapshotReadErrors.Add(1, tags);
        }

        if (FiringLimit(exception) is { } limit)
        {
            _firingLimitHits.Add(1, context.Tags());
            Log.FiringLimitReached(Logger, exception, context.Operation, context.TenantId, asOf, limit.Limit, string.Join(", ", limit.RuleNames));
        }
        else if (exception is InvalidSnapshotException invalid)
        {
            Log.SnapshotRejected(Logger, context.TenantId, invalid.Path, invalid.Reason);
        }
        else
        {
            Log.OperationFailed(Logger, exception, context.Operation, context.TenantId, asOf, elapsed.TotalMilliseconds);
        }
    }

    public void SnapshotRead(in OperationContext context, OrganizationSnapshot snapshot, TimeSpan elapsed, Activity? activity)
    {
        _snapshotReadDuration.Record(elapsed.TotalSeconds, context.Tags());
        activity?.SetTag("perfdomain.employees", snapshot.Employees.Count);
        Log.SnapshotRead(Logger, context.TenantId, snapshot.Employees.Count, elapsed.TotalMilliseconds);
    }

    public void ParametersReloaded(int tenants)
    {
        _parameterReloads.Add(1, new KeyValuePair<string, object?>(ResultTag, "applied"));
        Log.ParametersReloaded(Logger, tenants);
    }

    public void ParametersReloadRejected(IReadOnlyList<string> errors)
    {
        _parameterReloads.Add(1, new KeyValuePair<string, object?>(ResultTag, "rejected"));
        Log.ParametersReloadRejected(Logger, string.Join("; ", errors));
    }

    public void Dispose() => _ownedMeter?.Dispose();

    // The limit may arrive wrapped (an evaluation exception whose cause it is).
    private static FiringLimitExceededException? FiringLimit(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is FiringLimitExceededException limit)
            {
                return limit;
            }
        }

        return null;
    }

    private static void CountDecisions(Counter<long> counter, IReadOnlyList<Decision> decisions, TagList tags, string? change)
    {
        if (!counter.Enabled || decisions.Count == 0)
        {
            return;
        }

        var byKind = new Dictionary<DecisionKind, int>();
        foreach (var decision in decisions)
        {
            byKind[decision.Kind] = byKind.GetValueOrDefault(decision.Kind) + 1;
        }

        foreach (var (kind, count) in byKind)
        {
            var kindTags = tags;
            kindTags.Add(DecisionKindTag, kind.Name);
            if (change is not null)
            {
                kindTags.Add(ChangeTag, change);
            }

            counter.Add(count, kindTags);
        }
    }
}

/// <summary>Which instrument an operation's duration goes to.</summary>
internal enum OperationKind
{
    Evaluation,
    Partition,
    SnapshotRead,
}

/// <summary>What an operation is about: the tags of its measurements and activity.</summary>
internal readonly record struct OperationContext(OperationKind Kind, string Operation, string TenantId, string? Runtime, LocalDate? AsOf)
{
    public TagList Tags()
    {
        var tags = new TagList
        {
            { PolicyInstrumentation.TenantTag, TenantId },
            { PolicyInstrumentation.OperationTag, Operation },
        };
        if (Runtime is not null)
        {
            tags.Add(PolicyInstrumentation.RuntimeTag, Runtime);
        }

        return tags;
    }
}
