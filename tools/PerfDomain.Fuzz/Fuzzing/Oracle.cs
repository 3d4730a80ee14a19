using System.Text;
using NodaTime;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Fuzz.Fuzzing;

/// <summary>How a case ended.</summary>
public enum Verdict
{
    /// <summary>The input was read, and everything done with it afterwards worked.</summary>
    Accepted,

    /// <summary>The input was refused with the documented exception and a good message.</summary>
    Refused,

    /// <summary>Something the contract does not allow: another exception, or a bad message.</summary>
    Finding,
}

/// <summary>The outcome of one case.</summary>
/// <param name="Verdict">How it ended.</param>
/// <param name="Reason">The refusal's reason, when refused (or the bad one, for a finding about a message).</param>
/// <param name="Problem">What is wrong, for a finding: the class and detail.</param>
/// <param name="Stage">Where it happened: read, evaluate, explain, partition, advance, round trip.</param>
public sealed record CaseOutcome(Verdict Verdict, string? Reason, string? Problem, string? Stage);

/// <summary>
/// Runs one input through the library and judges what happens. A snapshot is read; one that is
/// accepted is evaluated with the default packs, one employee's decisions are explained, a
/// partition is made and moved to the next day, and the snapshot is written and read back. A
/// parameter file is read; one that is accepted is used to evaluate the sample. The only
/// exceptions allowed are <see cref="InvalidSnapshotException"/> and <see cref="InvalidParametersException"/>
/// where reading or checking parameters refuses the input, and nothing at all after acceptance;
/// every refusal names a path that exists in the format's schema, in words free of .NET.
/// </summary>
public sealed class Oracle
{
    private static readonly LocalDate DefaultAsOf = new(2026, 11, 16);

    private static readonly SnapshotReaderOptions Tight = new() { MaxStringLength = 120, MaxArrayLength = 40, MaxEmployees = 12, MaxBytes = 200_000 };

    private readonly PolicyEngine _engine;
    private readonly OrganizationSnapshot _parameterTarget;
    private readonly SchemaPaths _snapshotSchema;
    private readonly SchemaPaths _parametersSchema;

    /// <summary>Initialises a new instance.</summary>
    /// <param name="parameterTarget">The snapshot accepted parameter files are evaluated against (the sample).</param>
    public Oracle(OrganizationSnapshot parameterTarget)
    {
        _engine = PolicyEngine.CreateBuilder().AddDefaultPacks().Build();
        _parameterTarget = parameterTarget;
        _snapshotSchema = new SchemaPaths(SnapshotSchema.Write());
        _parametersSchema = new SchemaPaths(PolicyParametersSchema.Write());
    }

    /// <summary>Judges one input.</summary>
    /// <param name="kind">What the input is.</param>
    /// <param name="input">Its bytes.</param>
    /// <param name="rng">Choices along the way (the as-of date, the employee explained, the reader's limits).</param>
    /// <returns>The outcome.</returns>
    public CaseOutcome Check(InputKind kind, byte[] input, Random rng) =>
        kind == InputKind.Snapshot ? CheckSnapshot(input, rng) : CheckParameters(input, rng);

    private CaseOutcome CheckSnapshot(byte[] input, Random rng)
    {
        OrganizationSnapshot snapshot;
        try
        {
            using var stream = new MemoryStream(input, writable: false);
            snapshot = SnapshotReader.Read(stream, rng.Next(10) == 0 ? Tight : SnapshotReaderOptions.Default);
        }
        catch (InvalidSnapshotException ex)
        {
            return Refusal("read", ex.Path, ex.Reason, ex.Message, _snapshotSchema);
        }
#pragma warning disable CA1031 // Every other exception is what the fuzzer looks for.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Escape("read", ex);
        }

        var stage = "evaluate";
        try
        {
            var asOf = AsOf(snapshot.ReferenceDate, rng);
            _engine.Evaluate(snapshot, asOf);
            if (snapshot.Employees.Count > 0)
            {
                stage = "explain";
                _engine.Explain(snapshot, asOf, snapshot.Employees[rng.Next(snapshot.Employees.Count)].Id);
            }

            stage = "partition";
            var partition = _engine.CreatePartition(snapshot, asOf);
            stage = "advance";
            partition.AdvanceTo(asOf < OrganizationSnapshot.SupportedDates.End ? asOf.PlusDays(1) : asOf.PlusDays(-1));
            stage = "round trip";
            var again = SnapshotReader.Read(SnapshotWriter.Write(snapshot));
            if (!again.Equals(snapshot))
            {
                return new CaseOutcome(Verdict.Finding, null, "round trip: the snapshot written and read back differs", stage);
            }
        }
#pragma warning disable CA1031
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Escape(stage, ex);
        }

        return new CaseOutcome(Verdict.Accepted, null, null, null);
    }

    private CaseOutcome CheckParameters(byte[] input, Random rng)
    {
        PolicyParameters parameters;
        try
        {
            parameters = PolicyParameters.FromJson(Encoding.UTF8.GetString(input));
        }
        catch (InvalidParametersException ex)
        {
            return Refusal("read parameters", ex.Path, ex.Reason, ex.Message, _parametersSchema);
        }
#pragma warning disable CA1031
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Escape("read parameters", ex);
        }

        try
        {
            _engine.Evaluate(_parameterTarget, AsOf(_parameterTarget.ReferenceDate, rng), parameters);
        }
        catch (InvalidParametersException ex)
        {
            return Refusal("evaluate with parameters", ex.Path, ex.Reason, ex.Message, _parametersSchema);
        }
#pragma warning disable CA1031
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Escape("evaluate with parameters", ex);
        }

        return new CaseOutcome(Verdict.Accepted, null, null, null);
    }

    private static LocalDate AsOf(LocalDate? reference, Random rng) => rng.Next(8) switch
    {
        0 => OrganizationSnapshot.SupportedDates.Start,
        1 => OrganizationSnapshot.SupportedDates.End,
        2 => OrganizationSnapshot.SupportedDates.Start.PlusDays(rng.Next(Period.DaysBetween(OrganizationSnapshot.SupportedDates.Start, OrganizationSnapshot.SupportedDates.End))),
        _ => reference ?? DefaultAsOf,
    };

    private static CaseOutcome Refusal(string stage, string path, string reason, string message, SchemaPaths schema)
    {
        string? problem = null;
        if (message != $"{path}: {reason}")
        {
            problem = "bad message: the message is not \"path: reason\"";
        }
        else if (schema.Problem(path) is { } pathProblem)
        {
            problem = $"bad path: {pathProblem}";
        }
        else if (MessageRules.Problem(reason) is { } wording)
        {
            problem = $"bad wording: {wording}";
        }

        return problem is null
            ? new CaseOutcome(Verdict.Refused, reason, null, stage)
            : new CaseOutcome(Verdict.Finding, reason, $"{problem} in \"{Shorten(message)}\"", stage);
    }

    private static CaseOutcome Escape(string stage, Exception ex) =>
        new(Verdict.Finding, null, $"escape: {ex.GetType().FullName}: {Shorten(ex.Message)}\n{Frames(ex)}", stage);

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + $"… ({text.Length:N0} characters)";

    private static string Frames(Exception ex) =>
        string.Join('\n', (ex.StackTrace ?? string.Empty).Split('\n').Take(8).Select(l => "    " + l.Trim()));
}
