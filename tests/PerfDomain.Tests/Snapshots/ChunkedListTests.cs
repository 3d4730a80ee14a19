using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Snapshots;

public sealed class ChunkedListTests
{
    [Property(MaxTest = 200)]
    public Property AnySetsAndAppends_ReadLikeAListAndLeaveTheOriginalUnchanged()
    {
        var operations = Gen.Zip(Gen.Choose(0, 1), Gen.Choose(0, 5000)).ArrayOf();
        return Prop.ForAll(Gen.Choose(0, 3000).ToArbitrary(), operations.ToArbitrary(), (size, ops) =>
        {
            var model = Enumerable.Range(0, size).ToList();
            var original = ChunkedList<int>.From(model);
            var list = original;
            foreach (var (kind, value) in ops)
            {
                if (kind == 0 && model.Count > 0)
                {
                    var index = value % model.Count;
                    model[index] = -value;
                    list = list.SetItem(index, -value);
                }
                else
                {
                    model.Add(value);
                    list = list.Add(value);
                }
            }

            return list.Count == model.Count
                && list.SequenceEqual(model)
                && Enumerable.Range(0, model.Count).All(i => list[i] == model[i])
                && original.SequenceEqual(Enumerable.Range(0, size));
        });
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var list = ChunkedList<int>.From([1, 2, 3]);

        Assert.Throws<ArgumentOutOfRangeException>(() => list[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list.SetItem(3, 0));
    }
}
