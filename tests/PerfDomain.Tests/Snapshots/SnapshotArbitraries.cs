using FsCheck;
using FsCheck.Fluent;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Snapshots;

/// <summary>Valid organisation snapshots of every size, shrinking towards fewer employees.</summary>
public static class SnapshotArbitraries
{
    public static Arbitrary<OrganizationSnapshot> Snapshots()
    {
        var gen = from seed in Gen.Choose(0, int.MaxValue - 1)
                  from size in Gen.Sized(n => Gen.Choose(1, Math.Clamp(n, 1, 40)))
                  select (Seed: seed, Size: size);
        return Arb.From(gen, Shrink).Convert(t => RandomOrganization.Build(t.Seed, t.Size), s => (0, s.Employees.Count));

        static IEnumerable<(int Seed, int Size)> Shrink((int Seed, int Size) value)
        {
            if (value.Size > 1)
            {
                yield return (value.Seed, 1);
                yield return (value.Seed, value.Size / 2);
                yield return (value.Seed, value.Size - 1);
            }
        }
    }
}
