namespace PerfDomain.Rules.Compilation;

/// <summary>A rule that cannot be compiled; <see cref="RuleCompiler"/> reports it as NRules' <c>RuleCompilationException</c>.</summary>
internal sealed class RuleDefinitionException(string message) : Exception(message)
{
    /// <summary>Gets the rule's name, when the translator did not already put it in the message.</summary>
    public string? RuleName { get; init; }
}
