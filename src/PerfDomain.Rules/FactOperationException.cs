using System.Globalization;

namespace PerfDomain.Rules;

/// <summary>
/// Thrown when an insert finds a fact already in the session, or an update or retract finds one missing.
/// Derives from <see cref="ArgumentException"/>, as NRules' equivalent error does.
/// </summary>
public sealed class FactOperationException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="FactOperationException"/> class.</summary>
    public FactOperationException()
    {
        Facts = [];
    }

    /// <summary>Initializes a new instance of the <see cref="FactOperationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public FactOperationException(string message)
        : base(message)
    {
        Facts = [];
    }

    /// <summary>Initializes a new instance of the <see cref="FactOperationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FactOperationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Facts = [];
    }

    /// <summary>Initializes a new instance of the <see cref="FactOperationException"/> class.</summary>
    /// <param name="operation">The failed operation.</param>
    /// <param name="facts">The offending facts.</param>
    public FactOperationException(FactOperation operation, IReadOnlyList<object> facts)
        : base(BuildMessage(operation, facts), "facts")
    {
        Operation = operation;
        Facts = facts;
    }

    /// <summary>Gets the failed operation.</summary>
    public FactOperation Operation { get; }

    /// <summary>Gets the facts that were already present (insert) or missing (update, retract).</summary>
    public IReadOnlyList<object> Facts { get; }

    private static string BuildMessage(FactOperation operation, IReadOnlyList<object> facts)
    {
        var problem = operation == FactOperation.Insert ? "already in the session" : "not in the session";
        var list = string.Join(", ", facts.Take(5).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.GetType().Name} '{f}'")));
        var more = facts.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $" and {facts.Count - 5} more") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Cannot {operation.ToString().ToLowerInvariant()}: {facts.Count} fact(s) {problem}: {list}{more}.");
    }
}
