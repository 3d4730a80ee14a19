using System.Buffers;
using System.Text;
using System.Text.Json;

namespace PerfDomain.Snapshots.Json;

internal sealed partial class SnapshotJsonParser
{
    /// <summary>
    /// Whether the value the reader is on ends in this buffer, so that it can be deserialized; on
    /// the way, checks the limits inside it (string length, array length, depth), so that a value
    /// that breaks one fails before the buffer grows to hold it.
    /// </summary>
    private bool Whole(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, int index)
    {
        var scan = reader;
        return Scan(ref scan, data, index);
    }

    /// <summary>Moves the reader to the last token of the value it is on, checking limits; false when the value does not end in this buffer.</summary>
    private bool Scan(ref Utf8JsonReader scan, ReadOnlySpan<byte> data, int index)
    {
        var token = scan.TokenType;
        if (token == JsonTokenType.String && IsTooLong(ref scan))
        {
            throw StringTooLong(ValuePath(index), name: false);
        }

        if (token is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return true;
        }

        var start = (int)scan.TokenStartIndex;
        var depth = scan.CurrentDepth;
        Enter(depth, token == JsonTokenType.StartArray);
        try
        {
            while (scan.Read())
            {
                switch (scan.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (IsTooLong(ref scan))
                        {
                            throw StringTooLong(Locate(data, start, scan.TokenStartIndex, ValuePath(index)), name: true);
                        }

                        break;
                    case JsonTokenType.String:
                        CountItem(ref scan, data, start, index);
                        if (IsTooLong(ref scan))
                        {
                            throw StringTooLong(Locate(data, start, scan.TokenStartIndex, ValuePath(index)), name: false);
                        }

                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        CountItem(ref scan, data, start, index);
                        if (scan.CurrentDepth >= MaxDepth)
                        {
                            throw new InvalidSnapshotException(
                                Locate(data, start, scan.TokenStartIndex, ValuePath(index)),
                                $"the JSON nests more than {MaxDepth} levels deep, the most the snapshot reader accepts (the format itself nests five).");
                        }

                        Enter(scan.CurrentDepth, scan.TokenType == JsonTokenType.StartArray);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (scan.CurrentDepth == depth)
                        {
                            return true;
                        }

                        break;
                    default:
                        CountItem(ref scan, data, start, index);
                        break;
                }
            }
        }
        catch (JsonException ex)
        {
            _broken = true;
            throw JsonErrors.Malformed(ex, Locate(data, start, -1, ValuePath(index)), JsonErrors.FailingToken(data, scan.BytesConsumed));
        }

        // The reader consumes whitespace after some tokens: a run of it counts as unfinished too.
        var trailingWhitespace = data.Length - data.LastIndexOfAnyExcept(" \t\r\n"u8) - 1;
        if (Math.Max(data.Length - scan.BytesConsumed, trailingWhitespace) > _maxTokenBytes)
        {
            throw TokenTooLong(data, (int)scan.BytesConsumed, Locate(data, start, -1, ValuePath(index)));
        }

        return false;
    }

    private void Enter(int depth, bool isArray)
    {
        _isArray[depth + 1] = isArray;
        _items[depth + 1] = 0;
    }

    private void CountItem(ref Utf8JsonReader scan, ReadOnlySpan<byte> data, int start, int index)
    {
        var depth = scan.CurrentDepth;
        if (_countItems && _isArray[depth] && ++_items[depth] > _options.MaxArrayLength)
        {
            throw new InvalidSnapshotException(
                Locate(data, start, scan.TokenStartIndex, ValuePath(index)),
                $"the array has more than {JsonErrors.Count(_options.MaxArrayLength)} items, the most this reader accepts (its MaxArrayLength limit).");
        }
    }

    /// <summary>Whether the string or member name the reader is on has more characters than allowed.</summary>
    private bool IsTooLong(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        var max = _options.MaxStringLength;
        if (raw.Length <= max)
        {
            // A character takes at least one byte, escaped or not.
            return false;
        }

        if (!reader.ValueIsEscaped)
        {
            return Encoding.UTF8.GetCharCount(raw) > max;
        }

        var chars = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            return reader.CopyString(chars) > max;
        }
        catch (InvalidOperationException)
        {
            // Not valid text (bad UTF-8, an unpaired surrogate escape): too long only if no unescaping could
            // bring it within the limit; otherwise the member's converter reports what it is.
            return raw.Length > 6L * max;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private InvalidSnapshotException StringTooLong(string path, bool name) =>
        new(path, $"{(name ? "a member name" : "the string")} is longer than {JsonErrors.Count(_options.MaxStringLength)} characters, the most this reader accepts (its MaxStringLength limit).");

    /// <summary>The error for an unfinished token longer than any valid one: a string too long, or something else as long.</summary>
    private InvalidSnapshotException TokenTooLong(ReadOnlySpan<byte> data, int wholeTokensEnd, string path)
    {
        var rest = data[wholeTokensEnd..];
        var first = rest.IndexOfAnyExcept(" \t\r\n,:"u8);
        return first >= 0 && rest[first] == (byte)'"'
            ? StringTooLong(path, name: false)
            : new InvalidSnapshotException(path, $"a value or run of whitespace is longer than {JsonErrors.Count(_maxTokenBytes)} bytes, more than any value can take under the reader's MaxStringLength limit.");
    }

    /// <summary>
    /// The path of a point inside the value that starts at <paramref name="start"/>: the token that
    /// starts at <paramref name="target"/>, or (target -1) the token after the last whole one.
    /// Only for errors: it reads the value again, keeping the path as it goes.
    /// </summary>
    private static string Locate(ReadOnlySpan<byte> data, int start, long target, string basePath)
    {
        var reader = new Utf8JsonReader(data[start..], isFinalBlock: false, new JsonReaderState(ReaderOptions));
        var frames = new List<PathFrame>();
        var last = JsonTokenType.None;
        var at = JsonTokenType.None;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (target >= 0 && start + reader.TokenStartIndex >= target)
                {
                    at = token;
                    break;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    frames[^1].Segment = Segment(JsonTokens.Name(ref reader));
                }
                else if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                }
                else
                {
                    if (frames.Count > 0 && frames[^1].IsArray)
                    {
                        frames[^1].Segment = $"[{frames[^1].Items++}]";
                    }

                    if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Add(new PathFrame(token == JsonTokenType.StartArray));
                    }
                }

                last = token;
            }
        }
        catch (JsonException)
        {
            // The path is where the syntax error was found.
        }

        if (frames.Count == 0)
        {
            return SnapshotShape.Locate(basePath).Path;
        }

        var top = frames[^1];
        if (top.IsArray)
        {
            top.Segment = $"[{top.Items}]";
        }
        else if (at == JsonTokenType.PropertyName || (at == JsonTokenType.None && last != JsonTokenType.PropertyName))
        {
            // The next token is a member name: the path is the object's.
            top.Segment = null;
        }

        // Only as far as the format goes: a path never names a member the format does not have.
        return SnapshotShape.Locate(basePath + string.Concat(frames.Select(f => f.Segment))).Path;
    }

    private sealed class PathFrame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Items { get; set; }

        public string? Segment { get; set; }
    }
}
