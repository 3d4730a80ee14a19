using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PerfDomain.Snapshots;
using PerfDomain.Tests.Snapshots;

namespace PerfDomain.Policies.Tests.Properties;

/// <summary>A generated organisation (by seed and size) and an as-of date around its reference date.</summary>
public sealed record OrganizationCase(int Seed, int Size, int AsOfOffset)
{
    public LocalDate AsOf => RandomOrganization.ReferenceDate.PlusDays(AsOfOffset);

    public OrganizationSnapshot Build() => RandomOrganization.Build(Seed, Size);

    public override string ToString() => $"RandomOrganization.Build({Seed}, {Size}) as of {AsOf:uuuu-MM-dd}";
}

/// <summary>One step of an incremental evaluation: move the date, or change the snapshot.</summary>
public sealed record PartitionStep(int Kind, int Pick, int Days)
{
    public override string ToString() => Kind switch
    {
        0 => $"advance {Days - 20} days",
        1 => $"check-in of employee #{Pick}",
        2 => $"downward feedback about employee #{Pick}",
        3 => $"remove check-in #{Pick}",
        4 => $"leave start/return of employee #{Pick}",
        _ => $"calibrate review #{Pick} by {Days % 3 - 1}",
    };
}

/// <summary>A generated organisation and a sequence of incremental steps.</summary>
public sealed record PartitionCase(OrganizationCase Organization, PartitionStep[] Steps)
{
    public override string ToString() => $"{Organization}; steps: {string.Join("; ", Steps.Select(s => s.ToString()))}";
}

/// <summary>Generators for the policy property laws; every value is valid by construction.</summary>
public static class PolicyArbitraries
{
    public static Arbitrary<OrganizationCase> Organizations() => Arb.From(OrganizationGen(), ShrinkOrganization);

    public static Arbitrary<PartitionCase> Partitions()
    {
        var step = from kind in Gen.Choose(0, 5)
                   from pick in Gen.Choose(0, 1000)
                   from days in Gen.Choose(0, 60)
                   select new PartitionStep(kind, pick, days);
        var gen = from organization in OrganizationGen()
                  from steps in Gen.Sized(n => Gen.Choose(1, Math.Clamp(n / 4, 1, 8)).SelectMany(k => Gen.ArrayOf(step, k)))
                  select new PartitionCase(organization, steps);
        return Arb.From(gen, Shrink);

        static IEnumerable<PartitionCase> Shrink(PartitionCase value)
        {
            for (var i = 0; i < value.Steps.Length && value.Steps.Length > 1; i++)
            {
                yield return value with { Steps = value.Steps.Where((_, j) => j != i).ToArray() };
            }

            foreach (var smaller in ShrinkOrganization(value.Organization))
            {
                yield return value with { Organization = smaller };
            }
        }
    }

    private static Gen<OrganizationCase> OrganizationGen() =>
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from size in Gen.Sized(n => Gen.Choose(1, Math.Clamp(n, 1, 24)))
        from offset in Gen.Choose(-420, 60)
        select new OrganizationCase(seed, size, offset);

    private static IEnumerable<OrganizationCase> ShrinkOrganization(OrganizationCase value)
    {
        if (value.Size > 1)
        {
            yield return value with { Size = 1 };
            yield return value with { Size = value.Size / 2 };
            yield return value with { Size = value.Size - 1 };
        }
    }
}
