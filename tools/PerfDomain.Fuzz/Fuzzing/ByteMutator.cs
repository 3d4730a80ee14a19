using System.Globalization;
using System.Text;

namespace PerfDomain.Fuzz.Fuzzing;

/// <summary>
/// Byte-level mutations: bits flipped, bytes set, inserted, deleted and duplicated, JSON tokens
/// dropped in, the text cut short, and splices of two documents.
/// </summary>
internal static class ByteMutator
{
    private static readonly byte[] Interesting =
    [
        (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)'"', (byte)':', (byte)',', (byte)'\\', (byte)'-', (byte)'+', (byte)'.', (byte)'e', (byte)'E',
        (byte)'0', (byte)'1', (byte)'9', (byte)'n', (byte)'t', (byte)'f', (byte)' ', (byte)'\n', (byte)'\t', (byte)'/', (byte)'*',
        0x00, 0x01, 0x1f, 0x7f, 0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf8, 0xfe, 0xff,
    ];

    private static readonly string[] Tokens =
    [
        "null", "true", "false", "{}", "[]", "\"\"", "\"x\"", ",", ":", "0", "-", "1e999", "-0", "01", "1.", ".5", "NaN", "Infinity", "\"\\u0000\"",
        "\"\\ud800\"", "\\u12", "\\", "\"", "//", "/*", "\u00ef\u00bb\u00bf", "{\"a\":", "[[[[[[[[", "]]]]", "}}}}", "\"id\":\"x\",", "  ", "\r\n",
    ];

    /// <summary>Applies one to four mutations; returns the bytes and what was done.</summary>
    public static byte[] Mutate(byte[] input, IReadOnlyList<Seed> others, Random rng, List<string> done)
    {
        var data = new List<byte>(input);
        var count = 1 + (rng.Next(3) == 0 ? rng.Next(4) : 0);
        for (var i = 0; i < count; i++)
        {
            done.Add(Once(data, others, rng));
        }

        return [.. data];
    }

    private static string Once(List<byte> data, IReadOnlyList<Seed> others, Random rng)
    {
        var at = data.Count == 0 ? 0 : rng.Next(data.Count);
        switch (rng.Next(11))
        {
            case 0 when data.Count > 0:
                var bit = rng.Next(8);
                data[at] ^= (byte)(1 << bit);
                return $"bit {bit} flipped at byte {at}";
            case 1 when data.Count > 0:
                var value = Interesting[rng.Next(Interesting.Length)];
                data[at] = value;
                return $"byte {at} set to 0x{value:x2}";
            case 2:
                var bytes = Enumerable.Range(0, 1 + rng.Next(8)).Select(_ => rng.Next(3) == 0 ? (byte)rng.Next(256) : Interesting[rng.Next(Interesting.Length)]).ToArray();
                data.InsertRange(at, bytes);
                return $"{bytes.Length} bytes inserted at {at}: {Convert.ToHexString(bytes)}";
            case 3:
                var token = Tokens[rng.Next(Tokens.Length)];
                data.InsertRange(at, Encoding.UTF8.GetBytes(token));
                return $"'{token}' inserted at byte {at}";
            case 4 when data.Count > 0:
                var length = Math.Min(data.Count - at, 1 + rng.Next(rng.Next(4) == 0 ? 512 : 16));
                data.RemoveRange(at, length);
                return $"{length} bytes deleted at {at}";
            case 5 when data.Count > 0:
                var span = Math.Min(data.Count - at, 1 + rng.Next(rng.Next(4) == 0 ? 2048 : 32));
                var copy = data.GetRange(at, span);
                data.InsertRange(Math.Min(data.Count, at + span), copy);
                return $"{span} bytes at {at} duplicated";
            case 6 when data.Count > 0:
                data.RemoveRange(at, data.Count - at);
                return $"cut at byte {at}";
            case 7 when others.Count > 0:
                // The start of this document, the end of another (often the same one).
                var other = others[rng.Next(others.Count)].Text;
                var from = rng.Next(other.Length);
                if (rng.Next(2) == 0 && at < data.Count)
                {
                    // Aligned on the same byte, so that the splice is more often well-formed.
                    var next = Array.IndexOf(other, data[at], from);
                    from = next >= 0 ? next : from;
                }

                data.RemoveRange(at, data.Count - at);
                data.AddRange(other.AsSpan(from).ToArray());
                return $"spliced at byte {at} with bytes {from}.. of another seed";
            case 8 when data.Count > 1:
                // A quote or bracket swapped for another: the structure breaks somewhere else.
                var structural = data.FindIndex(at, b => b is (byte)'"' or (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)':' or (byte)',');
                if (structural < 0)
                {
                    goto default;
                }

                var replacement = "\"{}[]:,"[rng.Next(7)];
                data[structural] = (byte)replacement;
                return $"structural byte {structural} set to '{replacement}'";
            case 9 when data.Count > 0:
                // A digit changed in a number or a date.
                var digit = data.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
                if (digit < 0)
                {
                    goto default;
                }

                var changed = (byte)('0' + rng.Next(10));
                data[digit] = changed;
                return $"digit at byte {digit} set to {(char)changed}";
            default:
                var whitespace = Encoding.UTF8.GetBytes(new string(' ', 1 + rng.Next(rng.Next(8) == 0 ? 70_000 : 8)));
                data.InsertRange(at, whitespace);
                return $"{whitespace.Length.ToString("N0", CultureInfo.InvariantCulture)} spaces inserted at {at}";
        }
    }
}
