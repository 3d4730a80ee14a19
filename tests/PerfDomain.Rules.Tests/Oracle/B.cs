using System.Globalization;

namespace PerfDomain.Rules.Tests.Oracle;

public sealed class B(int id, int key, int val)
{
    public int Id { get; } = id;

    public int Key { get; set; } = key;

    public int Val { get; set; } = val;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"B{Id}");
}
