namespace PerfDomain.Policies.Fairness;

/// <summary>A group-labels file that cannot be read: the exception names where (a CSV line and column, or a JSON path) and why.</summary>
public sealed class InvalidGroupLabelsException : FormatException
{
    /// <summary>Initialises a new instance.</summary>
    /// <param name="location">Where the problem is, such as <c>line 3, column 2</c> or <c>$['e-001'].gender</c>.</param>
    /// <param name="reason">Why it is a problem.</param>
    /// <param name="innerException">The error that revealed it, if any.</param>
    public InvalidGroupLabelsException(string location, string reason, Exception? innerException = null)
        : base($"{location}: {reason}", innerException)
    {
        Location = location;
        Reason = reason;
    }

    /// <summary>Initialises a new instance.</summary>
    public InvalidGroupLabelsException()
        : this("$", "the group labels are invalid.")
    {
    }

    /// <summary>Initialises a new instance.</summary>
    /// <param name="message">The message.</param>
    public InvalidGroupLabelsException(string message)
        : this("$", message)
    {
    }

    /// <summary>Initialises a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidGroupLabelsException(string message, Exception innerException)
        : this("$", message, innerException)
    {
    }

    /// <summary>Gets where the problem is.</summary>
    public string Location { get; }

    /// <summary>Gets why it is a problem.</summary>
    public string Reason { get; }
}
