namespace PerfDomain.Policies.Parameters;

/// <summary>
/// Thrown when policy parameters cannot be read or make no sense: malformed JSON, an unknown
/// parameter, a negative interval, a rating label that is not on the scale, a share outside 0 to 1.
/// </summary>
/// <remarks><see cref="Path"/> is the JSON path of the parameter (for example <c>$.reviewCadence.checkInIntervalDays</c>).</remarks>
public sealed class InvalidParametersException : Exception
{
    /// <summary>Initialises a new instance.</summary>
    /// <param name="path">The JSON path of the parameter.</param>
    /// <param name="reason">What is wrong.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public InvalidParametersException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Initialises a new instance at the root; prefer the constructor with a path.</summary>
    public InvalidParametersException()
        : this("$", "The parameters are invalid.")
    {
    }

    /// <summary>Initialises a new instance at the root; prefer the constructor with a path.</summary>
    /// <param name="message">What is wrong.</param>
    public InvalidParametersException(string message)
        : this("$", message)
    {
    }

    /// <summary>Initialises a new instance at the root; prefer the constructor with a path.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public InvalidParametersException(string message, Exception innerException)
        : this("$", message, innerException)
    {
    }

    /// <summary>Gets the JSON path of the parameter.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong, without the path.</summary>
    public string Reason { get; }
}
