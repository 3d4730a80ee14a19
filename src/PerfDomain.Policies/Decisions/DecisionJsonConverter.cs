using System.Text.Json;
using System.Text.Json.Serialization;
using PerfDomain.Policies.Decisions.Json;

namespace PerfDomain.Policies.Decisions;

/// <summary>
/// Reads and writes one <see cref="Decision"/> as the object of the decision format (docs/decision-format.md, "A
/// decision"): what a host stores per row of an audit table. <see cref="Decision"/> names this converter in a
/// <see cref="JsonConverterAttribute"/>, so <c>JsonSerializer.Serialize(decision)</c> writes the format with any
/// options.
/// </summary>
/// <remarks>
/// The format is fixed: the options' naming policy and encoder do not change it. Reading is as strict as
/// <see cref="DecisionJson"/>'s; a problem is a <see cref="JsonException"/> whose message locates it within the
/// decision (<c>$.explanation.asOf: …</c>, where <c>$</c> is the decision) and whose inner exception is the
/// <see cref="DecisionFormatException"/>. Stateless and thread-safe.
/// </remarks>
public sealed class DecisionJsonConverter : JsonConverter<Decision>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The value is not a valid decision.</exception>
    public override Decision Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return DecisionReader.ReadDecision(ref reader, new JsonPath());
        }
        catch (DecisionFormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Decision value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        DecisionWriter.WriteDecision(writer, value, []);
    }
}
