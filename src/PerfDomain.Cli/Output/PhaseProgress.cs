using System.Diagnostics;
using System.Globalization;
using PerfDomain.Cli.Input;

namespace PerfDomain.Cli.Output;

/// <summary>
/// Progress of a long <c>evaluate</c> or <c>explain</c> run: one line on standard error as each phase
/// (reading, evaluating, writing) begins and ends, each ending with the time since the command
/// started, in the style of <c>perfdomain generate</c>. Never on standard output.
/// </summary>
/// <remarks>
/// A run is long, and reported, from a snapshot file of <see cref="FileBytesThreshold"/> bytes on
/// (known before reading it) or from <see cref="EmployeeThreshold"/> employees on (known once read);
/// the bundled sample never is. <c>--quiet</c> turns reporting off. Not thread-safe: one per run.
/// </remarks>
internal sealed class PhaseProgress
{
    /// <summary>From this many employees in a snapshot on, a run reports progress.</summary>
    public const int EmployeeThreshold = 10_000;

    /// <summary>From a snapshot file of this many bytes on (16 MiB), a run reports progress from its start, reading included.</summary>
    public const long FileBytesThreshold = 16L * 1024 * 1024;

    private readonly string _command;
    private readonly TextWriter? _stderr;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _phaseStart;
    private bool _on;

    /// <summary>Initializes a new instance of the <see cref="PhaseProgress"/> class; the clock starts now.</summary>
    /// <param name="command">The command's name, such as <c>evaluate</c>.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="quiet">Whether to report nothing (<c>--quiet</c>).</param>
    public PhaseProgress(string command, TextWriter stderr, bool quiet)
    {
        _command = command;
        _stderr = quiet ? null : stderr;
    }

    /// <summary>Gets a value indicating whether lines are being written.</summary>
    public bool IsReporting => _on;

    /// <summary>Before the snapshot is read: reports the read when the file is large.</summary>
    /// <param name="path">The snapshot file, or <see langword="null"/> for the bundled sample.</param>
    public void Reading(string? path)
    {
        _phaseStart = _clock.Elapsed;
        if (_stderr is null || path is null)
        {
            return;
        }

        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return; // Reading the file reports what is wrong with it.
        }

        if (length >= FileBytesThreshold)
        {
            _on = true;
            Line(string.Create(CultureInfo.InvariantCulture, $"reading {path}, {length / 1e6:N0} MB"));
        }
    }

    /// <summary>Once the snapshot is read: reports how large it is and how long reading took, from <see cref="EmployeeThreshold"/> employees on.</summary>
    /// <param name="input">The snapshot.</param>
    public void Read(SnapshotInput input)
    {
        var snapshot = input.Snapshot;
        _on |= _stderr is not null && snapshot.Employees.Count >= EmployeeThreshold;
        End(string.Create(CultureInfo.InvariantCulture, $"read {snapshot.Employees.Count:N0} employees and {snapshot.Cycles.Count:N0} cycles from {input.Source}"));
    }

    /// <summary>Reports that a phase begins.</summary>
    /// <param name="text">What is being done, such as <c>writing 12 decisions as json to standard output</c>.</param>
    public void Begin(string text)
    {
        _phaseStart = _clock.Elapsed;
        Line(text);
    }

    /// <summary>Reports that a phase ended, with how long it took.</summary>
    /// <param name="text">What was done, such as <c>evaluated: 12 decisions about 3 employees</c>.</param>
    public void End(string text) =>
        Line(string.Create(CultureInfo.InvariantCulture, $"{text} in {(_clock.Elapsed - _phaseStart).TotalSeconds:0.0} s"));

    private void Line(string text)
    {
        if (!_on || _stderr is null)
        {
            return;
        }

        _stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Program.ToolName} {_command}: {text} ({_clock.Elapsed.TotalSeconds:0.0} s)"));
        _stderr.Flush();
    }
}
