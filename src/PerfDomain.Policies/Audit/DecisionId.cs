using System.Security.Cryptography;
using System.Text;
using Ardalis.GuardClauses;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Audit;

/// <summary>
/// The stable id of a decision: the same recommendation, made by the same rule of the same pack version from the same
/// facts, has the same id in every evaluation, so an audit trail can refer to it and a later evaluation can be checked
/// against it. Written as <c>"id"</c> on every decision of the decision format (docs/decision-format.md).
/// </summary>
/// <remarks>
/// <para>
/// The id is <c>d-</c> followed by the first 96 bits, in lower-case hex, of a SHA-256 over the decision's identity: its
/// kind, rule, pack and pack version, employee, cycle, subject, and the type and id of every fact it matched, in the
/// rule's order. Fact values, the due date, the reason and the as-of date are not part of it: a check-in due on
/// another date, re-explained on a later day, is the same decision (a comparison reports it as changed).
/// </para>
/// <para>Immutable; equality is ordinal on <see cref="Value"/>.</para>
/// </remarks>
public readonly record struct DecisionId
{
    /// <summary>The text every id starts with.</summary>
    public const string Prefix = "d-";

    private const int HashBytes = 12;

    private DecisionId(string value) => Value = value;

    /// <summary>Gets the id's text, such as <c>d-3f2a…</c> (26 characters).</summary>
    public string Value { get; }

    /// <summary>Gets the id of a decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>Its id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is <see langword="null"/>.</exception>
    public static DecisionId Of(Decision decision)
    {
        Guard.Against.Null(decision);
        var explanation = decision.Explanation;
        var identity = new StringBuilder(256);
        Field(identity, decision.Kind.Name);
        Field(identity, explanation.Rule);
        Field(identity, explanation.Pack);
        Field(identity, explanation.PackVersion);
        Field(identity, decision.EmployeeId.Value);
        Field(identity, decision.CycleId?.Value);
        Field(identity, decision.Subject);
        foreach (var fact in explanation.Facts)
        {
            Field(identity, fact.Type);
            Field(identity, fact.Id);
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToString()), hash);
        return new DecisionId(Prefix + Convert.ToHexStringLower(hash[..HashBytes]));
    }

    /// <summary>Tells whether a text has the form of an id (<c>d-</c> and 24 lower-case hex digits).</summary>
    /// <param name="value">The text.</param>
    /// <returns>Whether it does.</returns>
    public static bool IsWellFormed(string? value) =>
        value is { Length: 2 + (2 * HashBytes) } && value.StartsWith(Prefix, StringComparison.Ordinal) && value.AsSpan(2).ContainsAnyExcept("0123456789abcdef") is false;

    /// <summary>Gets the id's text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value ?? string.Empty;

    // Length-prefixed, so that no two different identities meet ("a|b" + "c" against "a" + "b|c"); null apart from "".
    private static void Field(StringBuilder into, string? value)
    {
        if (value is null)
        {
            into.Append("-;");
            return;
        }

        into.Append(value.Length).Append(':').Append(value).Append(';');
    }
}
