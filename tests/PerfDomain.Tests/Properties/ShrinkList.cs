namespace PerfDomain.Tests.Properties;

/// <summary>Shrinking of operation sequences: first halves, then one element less at each position.</summary>
internal static class ShrinkList
{
    public static IEnumerable<T[]> Smaller<T>(IReadOnlyList<T> items)
    {
        if (items.Count == 0)
        {
            yield break;
        }

        if (items.Count > 2)
        {
            yield return items.Take(items.Count / 2).ToArray();
            yield return items.Skip(items.Count / 2).ToArray();
        }

        for (var i = 0; i < items.Count; i++)
        {
            yield return items.Where((_, j) => j != i).ToArray();
        }
    }
}
