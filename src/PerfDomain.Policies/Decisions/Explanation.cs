using NodaTime;

namespace PerfDomain.Policies.Decisions;

/// <summary>
/// Why a decision was made: the pack and version, the rule, the facts it matched, the parameters it
/// used, the as-of date, and one plain sentence a manager understands.
/// </summary>
/// <param name="Pack">The policy pack's name, such as <c>review-cadence</c>.</param>
/// <param name="PackVersion">The pack's version.</param>
/// <param name="Rule">The rule's name, such as <c>cadence.check-in-due</c>.</param>
/// <param name="AsOf">The date the evaluation was made as of.</param>
/// <param name="Facts">The facts the rule matched.</param>
/// <param name="Parameters">The parameters the rule used, by name, formatted in invariant culture.</param>
/// <param name="Reason">One sentence for a manager.</param>
public sealed record Explanation(
    string Pack,
    string PackVersion,
    string Rule,
    LocalDate AsOf,
    IReadOnlyList<FactReference> Facts,
    IReadOnlyDictionary<string, string> Parameters,
    string Reason)
{
    // A reason with phrases about the as-of date (ReasonTemplate) is written when read, for this explanation's AsOf: a
    // copy made with another AsOf reads as of that date.
    private readonly ReasonTemplate? _template;
    private readonly string _reason = Reason;

    internal Explanation(string pack, string packVersion, string rule, LocalDate asOf, IReadOnlyList<FactReference> facts, IReadOnlyDictionary<string, string> parameters, ReasonTemplate reason)
        : this(pack, packVersion, rule, asOf, facts, parameters, string.Empty) => _template = reason;

    /// <summary>Gets the sentence for a manager, as of <see cref="AsOf"/>.</summary>
    public string Reason
    {
        get => _template is { } template ? template.WriteAsOf(AsOf) : _reason;
        init
        {
            _reason = value;
            _template = null;
        }
    }

    /// <summary>Gets the reason as it reads on another day (the same text unless it has phrases about the as-of date).</summary>
    internal string ReasonAsOf(LocalDate asOf) => _template is { } template ? template.WriteAsOf(asOf) : _reason;

    /// <summary>Gets this explanation as of another day: the same decision, seen then.</summary>
    internal Explanation SeenOn(LocalDate asOf) => AsOf == asOf ? this : this with { AsOf = asOf };

    /// <inheritdoc/>
    public bool Equals(Explanation? other) =>
        other is not null
        && Pack == other.Pack && PackVersion == other.PackVersion && Rule == other.Rule && AsOf == other.AsOf && Reason == other.Reason
        && Facts.SequenceEqual(other.Facts)
        && Parameters.Count == other.Parameters.Count && Parameters.All(p => other.Parameters.TryGetValue(p.Key, out var v) && v == p.Value);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Pack, Rule, AsOf, Reason);
}
