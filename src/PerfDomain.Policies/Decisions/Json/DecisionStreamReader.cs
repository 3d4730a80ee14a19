using System.Text.Json;

namespace PerfDomain.Policies.Decisions.Json;

/// <summary>
/// Reads a decision document (JSON) or its JSON Lines form from a stream a buffer at a time: the text is never held
/// whole, only one decision (or line) at a time, parsed by <see cref="DecisionReader"/>. One implementation serves
/// the synchronous and the asynchronous API: with <c>async: false</c> every await completes synchronously.
/// </summary>
internal static class DecisionStreamReader
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static async ValueTask<DecisionDocument> ReadDocumentAsync(Stream stream, bool async, CancellationToken cancellationToken)
    {
        using var buffer = new Utf8StreamBuffer(stream);
        var scanner = new Scanner(buffer);
        var path = new JsonPath();
        var header = new DecisionReader.Header();
        var decisions = new List<Decision>();
        var members = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await SkipByteOrderMarkAsync(buffer, async, cancellationToken).ConfigureAwait(false);
            while (IsBlank(buffer.Pending) && !buffer.IsFinal)
            {
                await buffer.FillAsync(async, cancellationToken).ConfigureAwait(false);
            }

            if (IsBlank(buffer.Pending) || !await NextAsync(value: false).ConfigureAwait(false))
            {
                throw path.Error("the text is empty; expected a decision document.");
            }

            if (scanner.TokenType != JsonTokenType.StartObject)
            {
                throw path.Error($"expected the decision document as an object, found {Describe(scanner.TokenType)}.");
            }

            while (await NextAsync(value: false).ConfigureAwait(false) && scanner.TokenType == JsonTokenType.PropertyName)
            {
                var member = scanner.Member!;
                if (!members.Add(member))
                {
                    throw path.Error(member, "appears twice.");
                }

                path.Push(member);
                if (member == "decisions")
                {
                    await NextAsync(value: false).ConfigureAwait(false);
                    if (scanner.TokenType != JsonTokenType.StartArray)
                    {
                        throw path.Error($"expected the decisions as an array, found {Describe(scanner.TokenType)}.");
                    }

                    while (true)
                    {
                        path.Push(decisions.Count);
                        await NextAsync(value: true).ConfigureAwait(false);
                        if (scanner.TokenType == JsonTokenType.EndArray)
                        {
                            path.Pop();
                            break;
                        }

                        decisions.Add(ParseDecision(scanner.Value, path));
                        scanner.Commit();
                        path.Pop();
                    }
                }
                else
                {
                    await NextAsync(value: true).ConfigureAwait(false);
                    ParseHeaderMember(scanner.Value, member, header, path, lines: false);
                    scanner.Commit();
                }

                path.Pop();
            }

            if (await NextAsync(value: false).ConfigureAwait(false))
            {
                throw path.Error("there is more after the end of the document.");
            }
        }
        catch (JsonException e)
        {
            throw path.Error("is not well-formed JSON.", e);
        }

        var document = header.ToDocument(path, decisions, lines: false);
        return members.Contains("decisions") ? document : throw path.Error("\"decisions\" is missing.");

        async ValueTask<bool> NextAsync(bool value)
        {
            while (!(value ? scanner.TryReadValue() : scanner.TryReadToken()))
            {
                if (buffer.IsFinal)
                {
                    return false;
                }

                if (!await buffer.FillAsync(async, cancellationToken).ConfigureAwait(false))
                {
                    throw path.Error($"is longer than {Utf8StreamBuffer.MaxValueBytes / (1024 * 1024)} MiB; a decision document's values are far smaller.");
                }
            }

            return true;
        }
    }

    public static async ValueTask<DecisionDocument> ReadLinesAsync(Stream stream, bool async, CancellationToken cancellationToken)
    {
        using var buffer = new Utf8StreamBuffer(stream);
        var header = new DecisionReader.Header();
        var decisions = new List<Decision>();
        long line = 0;
        await SkipByteOrderMarkAsync(buffer, async, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var end = buffer.Pending.IndexOf((byte)'\n');
            if (end < 0 && !buffer.IsFinal)
            {
                if (!await buffer.FillAsync(async, cancellationToken).ConfigureAwait(false))
                {
                    throw new DecisionFormatException("$", $"the line is longer than {Utf8StreamBuffer.MaxValueBytes / (1024 * 1024)} MiB; a decision's line is far shorter.", line + 1);
                }

                continue;
            }

            if (end < 0 && buffer.Pending.IsEmpty)
            {
                break;
            }

            line++;
            var length = end < 0 ? buffer.Pending.Length : end;
            try
            {
                if (line == 1)
                {
                    ParseHeaderLine(buffer.Pending[..length], header);
                }
                else
                {
                    decisions.Add(ParseDecisionLine(buffer.Pending[..length]));
                }
            }
            catch (DecisionFormatException e)
            {
                throw e.OnLine(line);
            }

            buffer.Advance(end < 0 ? length : length + 1);
        }

        var path = new JsonPath();
        if (line == 0)
        {
            throw new DecisionFormatException("$", "the text is empty; expected a header line, then one line per decision.", 1);
        }

        if (header.DecisionCount != decisions.Count)
        {
            throw new DecisionFormatException("$.decisionCount", $"is {header.DecisionCount}, but {decisions.Count} decision lines follow the header.", 1);
        }

        return header.ToDocument(path, decisions, lines: true);
    }

    private static Decision ParseDecision(ReadOnlySpan<byte> json, JsonPath path)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return DecisionReader.ReadDecision(ref reader, path);
    }

    private static void ParseHeaderMember(ReadOnlySpan<byte> json, string member, DecisionReader.Header header, JsonPath path, bool lines)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        DecisionReader.ReadHeaderMember(ref reader, member, header, path, lines);
    }

    private static void ParseHeaderLine(ReadOnlySpan<byte> json, DecisionReader.Header header)
    {
        var path = new JsonPath();
        try
        {
            var reader = StartLine(json, path, "the header");
            var members = new HashSet<string>(StringComparer.Ordinal);
            while (DecisionReader.NextMember(ref reader, out var member))
            {
                if (!members.Add(member))
                {
                    throw path.Error(member, "appears twice.");
                }

                path.Push(member);
                if (!DecisionReader.ReadHeaderMember(ref reader, member, header, path, lines: true))
                {
                    reader.Skip();
                }

                path.Pop();
            }

            EndLine(ref reader, path);
            header.ToDocument(path, [], lines: true);
        }
        catch (JsonException e)
        {
            throw path.Error("is not well-formed JSON.", e);
        }
    }

    private static Decision ParseDecisionLine(ReadOnlySpan<byte> json)
    {
        var path = new JsonPath();
        try
        {
            var reader = StartLine(json, path, "a decision");
            var decision = DecisionReader.ReadDecision(ref reader, path);
            EndLine(ref reader, path);
            return decision;
        }
        catch (JsonException e)
        {
            throw path.Error("is not well-formed JSON.", e);
        }
    }

    private static Utf8JsonReader StartLine(ReadOnlySpan<byte> json, JsonPath path, string what)
    {
        var reader = new Utf8JsonReader(json);
        if (IsBlank(json))
        {
            throw path.Error($"the line is empty; expected {what} as one JSON object.");
        }

        reader.Read();
        DecisionReader.ExpectObject(ref reader, path, what);
        return reader;
    }

    // JSON's white space: what Utf8JsonReader refuses as "no JSON tokens".
    private static bool IsBlank(ReadOnlySpan<byte> json) => json.IndexOfAnyExcept(" \t\r\n"u8) < 0;

    private static void EndLine(ref Utf8JsonReader reader, JsonPath path)
    {
        // Anything after the object on its line is not JSON Lines (the reader throws on a second value).
        if (reader.Read())
        {
            throw path.Error("there is more on the line after its object.");
        }
    }

    private static async ValueTask SkipByteOrderMarkAsync(Utf8StreamBuffer buffer, bool async, CancellationToken cancellationToken)
    {
        while (buffer.Pending.Length < ByteOrderMark.Length && !buffer.IsFinal)
        {
            await buffer.FillAsync(async, cancellationToken).ConfigureAwait(false);
        }

        if (buffer.Pending.StartsWith(ByteOrderMark))
        {
            buffer.Advance(ByteOrderMark.Length);
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };

    /// <summary>
    /// Steps through the stream's JSON a token, or a whole value, at a time, keeping the reader's state between
    /// buffers; a value read whole stays in the buffer (<see cref="Value"/>) until <see cref="Commit"/>.
    /// </summary>
    private sealed class Scanner(Utf8StreamBuffer buffer)
    {
        private JsonReaderState _state;
        private int _valueOffset;
        private int _valueLength;
        private int _uncommitted;

        public JsonTokenType TokenType { get; private set; }

        public string? Member { get; private set; }

        public ReadOnlySpan<byte> Value => buffer.Pending.Slice(_valueOffset, _valueLength);

        /// <summary>Reads one token; false when the buffer ends before it does.</summary>
        public bool TryReadToken()
        {
            var reader = new Utf8JsonReader(buffer.Pending, buffer.IsFinal, _state);
            if (!reader.Read())
            {
                return false;
            }

            TokenType = reader.TokenType;
            Member = TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
            buffer.Advance((int)reader.BytesConsumed);
            _state = reader.CurrentState;
            return true;
        }

        /// <summary>Reads one value whole (or the end of an array or object); false when the buffer ends before it does.</summary>
        public bool TryReadValue()
        {
            var reader = new Utf8JsonReader(buffer.Pending, buffer.IsFinal, _state);
            if (!reader.Read())
            {
                return false;
            }

            var start = (int)reader.TokenStartIndex;
            var token = reader.TokenType;
            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
            {
                return false;
            }

            TokenType = token;
            Member = null;
            _state = reader.CurrentState;
            _valueOffset = start;
            _valueLength = (int)reader.BytesConsumed - start;
            _uncommitted = (int)reader.BytesConsumed;
            if (token is JsonTokenType.EndArray or JsonTokenType.EndObject)
            {
                Commit();
            }

            return true;
        }

        /// <summary>Consumes the value last read by <see cref="TryReadValue"/>.</summary>
        public void Commit()
        {
            buffer.Advance(_uncommitted);
            _uncommitted = 0;
        }
    }
}
