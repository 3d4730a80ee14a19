using System.Text.Json;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// A value of the snapshot that is not what its member expects, found by one of the format's own
/// converters: the message says, in the format's words, what was expected and what was found.
/// System.Text.Json adds the path and the line and passes it on unchanged.
/// </summary>
internal sealed class InvalidValueException : JsonException
{
    public InvalidValueException(string reason)
        : base(reason)
    {
        Reason = reason;
    }

    public InvalidValueException()
        : this("the value is not what the format expects here.")
    {
    }

    public InvalidValueException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>Gets the reason in the format's words, as given (System.Text.Json's message may add a position).</summary>
    public string Reason { get; }

    /// <summary>The error for a value of the wrong kind or out of range: "expected …, found …".</summary>
    public static InvalidValueException Expected(string expected, string found) => new($"expected {expected}, found {found}.");
}
