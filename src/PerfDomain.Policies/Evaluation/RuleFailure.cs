using System.Globalization;
using PerfDomain.Employees;

namespace PerfDomain.Policies.Evaluation;

/// <summary>
/// A rule that threw while an evaluation ran: which rule of which pack, about whom, where in the rule, and the
/// exception its code threw. An engine built with <see cref="PolicyEngineBuilder.ContinueAfterRuleFailures"/> collects
/// these in <see cref="EvaluationOutcome.Failures"/>; otherwise the first one is thrown as a
/// <see cref="PolicyEvaluationException"/>.
/// </summary>
/// <remarks>Immutable and thread-safe (the exception it holds is the one the rule threw, as thrown).</remarks>
public sealed class RuleFailure
{
    internal RuleFailure(string ruleName, string packName, string packVersion, IReadOnlyList<EmployeeId> employeeIds, RuleFailureStage stage, Exception exception)
    {
        RuleName = ruleName;
        PackName = packName;
        PackVersion = packVersion;
        EmployeeIds = employeeIds;
        Stage = stage;
        Exception = exception;
        Message = Describe(ruleName, packName, packVersion, employeeIds, stage, exception.Message);
    }

    /// <summary>Gets the name of the rule that threw, such as <c>custom.mentor-assigned</c>.</summary>
    public string RuleName { get; }

    /// <summary>Gets the name of the pack the rule was added with.</summary>
    public string PackName { get; }

    /// <summary>Gets the version of that pack.</summary>
    public string PackVersion { get; }

    /// <summary>
    /// Gets the employees whose facts were in the failing match (an <c>Employee</c> fact's id, the employee any other
    /// fact is about), in ordinal order; empty when the match held only organisation-wide facts (the date, a cycle, a
    /// parameter record).
    /// </summary>
    public IReadOnlyList<EmployeeId> EmployeeIds { get; }

    /// <summary>Gets where in the rule the exception was thrown.</summary>
    public RuleFailureStage Stage { get; }

    /// <summary>Gets the exception the rule's code threw.</summary>
    public Exception Exception { get; }

    /// <summary>
    /// Gets the failure in plain words: <c>Rule 'custom.x' (pack acme 1.0.0) failed for employee e-042 in its action:
    /// Object reference not set to an instance of an object.</c>
    /// </summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Message;

    internal static string Describe(string ruleName, string packName, string packVersion, IReadOnlyList<EmployeeId> employeeIds, RuleFailureStage stage, string reason)
    {
        var whom = employeeIds.Count switch
        {
            0 => string.Empty,
            1 => $" for employee {employeeIds[0].Value}",
            _ => $" for employees {string.Join(", ", employeeIds.Select(e => e.Value))}",
        };
        var where = stage switch
        {
            RuleFailureStage.Condition => "its condition",
            RuleFailureStage.Action => "its action",
            _ => "its agenda filter",
        };
        return string.Create(CultureInfo.InvariantCulture, $"Rule '{ruleName}' (pack {packName} {packVersion}) failed{whom} in {where}: {reason}");
    }
}
