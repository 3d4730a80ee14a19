using System.Globalization;

namespace PerfDomain.Policies.Decisions;

/// <summary>
/// Thrown when text is not a valid decision document (docs/decision-format.md): malformed JSON, a missing or
/// repeated member, a value of the wrong type, an impossible date, an unknown decision kind or escalation level, an
/// invalid id, an unsupported <c>schemaVersion</c>, or a JSON Lines header whose <c>decisionCount</c> does not match
/// the lines that follow.
/// </summary>
/// <remarks>
/// <see cref="Path"/> locates the problem (for example <c>$.decisions[3].explanation.asOf</c>); in JSON Lines,
/// <see cref="LineNumber"/> says which line and <see cref="Path"/> is within that line's object. <see cref="Reason"/>
/// says what is wrong in plain words. The message is the three together.
/// </remarks>
public sealed class DecisionFormatException : FormatException
{
    /// <summary>Initialises a new instance.</summary>
    /// <param name="path">The JSON path of the problem, starting with <c>$</c>.</param>
    /// <param name="reason">What is wrong, in plain words.</param>
    /// <param name="lineNumber">For JSON Lines, the line (from 1); otherwise <see langword="null"/>.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public DecisionFormatException(string path, string reason, long? lineNumber = null, Exception? innerException = null)
        : base(Describe(path, reason, lineNumber), innerException)
    {
        Path = path;
        Reason = reason;
        LineNumber = lineNumber;
    }

    /// <summary>Initialises a new instance at the root of the document; prefer the constructor with a path.</summary>
    public DecisionFormatException()
        : this("$", "The decision document is invalid.")
    {
    }

    /// <summary>Initialises a new instance at the root of the document; prefer the constructor with a path.</summary>
    /// <param name="message">What is wrong.</param>
    public DecisionFormatException(string message)
        : this("$", message)
    {
    }

    /// <summary>Initialises a new instance at the root of the document; prefer the constructor with a path.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public DecisionFormatException(string message, Exception innerException)
        : this("$", message, null, innerException)
    {
    }

    /// <summary>Gets the JSON path of the problem, such as <c>$.decisions[3].kind</c>.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong, without the path.</summary>
    public string Reason { get; }

    /// <summary>Gets the line of a JSON Lines text the problem is on, counted from 1; <see langword="null"/> for a JSON document.</summary>
    public long? LineNumber { get; }

    internal DecisionFormatException OnLine(long lineNumber) => new(Path, Reason, lineNumber, InnerException);

    private static string Describe(string path, string reason, long? lineNumber) =>
        lineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}: {path}: {reason}") : $"{path}: {reason}";
}
