namespace PerfDomain.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran.</summary>
    public const int Success = 0;

    /// <summary>An input was unusable: a missing or unreadable file, an invalid snapshot or parameter file, an unknown employee.</summary>
    public const int InputError = 1;

    /// <summary>The command line was wrong: an unknown command or option, a bad option value, a bad date.</summary>
    public const int UsageError = 2;

    /// <summary>The tool itself failed (a bug): reported in one line like any other failure.</summary>
    public const int InternalError = 70;
}
