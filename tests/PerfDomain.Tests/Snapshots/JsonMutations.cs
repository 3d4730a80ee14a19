using System.Text.Json.Nodes;

namespace PerfDomain.Tests.Snapshots;

/// <summary>Random changes to a snapshot's JSON inside its elements: values replaced by others of every kind (many invalid, some valid), members removed or misspelt.</summary>
internal static class JsonMutations
{
    private static readonly JsonNode?[] Replacements =
    [
        null, 0, -1, 2.5, 1e300, 99999999999, true, "", " ", "x", " padded ", new string('a', 201), new string('b', 4001),
        "2026-02-30", "2026-13-01", "1899-01-01", "2026-1-1", "P60D", "P0D", "PT1H", "active", "onLeave", "Active",
        "selfReview", "exceedsExpectations", "high", "d1", "e1", "e2", "c1", "\u00e9t\u00e9", "\ud83d\ude00", "\ud800", "annu\udc00al",
    ];

    /// <summary>Applies <paramref name="count"/> random changes.</summary>
    public static void Mutate(JsonNode root, Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            MutateOnce(root, random);
        }
    }

    // Replaces, removes or adds one value somewhere inside the elements of a collection.
    private static void MutateOnce(JsonNode root, Random random)
    {
        var places = new List<(JsonNode Parent, object Key)>();
        foreach (var (_, section) in root.AsObject())
        {
            if (section is JsonArray elements)
            {
                Collect(elements, places);
            }
        }

        if (places.Count == 0)
        {
            return;
        }

        var (parent, key) = places[random.Next(places.Count)];
        var replacement = Replacements[random.Next(Replacements.Length)]?.DeepClone();
        switch (parent, key, random.Next(8))
        {
            case (JsonObject o, string name, 0):
                o.Remove(name);
                break;
            case (JsonObject o, string name, 1):
                o[name + "X"] = replacement;
                break;
            case (JsonObject o, string name, _):
                o[name] = replacement;
                break;
            case (JsonArray a, int index, _):
                a[index] = replacement;
                break;
        }
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, object Key)> places)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    places.Add((o, name));
                    if (value is not null)
                    {
                        Collect(value, places);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    places.Add((a, i));
                    if (a[i] is { } item)
                    {
                        Collect(item, places);
                    }
                }

                break;
        }
    }
}
