namespace PerfDomain.Cli;

/// <summary>
/// A failure the tool reports as one line on standard error, with its exit code: the message names
/// the problem and where it is (a file, a JSON path, an option).
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException()
        : this(ExitCodes.InputError, "The input is invalid.")
    {
    }

    public CliException(string message)
        : this(ExitCodes.InputError, message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.InputError;
    }

    /// <summary>Gets the process exit code: <see cref="ExitCodes.UsageError"/> or <see cref="ExitCodes.InputError"/>.</summary>
    public int ExitCode { get; }

    public static CliException Usage(string message) => new(ExitCodes.UsageError, message);

    public static CliException Input(string message) => new(ExitCodes.InputError, message);
}
