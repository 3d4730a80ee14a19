using Microsoft.Extensions.Logging;

namespace PerfDomain.Hosting;

/// <summary>The log messages, source-generated; ids and names are documented in docs/observability.md and never reused.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "EngineBuilt", Level = LogLevel.Information,
        Message = "Policy engine built: packs {Packs}, {RuleCount} rules, runtime {Runtime}, firing limit {FiringLimit}, parallelism {MaxDegreeOfParallelism}.")]
    public static partial void EngineBuilt(ILogger logger, string packs, int ruleCount, string runtime, int firingLimit, string maxDegreeOfParallelism);

    [LoggerMessage(EventId = 10, EventName = "EvaluationCompleted", Level = LogLevel.Debug,
        Message = "Evaluated tenant {TenantId} as of {AsOf}: {EmployeeCount} employees, {DecisionCount} decisions, {RulesFired} rule firings in {ElapsedMilliseconds:F1} ms.")]
    public static partial void EvaluationCompleted(ILogger logger, string tenantId, string asOf, int employeeCount, int decisionCount, int rulesFired, double elapsedMilliseconds);

    [LoggerMessage(EventId = 11, EventName = "ExplanationCompleted", Level = LogLevel.Debug,
        Message = "Explained employee {EmployeeId} of tenant {TenantId} as of {AsOf}: {DecisionCount} decisions, {NotFiredCount} rules not fired, in {ElapsedMilliseconds:F1} ms.")]
    public static partial void ExplanationCompleted(ILogger logger, string employeeId, string tenantId, string asOf, int decisionCount, int notFiredCount, double elapsedMilliseconds);

    [LoggerMessage(EventId = 12, EventName = "PartitionCreated", Level = LogLevel.Debug,
        Message = "Created the partition of tenant {TenantId} as of {AsOf}: {EmployeeCount} employees, {DecisionCount} decisions in {ElapsedMilliseconds:F1} ms.")]
    public static partial void PartitionCreated(ILogger logger, string tenantId, string asOf, int employeeCount, int decisionCount, double elapsedMilliseconds);

    [LoggerMessage(EventId = 13, EventName = "PartitionUpdated", Level = LogLevel.Debug,
        Message = "Partition of tenant {TenantId} ({Operation}, as of {AsOf}): {Added} added, {Withdrawn} withdrawn, {Changed} changed, {FactsChanged} facts changed in {ElapsedMilliseconds:F1} ms.")]
    public static partial void PartitionUpdated(ILogger logger, string tenantId, string operation, string asOf, int added, int withdrawn, int changed, int factsChanged, double elapsedMilliseconds);

    [LoggerMessage(EventId = 20, EventName = "OperationFailed", Level = LogLevel.Error,
        Message = "{Operation} for tenant {TenantId} as of {AsOf} failed after {ElapsedMilliseconds:F1} ms.")]
    public static partial void OperationFailed(ILogger logger, Exception exception, string operation, string tenantId, string asOf, double elapsedMilliseconds);

    [LoggerMessage(EventId = 21, EventName = "FiringLimitReached", Level = LogLevel.Warning,
        Message = "{Operation} for tenant {TenantId} as of {AsOf} stopped at the firing limit of {FiringLimit}; the chain involves {Rules}.")]
    public static partial void FiringLimitReached(ILogger logger, Exception exception, string operation, string tenantId, string asOf, int firingLimit, string rules);

    [LoggerMessage(EventId = 22, EventName = "OperationCancelled", Level = LogLevel.Information,
        Message = "{Operation} for tenant {TenantId} as of {AsOf} was cancelled after {ElapsedMilliseconds:F1} ms.")]
    public static partial void OperationCancelled(ILogger logger, string operation, string tenantId, string asOf, double elapsedMilliseconds);

    [LoggerMessage(EventId = 30, EventName = "SnapshotRead", Level = LogLevel.Debug,
        Message = "Read a snapshot for tenant {TenantId}: {EmployeeCount} employees in {ElapsedMilliseconds:F1} ms.")]
    public static partial void SnapshotRead(ILogger logger, string tenantId, int employeeCount, double elapsedMilliseconds);

    [LoggerMessage(EventId = 31, EventName = "SnapshotRejected", Level = LogLevel.Warning,
        Message = "Snapshot for tenant {TenantId} rejected at {JsonPath}: {Reason}")]
    public static partial void SnapshotRejected(ILogger logger, string tenantId, string jsonPath, string reason);

    [LoggerMessage(EventId = 40, EventName = "ParametersReloaded", Level = LogLevel.Information,
        Message = "Policy parameters reloaded from configuration: the defaults and {TenantCount} tenants.")]
    public static partial void ParametersReloaded(ILogger logger, int tenantCount);

    [LoggerMessage(EventId = 41, EventName = "ParametersReloadRejected", Level = LogLevel.Error,
        Message = "Reloaded policy parameters are invalid, so the previous ones stay in force: {Errors}")]
    public static partial void ParametersReloadRejected(ILogger logger, string errors);
}
