using System.Globalization;

namespace PerfDomain.Rules.Sessions;

// NRules throws a plain ArgumentException when an insert meets a fact already present, or an update or retract a
// missing one; callers that catch exactly that type must keep working, so the detail goes into the message only.
internal static class FactOperationErrors
{
    public static ArgumentException For(FactOperation operation, IReadOnlyList<object> facts) =>
        new(BuildMessage(operation, facts), nameof(facts));

    private static string BuildMessage(FactOperation operation, IReadOnlyList<object> facts)
    {
        var problem = operation == FactOperation.Insert ? "already in the session" : "not in the session";
        var list = string.Join(", ", facts.Take(5).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.GetType().Name} '{f}'")));
        var more = facts.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $" and {facts.Count - 5} more") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Cannot {operation.ToString().ToLowerInvariant()}: {facts.Count} fact(s) {problem}: {list}{more}.");
    }
}
