using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text;
using PerfDomain.Cli.Commands;
using PerfDomain.Cli.Input;
using PerfDomain.Cli.Output;

namespace PerfDomain.Cli;

/// <summary>The <c>perfdomain</c> tool's entry point.</summary>
internal static class Program
{
    /// <summary>The tool's command name.</summary>
    internal const string ToolName = "perfdomain";

    private static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        return Run(args, StandardOutput(), Console.Error, Terminal.Detect());
    }

    /// <summary>
    /// Gets standard output: <see cref="Console.Out"/> on a terminal; when redirected, a writer of the
    /// same encoding with a 64 KB buffer, flushed after every write as <see cref="Console.Out"/> is.
    /// </summary>
    /// <remarks>
    /// <see cref="Console.Out"/> passes text on through a 256-character buffer: a system call per 256
    /// bytes, about a million of them for the JSON of a 100,000-employee evaluation.
    /// </remarks>
    /// <returns>The writer.</returns>
    private static TextWriter StandardOutput()
    {
        if (!Console.IsOutputRedirected)
        {
            return Console.Out;
        }

        var encoding = Console.OutputEncoding;
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        else if (encoding.Preamble.Length > 0)
        {
            return Console.Out; // Console.Out writes no byte-order mark; a StreamWriter would.
        }

        return new StreamWriter(Console.OpenStandardOutput(), encoding, bufferSize: 1 << 16) { AutoFlush = true };
    }

    /// <summary>
    /// Runs the tool: parses the command line, runs the command, and reports any failure as one line
    /// on <paramref name="stderr"/>, never a stack trace.
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where results (and help) go.</param>
    /// <param name="stderr">Where the one-line error goes.</param>
    /// <returns>
    /// <see cref="ExitCodes.Success"/>; <see cref="ExitCodes.UsageError"/> for a wrong command line
    /// (unknown command or option, bad option value or date); <see cref="ExitCodes.InputError"/> for an
    /// unusable input (missing file, invalid snapshot or parameters, unknown employee);
    /// <see cref="ExitCodes.InternalError"/> for a failure of the tool itself.
    /// </returns>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Terminal.Piped);

    /// <summary>Runs the tool with table output fitted to a terminal.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where results (and help) go.</param>
    /// <param name="stderr">Where the one-line error goes.</param>
    /// <param name="terminal">The width of table output and whether it is coloured.</param>
    /// <returns>The exit code, as <see cref="Run(string[], TextWriter, TextWriter)"/>.</returns>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Terminal terminal)
    {
        // A plain command named like the tool, not a RootCommand (named after the executable, PerfDomain.Cli),
        // so that help and usage lines read "perfdomain"; an assembly named perfdomain would collide with
        // PerfDomain.dll on case-insensitive file systems.
        var root = new Command(ToolName, "What performance-management policy says about an organisation snapshot, as of a date, and why.")
        {
            new HelpOption(),
            new VersionOption(),
            EvaluateCommand.Create(stdout, stderr, terminal),
            ExplainCommand.Create(stdout, stderr, terminal),
            GenerateCommand.Create(stdout, stderr),
            SchemaCommand.Create(stdout),
            CheckCommand.Create(stdout, stderr, terminal),
            DiffCommand.Create(stdout, terminal),
            FairnessCommand.Create(stdout, terminal),
        };

        // No arguments at all is a request for help: the overview, on standard output, and success.
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Errors.Count > 0)
        {
            var command = parse.CommandResult.Command == root ? ToolName : $"{ToolName} {parse.CommandResult.Command.Name}";
            // An unknown option taken for the snapshot's path is named by the snapshot's validator: report it first.
            var unrecognized = parse.Errors.Select(e => e.Message).FirstOrDefault(m => Usage.UnrecognizedToken(m) is not null);
            var unmatched = unrecognized is not null ? Usage.UnrecognizedToken(unrecognized) : parse.UnmatchedTokens.Count > 0 ? parse.UnmatchedTokens[0] : null;
            var message = unrecognized is not null ? InputFile.OneLine(unrecognized)
                : parse.UnmatchedTokens.Count > 0 ? $"Unrecognized command or option '{parse.UnmatchedTokens[0]}'."
                : InputFile.OneLine(parse.Errors[0].Message);
            message = message.EndsWith('.') ? message : message + ".";
            var suggestion = unmatched is null ? null : Usage.DidYouMean(parse.CommandResult.Command, unmatched);
            var hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
            stderr.WriteLine($"{command}: {message}{hint} See '{command} --help'.");
            return ExitCodes.UsageError;
        }

        if (parse.Action is HelpAction)
        {
            // Help, with the optional arguments of each subcommand shown as optional in the list of commands,
            // wrapped to the terminal's width (100 columns when not a terminal).
            using var help = new StringWriter(CultureInfo.InvariantCulture);
            var code = parse.Invoke(new InvocationConfiguration { Output = help, Error = stderr });
            stdout.Write(Usage.Wrap(Usage.MarkOptionalArguments(help.ToString(), root), terminal.Width));
            return code;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException ex)
        {
            stderr.WriteLine(ex.Message);
            return ex.ExitCode;
        }
#pragma warning disable CA1031 // The tool's contract is one line and no stack trace, for failures not foreseen too.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"{ToolName}: internal error: {ex.GetType().Name}: {InputFile.OneLine(ex.Message)} Please report it with the command line that caused it.");
            return ExitCodes.InternalError;
        }
    }
}
