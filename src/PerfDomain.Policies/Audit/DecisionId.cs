using System.Globalization;
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

    [ThreadStatic]
    private static byte[]? t_buffer;

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

        // The identity's UTF-8 is built in a buffer of the thread's own and hashed in place: a large
        // evaluation writes hundreds of thousands of ids, and a string and a byte array each were most of its garbage.
        var identity = new Identity(t_buffer ??= new byte[512]);
        identity.Field(decision.Kind.Name);
        identity.Field(explanation.Rule);
        identity.Field(explanation.Pack);
        identity.Field(explanation.PackVersion);
        identity.Field(decision.EmployeeId.Value);
        identity.Field(decision.CycleId?.Value);
        identity.Field(decision.Subject);
        foreach (var fact in explanation.Facts)
        {
            identity.Field(fact.Type);
            identity.Field(fact.Id);
        }

        t_buffer = identity.Buffer;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(identity.Written, hash);
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

    // Length-prefixed (in UTF-16 characters), so that no two different identities meet ("a|b" + "c" against
    // "a" + "b|c"); null apart from "". The bytes are those of the whole identity as one string, in UTF-8.
    private ref struct Identity(byte[] buffer)
    {
        private int _length;

        public byte[] Buffer { get; private set; } = buffer;

        public readonly ReadOnlySpan<byte> Written => Buffer.AsSpan(0, _length);

        public void Field(string? value)
        {
            if (value is null)
            {
                Append("-;"u8);
                return;
            }

            Reserve(Encoding.UTF8.GetMaxByteCount(value.Length) + 12);
            value.Length.TryFormat(Buffer.AsSpan(_length), out var digits, default, CultureInfo.InvariantCulture);
            _length += digits;
            Buffer[_length++] = (byte)':';
            _length += Encoding.UTF8.GetBytes(value, Buffer.AsSpan(_length));
            Buffer[_length++] = (byte)';';
        }

        private void Append(ReadOnlySpan<byte> bytes)
        {
            Reserve(bytes.Length);
            bytes.CopyTo(Buffer.AsSpan(_length));
            _length += bytes.Length;
        }

        private void Reserve(int bytes)
        {
            if (_length + bytes > Buffer.Length)
            {
                var larger = new byte[Math.Max(Buffer.Length * 2, _length + bytes)];
                Written.CopyTo(larger);
                Buffer = larger;
            }
        }
    }
}
