namespace PerfDomain.Policies.Decisions;

/// <summary>A fact a decision was drawn from: its type, its id and the values that mattered.</summary>
/// <param name="Type">The kind of fact, such as <c>Employee</c> or <c>Rating</c>.</param>
/// <param name="Id">The fact's id in the snapshot (an employee id, a review id…).</param>
/// <param name="Values">The values the rule looked at, formatted in invariant culture.</param>
public sealed record FactReference(string Type, string Id, IReadOnlyDictionary<string, string> Values)
{
    /// <inheritdoc/>
    public bool Equals(FactReference? other) =>
        other is not null && Type == other.Type && Id == other.Id && Values.Count == other.Values.Count && Values.All(p => other.Values.TryGetValue(p.Key, out var v) && v == p.Value);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Type, Id, Values.Count);

    /// <inheritdoc/>
    public override string ToString() => $"{Type} {Id} ({string.Join(", ", Values.Select(p => $"{p.Key}={p.Value}"))})";
}
