using System.Text.Json;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Cli.Output;

/// <summary>The camelCase names the tool prints for enum values, in table and JSON output alike.</summary>
internal static class Names
{
    /// <summary>Gets a decision kind's name, such as <c>checkInOverdue</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Of(DecisionKind kind) => kind.Name;

    /// <summary>Gets an escalation level's name, such as <c>humanResources</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name.</returns>
    public static string Of(EscalationLevel level) => JsonNamingPolicy.CamelCase.ConvertName(level.ToString());
}
