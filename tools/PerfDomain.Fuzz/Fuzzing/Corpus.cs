using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;

namespace PerfDomain.Fuzz.Fuzzing;

/// <summary>
/// The seeds: the bundled sample organisation (docs/samples/sample-organization.json), the complete
/// example of docs/snapshot-format.md (every object type, in a few lines), small synthetic
/// organisations, and parameter files (the defaults, and overrides that name the sample's units,
/// employees and rating labels).
/// </summary>
public sealed class Corpus
{
    // Employees and generator seed of the synthetic organisations: small, so that a case is fast.
    private static readonly (int Employees, int Seed)[] Synthetic = [(1, 1), (2, 2), (3, 3), (5, 4), (8, 5), (13, 6)];

    private Corpus(Seed sample, Seed example, IReadOnlyList<Seed> synthetic, IReadOnlyList<Seed> parameters, OrganizationSnapshot sampleSnapshot)
    {
        Sample = sample;
        Example = example;
        SyntheticSeeds = synthetic;
        Parameters = parameters;
        SampleSnapshot = sampleSnapshot;
        Snapshots = [sample, example, .. synthetic];
    }

    /// <summary>Gets the bundled sample organisation (52 people, about 650 KB).</summary>
    public Seed Sample { get; }

    /// <summary>Gets the complete example of the format's documentation.</summary>
    public Seed Example { get; }

    /// <summary>Gets the small synthetic organisations.</summary>
    public IReadOnlyList<Seed> SyntheticSeeds { get; }

    /// <summary>Gets every snapshot seed.</summary>
    public IReadOnlyList<Seed> Snapshots { get; }

    /// <summary>Gets the parameter files.</summary>
    public IReadOnlyList<Seed> Parameters { get; }

    /// <summary>Gets the sample, read: accepted parameter files are evaluated against it.</summary>
    public OrganizationSnapshot SampleSnapshot { get; }

    /// <summary>Loads the corpus from the files copied beside the program (<c>corpus/</c>).</summary>
    /// <param name="directory">The directory that holds <c>sample-organization.json</c> and <c>snapshot-format.md</c>.</param>
    /// <returns>The corpus.</returns>
    public static Corpus Load(string directory)
    {
        var sampleText = File.ReadAllText(Path.Combine(directory, "sample-organization.json"));
        var sample = Seed.Create("sample", InputKind.Snapshot, sampleText);
        var sampleSnapshot = SnapshotReader.Read(sampleText);
        var example = Seed.Create("format-example", InputKind.Snapshot, CompleteExample(File.ReadAllText(Path.Combine(directory, "snapshot-format.md"))));
        var synthetic = Synthetic
            .Select(s => Seed.Create(
                $"synthetic-{s.Employees}-seed-{s.Seed}",
                InputKind.Snapshot,
                SnapshotWriter.Write(SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Employees = s.Employees, Seed = s.Seed, Years = 1 }))))
            .ToList();

        var defaults = PolicyParameters.Default;
        var topLabel = sampleSnapshot.Cycles.Count > 0 ? sampleSnapshot.Cycles[0].Scale.Points[^1].Label : null;
        var tuned = defaults with
        {
            ReviewCadence = defaults.ReviewCadence with
            {
                OrgUnitCheckInIntervalDays = sampleSnapshot.OrgUnits.Take(2).ToDictionary(u => u.Id.Value, _ => 14),
                EmployeeCheckInIntervalDays = sampleSnapshot.Employees.Skip(3).Take(2).ToDictionary(e => e.Id.Value, _ => 21),
                ProbationReviewDays = [30, 90, 180],
            },
            RatingConsequences = defaults.RatingConsequences with { RecognitionRatingLabel = topLabel },
        };
        var parameters = new List<Seed>
        {
            Seed.Create("parameters-default", InputKind.Parameters, defaults.ToJson()),
            Seed.Create("parameters-tuned", InputKind.Parameters, tuned.ToJson()),
            Seed.Create("parameters-partial", InputKind.Parameters, """{ "reviewCadence": { "checkInIntervalDays": 14, "probationReviewDays": [ 45, 90 ] }, "developmentTriggers": { "keyResultAtRiskGap": 0.25 } }"""),
        };

        return new Corpus(sample, example, synthetic, parameters, sampleSnapshot);
    }

    /// <summary>The directory of the corpus beside the running program.</summary>
    /// <returns>The path.</returns>
    public static string DefaultDirectory() => Path.Combine(AppContext.BaseDirectory, "corpus");

    // The last ```json block of the section "## Complete example".
    private static string CompleteExample(string markdown)
    {
        var text = markdown.ReplaceLineEndings("\n");
        var section = text[text.IndexOf("\n## Complete example", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var end = section.IndexOf("\n```", start, StringComparison.Ordinal);
        return section[start..end];
    }
}
