namespace PerfDomain.Snapshots.Json;

/// <summary>
/// What snapshots and parameter files share about their encoding: UTF-8, with or without a byte order
/// mark (which is skipped); text in UTF-16 or UTF-32, with or without a byte order mark, is refused
/// by name rather than as a JSON syntax error on its first byte.
/// </summary>
internal static class JsonTextEncoding
{
    /// <summary>The number of leading bytes that decide the encoding; fewer are enough only at the end of the input.</summary>
    public const int BytesNeeded = 4;

    /// <summary>Gets the length of a UTF-8 byte order mark at the start of the input: 3, or 0 when there is none.</summary>
    /// <param name="start">The first bytes of the input.</param>
    /// <returns>The number of bytes to skip.</returns>
    public static int Utf8MarkLength(ReadOnlySpan<byte> start) => start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;

    /// <summary>
    /// Names the encoding of input that is not UTF-8: a byte order mark of UTF-16 or UTF-32, or the
    /// zero bytes that JSON text (whose first character is ASCII) has in those encodings without one.
    /// </summary>
    /// <param name="start">The first bytes of the input (at least <see cref="BytesNeeded"/> unless it is shorter).</param>
    /// <returns>For example <c>UTF-16 (little-endian)</c>, or <see langword="null"/> for input that may be UTF-8.</returns>
    public static string? OtherEncoding(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]) || (start.Length >= 4 && start[0] == 0 && start[1] == 0 && start[2] == 0 && start[3] != 0))
        {
            return "UTF-32 (big-endian)";
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || (start.Length >= 4 && start[0] != 0 && start[1] == 0 && start[2] == 0 && start[3] == 0))
        {
            return "UTF-32 (little-endian)";
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || (start.Length >= 2 && start[0] == 0 && start[1] != 0))
        {
            return "UTF-16 (big-endian)";
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || (start.Length >= 2 && start[0] != 0 && start[1] == 0))
        {
            return "UTF-16 (little-endian)";
        }

        return null;
    }

    /// <summary>Gets the reason to give for input in another encoding.</summary>
    /// <param name="encoding">The encoding, as <see cref="OtherEncoding"/> names it.</param>
    /// <param name="what">What the input is, such as <c>a snapshot</c>.</param>
    /// <returns>The reason, a sentence.</returns>
    public static string Refusal(string encoding, string what) =>
        $"the text is {encoding}; {what} must be UTF-8 (with or without a byte order mark): save the file as UTF-8.";
}
