using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Audit;

/// <summary>
/// SHA-256 fingerprints of what an evaluation ran on, as an <see cref="EvaluationRecord"/> keeps them: equal inputs have
/// equal fingerprints, so a host can tell later whether it still holds the snapshot and parameters a decision came from.
/// </summary>
/// <remarks>
/// A fingerprint is <c>sha256:</c> and 64 lower-case hex digits, over a canonical serialisation: for a snapshot, its
/// compact JSON as <see cref="SnapshotWriter"/> writes it (so whitespace and the order of members in the file read do
/// not matter, while the order of the employees and other lists, which the model keeps, does); for parameters, their
/// JSON with every member (defaults included) and the members of every object sorted ordinally, compact. Stateless and
/// thread-safe.
/// </remarks>
public static class Fingerprints
{
    /// <summary>The text every fingerprint starts with.</summary>
    public const string Prefix = "sha256:";

    /// <summary>Gets the fingerprint of a snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns><c>sha256:</c> and 64 hex digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is <see langword="null"/>.</exception>
    public static string Of(OrganizationSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        using var hashing = new HashingStream();
        SnapshotWriter.Write(snapshot, hashing, indented: false, parallel: true);
        return Prefix + Convert.ToHexStringLower(hashing.Hash());
    }

    /// <summary>Gets the fingerprint of a set of parameters.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns><c>sha256:</c> and 64 hex digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is <see langword="null"/>.</exception>
    public static string Of(PolicyParameters parameters)
    {
        Guard.Against.Null(parameters);
        using var document = JsonDocument.Parse(parameters.ToJson());
        using var canonical = new MemoryStream();
        using (var writer = new Utf8JsonWriter(canonical))
        {
            WriteCanonical(writer, document.RootElement);
        }

        return Prefix + Convert.ToHexStringLower(SHA256.HashData(canonical.ToArray()));
    }

    /// <summary>Tells whether a text has the form of a fingerprint.</summary>
    /// <param name="value">The text.</param>
    /// <returns>Whether it is <c>sha256:</c> and 64 lower-case hex digits.</returns>
    public static bool IsWellFormed(string? value) =>
        value is { Length: 7 + 64 } && value.StartsWith(Prefix, StringComparison.Ordinal) && !value.AsSpan(7).ContainsAnyExcept("0123456789abcdef");

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject().OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(member.Name);
                    WriteCanonical(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteRawValue(Encoding.UTF8.GetBytes(element.GetRawText()), skipInputValidation: true);
                break;
        }
    }
}
