using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using PerfDomain.Cli.Input;
using PerfDomain.Cli.Output;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;

namespace PerfDomain.Cli.Commands;

/// <summary><c>perfdomain generate --employees N [--cycles K] [--seed S] [-o FILE] [--quiet]</c>.</summary>
/// <remarks>
/// Writes a synthetic organisation (<see cref="SyntheticOrganization"/>) in the snapshot format.
/// The generator makes whole calendar years of two half-year cycles, so <c>--cycles K</c> asks for
/// <c>ceil(K / 2)</c> years (<see cref="SyntheticOrganizationOptions.Years"/>, 1 to 10, hence K from 1
/// to 20): an odd K gives K + 1 cycles. Without it, the generator's default of 2 years (4 cycles).
/// Cycles that would start after the reference date (16 November 2026) are left out, which never
/// happens with that date.
/// </remarks>
internal static class GenerateCommand
{
    /// <summary>From this many employees on, progress is reported on standard error (unless <c>--quiet</c>), as for <c>evaluate</c>.</summary>
    public const int ProgressThreshold = PhaseProgress.EmployeeThreshold;

    /// <summary>The most cycles <c>--cycles</c> accepts: two per year of the generator's maximum.</summary>
    public const int MaxCycles = 20;

    /// <summary>Creates the command.</summary>
    /// <param name="stdout">Where the snapshot goes without <c>-o</c>.</param>
    /// <param name="stderr">Where progress goes on long runs.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var employees = new Option<int>("--employees")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"How many employees to make, terminated ones included: 1 to {SyntheticOrganizationOptions.MaxEmployees:N0}."),
            HelpName = "N",
            Required = true,
        };
        employees.Validators.Add(result => Range(result, "--employees", 1, SyntheticOrganizationOptions.MaxEmployees));
        var cycles = new Option<int?>("--cycles")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"How many half-year performance cycles of history, 1 to {MaxCycles}; the generator makes whole years, so an odd K gives K + 1 cycles. Default: 4 (2 years)."),
            HelpName = "K",
        };
        cycles.Validators.Add(result => Range(result, "--cycles", 1, MaxCycles));
        var seed = new Option<int>("--seed")
        {
            Description = "The seed of every random choice: the same seed gives the same file, byte for byte.",
            HelpName = "S",
            DefaultValueFactory = _ => new SyntheticOrganizationOptions().Seed,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The file to write; without it, standard output.",
            HelpName = "FILE",
        };

        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Reports no progress on standard error; without it, from {ProgressThreshold:N0} employees on, a line per tenth done and per phase goes there."),
        };

        var command = new Command("generate", "Writes a synthetic organisation in the snapshot format (docs/snapshot-format.md): deterministic for a seed, 100,000 employees in seconds.")
        {
            employees,
            cycles,
            seed,
            output,
            quiet,
        };
        command.SetAction(parse =>
        {
            var defaults = new SyntheticOrganizationOptions();
            var options = defaults with
            {
                Employees = parse.GetValue(employees),
                Years = parse.GetValue(cycles) is { } k ? (k + 1) / 2 : defaults.Years,
                Seed = parse.GetValue(seed),
            };
            Run(options, parse.GetValue(output), stdout, parse.GetValue(quiet) ? null : stderr);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Range(OptionResult result, string name, int min, int max)
    {
        if (result.Tokens.Count == 0)
        {
            return;
        }

        var text = result.Tokens[^1].Value;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && (value < min || value > max))
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name}: '{text}' is out of range; it must be from {min} to {max}"));
        }
    }

    private static void Run(SyntheticOrganizationOptions options, string? path, TextWriter stdout, TextWriter? progressTo)
    {
        var progress = options.Employees >= ProgressThreshold && progressTo is not null ? new ProgressLines(progressTo, options) : null;
        var snapshot = SyntheticOrganization.Generate(options, progress);
        progress?.Writing(path);
        if (path is null)
        {
            using var stream = new TextWriterStream(stdout);
            SnapshotWriter.Write(snapshot, stream);
            stream.Flush();
            stdout.WriteLine();
            stdout.Flush();
        }
        else
        {
            WriteFile(snapshot, path);
        }

        progress?.Done(snapshot.Employees.Count, path);
    }

    private static void WriteFile(OrganizationSnapshot snapshot, string path)
    {
        if (Directory.Exists(path))
        {
            throw CliException.Input($"{path}: is a directory, not a file.");
        }

        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            SnapshotWriter.Write(snapshot, file);
            file.WriteByte((byte)'\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliException.Input($"{path}: cannot be written: {InputFile.OneLine(ex.Message)}");
        }
    }

    /// <summary>Progress of a long run, one line on standard error per tenth done and per phase.</summary>
    private sealed class ProgressLines : IProgress<double>
    {
        private readonly TextWriter _stderr;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _tenths;

        public ProgressLines(TextWriter stderr, SyntheticOrganizationOptions options)
        {
            _stderr = stderr;
            Line(string.Create(CultureInfo.InvariantCulture, $"generating {options.Employees:N0} employees, {options.Years} years ({options.Years * 2} half-year cycles), seed {options.Seed}"));
        }

        // The generator reports synchronously, on its own thread: no Progress<T> (which posts to the thread pool).
        public void Report(double value)
        {
            var tenths = (int)Math.Floor(Math.Clamp(value, 0, 1) * 10);
            if (tenths > _tenths)
            {
                _tenths = tenths;
                Line(string.Create(CultureInfo.InvariantCulture, $"generated {tenths * 10}%"));
            }
        }

        public void Writing(string? path) => Line($"writing the snapshot to {path ?? "standard output"}");

        public void Done(int employees, string? path) =>
            Line(string.Create(CultureInfo.InvariantCulture, $"wrote {employees:N0} employees to {path ?? "standard output"}"));

        private void Line(string text)
        {
            _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Program.ToolName} generate: {text} ({_clock.Elapsed.TotalSeconds:0.0} s)"));
            _stderr.Flush();
        }
    }
}
