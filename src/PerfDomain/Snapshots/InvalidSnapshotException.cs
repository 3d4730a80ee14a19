namespace PerfDomain.Snapshots;

/// <summary>
/// Thrown when a snapshot cannot be read or is not consistent: malformed JSON, a missing required
/// field, an unknown enum value or field, an impossible date, a rating off the scale, a duplicate
/// id, a reference to an employee (or cycle, unit, objective…) that does not exist, a manager cycle.
/// </summary>
/// <remarks>
/// <see cref="Path"/> locates the problem in the snapshot's JSON form (for example
/// <c>$.employees[3].reportingLines[0].managerId</c>), also when the snapshot was built in memory;
/// <see cref="Reason"/> says what is wrong in plain words. The message is the two together.
/// </remarks>
public sealed class InvalidSnapshotException : Exception
{
    /// <summary>Initialises a new instance.</summary>
    /// <param name="path">The JSON path of the problem, starting with <c>$</c>.</param>
    /// <param name="reason">What is wrong, in plain words.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public InvalidSnapshotException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Initialises a new instance at the root of the snapshot; prefer the constructor with a path.</summary>
    public InvalidSnapshotException()
        : this("$", "The snapshot is invalid.")
    {
    }

    /// <summary>Initialises a new instance at the root of the snapshot; prefer the constructor with a path.</summary>
    /// <param name="message">What is wrong.</param>
    public InvalidSnapshotException(string message)
        : this("$", message)
    {
    }

    /// <summary>Initialises a new instance at the root of the snapshot; prefer the constructor with a path.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public InvalidSnapshotException(string message, Exception innerException)
        : this("$", message, innerException)
    {
    }

    /// <summary>Gets the JSON path of the problem, such as <c>$.reviews[2].overallRating</c>.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong, without the path.</summary>
    public string Reason { get; }
}
