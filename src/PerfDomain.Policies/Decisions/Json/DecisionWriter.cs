using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PerfDomain.Policies.Audit;

namespace PerfDomain.Policies.Decisions.Json;

/// <summary>
/// Writes the decision format (docs/decision-format.md) into a buffer that goes out to a stream in chunks of about
/// <see cref="ChunkBytes"/>, never held whole: every field always present (<see langword="null"/> when it does not
/// apply), the keys of fact values and parameters sorted ordinally, dates as ISO <c>uuuu-MM-dd</c>.
/// </summary>
/// <remarks>
/// One instance writes one output. The JSON writer is flushed into the buffer after each decision; only then may the
/// buffer go out (<see cref="IsChunkFull"/>, <see cref="WriteChunk"/>), so the output never ends in the middle of a
/// character. Also used by the CLI for the explanation document.
/// </remarks>
internal sealed class DecisionWriter : IDisposable
{
    /// <summary>Gets the writer options of the indented form or of JSON Lines.</summary>
    /// <param name="lines">Whether the form is JSON Lines.</param>
    /// <returns>The options.</returns>
    public static JsonWriterOptions Options(bool lines) => lines ? LineOptions : IndentedOptions;

    /// <summary>About how many bytes of UTF-8 are written to the output at a time.</summary>
    public const int ChunkBytes = 64 * 1024;

    private static readonly JsonWriterOptions IndentedOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    private static readonly JsonWriterOptions LineOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(ChunkBytes + (ChunkBytes / 4));
    private readonly List<KeyValuePair<string, string>> _pairs = [];

    public DecisionWriter(bool lines)
    {
        Json = new Utf8JsonWriter(_buffer, Options(lines));
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Gets whether a chunk's worth of text is waiting; call after <see cref="Utf8JsonWriter.Flush"/>.</summary>
    public bool IsChunkFull => _buffer.WrittenCount >= ChunkBytes;

    /// <summary>Writes the members of the envelope: <c>schemaVersion</c>, <c>document</c>, <c>organization</c>, <c>asOf</c>, <c>packs</c>.</summary>
    public void WriteHeader(string document, string organization, LocalDate asOf, IReadOnlyList<PackReference> packs)
    {
        Json.WriteNumber(Name.SchemaVersion, DecisionJson.SchemaVersion);
        Json.WriteString(Name.Document, document);
        Json.WriteString(Name.Organization, organization);
        WriteDate(Json, Name.AsOf, asOf);
        Json.WriteStartArray(Name.Packs);
        foreach (var pack in packs)
        {
            Json.WriteStartObject();
            Json.WriteString(Name.PackName, pack.Name);
            Json.WriteString(Name.Version, pack.Version);
            Json.WriteEndObject();
        }

        Json.WriteEndArray();
    }

    /// <summary>Writes the envelope's <c>record</c>: the evaluation's fingerprints, runtime and version, or <see langword="null"/>.</summary>
    public void WriteRecord(EvaluationRecord? record)
    {
        if (record is null)
        {
            Json.WriteNull(Name.Record);
            return;
        }

        Json.WriteStartObject(Name.Record);
        Json.WriteString(Name.ParameterFingerprint, record.ParameterFingerprint);
        Json.WriteString(Name.SnapshotFingerprint, record.SnapshotFingerprint);
        Json.WriteString(Name.Runtime, Name.Of(record.Runtime));
        Json.WriteString(Name.PerfDomainVersion, record.PerfDomainVersion);
        Json.WriteEndObject();
    }

    public void WriteDecision(Decision decision) => WriteDecision(Json, decision, _pairs);

    /// <summary>Ends a JSON Lines line: the object, then <c>\n</c>; the JSON writer starts afresh for the next one.</summary>
    public void EndLine()
    {
        Json.Flush();
        _buffer.Write("\n"u8);
        Json.Reset();
    }

    /// <summary>Flushes the JSON writer and ends the text with <c>\n</c>.</summary>
    public void EndDocument()
    {
        Json.Flush();
        _buffer.Write("\n"u8);
    }

    public void WriteChunk(Stream output)
    {
        if (_buffer.WrittenCount == 0)
        {
            return;
        }

        output.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    public async ValueTask WriteChunkAsync(Stream output, CancellationToken cancellationToken)
    {
        if (_buffer.WrittenCount == 0)
        {
            return;
        }

        await output.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
    }

    public void Dispose() => Json.Dispose();

    // Hundreds of thousands of these in a large run: names encoded once, no LINQ, dates without strings.
    public static void WriteDecision(Utf8JsonWriter json, Decision decision, List<KeyValuePair<string, string>> pairs)
    {
        json.WriteStartObject();
        json.WriteString(Name.DecisionId, DecisionId.Of(decision).Value);
        json.WriteString(Name.Kind, decision.Kind.Name);
        json.WriteString(Name.EmployeeId, decision.EmployeeId.Value);
        NullableString(json, Name.CycleId, decision.CycleId?.Value);
        if (decision.DueOn is { } due)
        {
            WriteDate(json, Name.DueOn, due);
        }
        else
        {
            json.WriteNull(Name.DueOn);
        }

        json.WriteBoolean(Name.RequiresApproval, decision.RequiresApproval);
        if (decision.EscalateTo is { } level)
        {
            json.WriteString(Name.EscalateTo, Name.Of(level));
        }
        else
        {
            json.WriteNull(Name.EscalateTo);
        }

        NullableString(json, Name.Subject, decision.Subject);

        var explanation = decision.Explanation;
        json.WriteStartObject(Name.Explanation);
        json.WriteString(Name.Pack, explanation.Pack);
        json.WriteString(Name.PackVersion, explanation.PackVersion);
        json.WriteString(Name.Rule, explanation.Rule);
        WriteDate(json, Name.AsOf, explanation.AsOf);
        json.WriteStartArray(Name.Facts);
        foreach (var fact in explanation.Facts)
        {
            json.WriteStartObject();
            json.WriteString(Name.Type, fact.Type);
            json.WriteString(Name.Id, fact.Id);
            SortedMap(json, Name.Values, fact.Values, pairs);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        SortedMap(json, Name.Parameters, explanation.Parameters, pairs);
        json.WriteString(Name.Reason, explanation.Reason);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Formats a date as <see cref="LocalDatePattern.Iso"/> does (<c>uuuu-MM-dd</c>), in UTF-8, without a string.</summary>
    /// <param name="date">The date.</param>
    /// <param name="utf8">Ten bytes to write into.</param>
    /// <returns>Whether the date was formatted: NodaTime's years before 0 (to -9998) are left to the pattern.</returns>
    public static bool TryFormatDate(LocalDate date, Span<byte> utf8)
    {
        if (date.Year is < 0 or > 9999 || utf8.Length < 10)
        {
            return false;
        }

        Digits(utf8[..4], date.Year);
        utf8[4] = (byte)'-';
        Digits(utf8.Slice(5, 2), date.Month);
        utf8[7] = (byte)'-';
        Digits(utf8.Slice(8, 2), date.Day);
        return true;
    }

    private static void SortedMap(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyDictionary<string, string> map, List<KeyValuePair<string, string>> pairs)
    {
        pairs.Clear();
        var sorted = true;
        foreach (var pair in map)
        {
            sorted = sorted && (pairs.Count == 0 || string.CompareOrdinal(pairs[^1].Key, pair.Key) < 0);
            pairs.Add(pair);
        }

        // The engine's maps come sorted; any other keeps the documented order all the same.
        if (!sorted)
        {
            pairs.Sort((x, y) => string.CompareOrdinal(x.Key, y.Key));
        }

        json.WriteStartObject(name);
        foreach (var (key, value) in pairs)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    private static void NullableString(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter json, JsonEncodedText name, LocalDate date)
    {
        Span<byte> text = stackalloc byte[10];
        if (TryFormatDate(date, text))
        {
            json.WriteString(name, text);
        }
        else
        {
            json.WriteString(name, LocalDatePattern.Iso.Format(date));
        }
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
