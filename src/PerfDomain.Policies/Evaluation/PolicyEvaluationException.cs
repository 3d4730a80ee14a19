using Ardalis.GuardClauses;
using PerfDomain.Employees;

namespace PerfDomain.Policies.Evaluation;

/// <summary>
/// Thrown when a rule's condition or action throws during an evaluation — <see cref="PolicyEngine.Evaluate"/>,
/// <see cref="PolicyEngine.Explain"/>, <see cref="PolicyEngine.CreatePartition"/> or an update of a
/// <see cref="PolicyPartition"/> — on either runtime. It names the rule, its pack and version and the employees whose
/// facts were in the failing match; <see cref="Exception.InnerException"/> is the exception the rule's code threw.
/// </summary>
/// <remarks>
/// Both runtimes report a failing rule with NRules' own exception types (<c>RuleLhsExpressionEvaluationException</c>,
/// <c>RuleRhsExpressionEvaluationException</c>, <c>AgendaExpressionEvaluationException</c>), which name an expression
/// rather than a rule and an employee; the engine translates them into this one type. A partition whose update threw
/// it is left as it was before the update (see <see cref="PolicyPartition"/>).
/// </remarks>
public sealed class PolicyEvaluationException : Exception
{
    /// <summary>Initialises a new instance that names no rule; prefer the constructor that does.</summary>
    public PolicyEvaluationException()
        : this("A policy rule failed.")
    {
    }

    /// <summary>Initialises a new instance that names no rule; prefer the constructor that does.</summary>
    /// <param name="message">What failed.</param>
    public PolicyEvaluationException(string message)
        : base(message)
    {
        RuleName = PackName = PackVersion = string.Empty;
        EmployeeIds = [];
    }

    /// <summary>Initialises a new instance that names no rule; prefer the constructor that does.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The exception the rule threw.</param>
    public PolicyEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleName = PackName = PackVersion = string.Empty;
        EmployeeIds = [];
    }

    /// <summary>Initialises a new instance for a rule that threw.</summary>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="packName">The name of its pack.</param>
    /// <param name="packVersion">The version of its pack.</param>
    /// <param name="employeeIds">The employees whose facts were in the failing match.</param>
    /// <param name="stage">Where in the rule the exception was thrown.</param>
    /// <param name="innerException">The exception the rule's code threw.</param>
    public PolicyEvaluationException(string ruleName, string packName, string packVersion, IReadOnlyList<EmployeeId> employeeIds, RuleFailureStage stage, Exception innerException)
        : base(RuleFailure.Describe(Guard.Against.Null(ruleName), Guard.Against.Null(packName), Guard.Against.Null(packVersion), Guard.Against.Null(employeeIds), stage, Guard.Against.Null(innerException).Message), innerException)
    {
        RuleName = ruleName;
        PackName = packName;
        PackVersion = packVersion;
        EmployeeIds = employeeIds;
        Stage = stage;
    }

    /// <summary>Gets the name of the rule that threw; empty when constructed without one.</summary>
    public string RuleName { get; }

    /// <summary>Gets the name of the rule's pack; empty when constructed without one.</summary>
    public string PackName { get; }

    /// <summary>Gets the version of the rule's pack; empty when constructed without one.</summary>
    public string PackVersion { get; }

    /// <summary>Gets the employees whose facts were in the failing match, in ordinal order (see <see cref="RuleFailure.EmployeeIds"/>).</summary>
    public IReadOnlyList<EmployeeId> EmployeeIds { get; }

    /// <summary>Gets where in the rule the exception was thrown.</summary>
    public RuleFailureStage Stage { get; }

    internal static PolicyEvaluationException From(RuleFailure failure) =>
        new(failure.RuleName, failure.PackName, failure.PackVersion, failure.EmployeeIds, failure.Stage, failure.Exception);
}
