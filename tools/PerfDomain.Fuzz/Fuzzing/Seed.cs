using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfDomain.Fuzz.Fuzzing;

/// <summary>What a seed (and every mutant of it) is read as.</summary>
public enum InputKind
{
    /// <summary>An organisation snapshot, read by <c>SnapshotReader</c>.</summary>
    Snapshot,

    /// <summary>A parameter file, read by <c>PolicyParameters.FromJson</c>.</summary>
    Parameters,
}

/// <summary>
/// A valid document the mutators start from. Its top-level members are kept apart, and the
/// elements of its top-level arrays one by one (as compact JSON and as a parsed tree), so that a
/// mutant of a large document re-serializes only the elements it changes.
/// </summary>
public sealed class Seed
{
    internal static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = false };

    internal static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 4096 };

    private Seed(string name, InputKind kind, byte[] text, IReadOnlyList<SeedMember> members)
    {
        Name = name;
        Kind = kind;
        Text = text;
        Members = members;
        Ids = IdPools.Collect(members);
    }

    /// <summary>Gets the seed's name, as reported with a finding.</summary>
    public string Name { get; }

    /// <summary>Gets what the document is.</summary>
    public InputKind Kind { get; }

    /// <summary>Gets the document's UTF-8 text as written (indented).</summary>
    public byte[] Text { get; }

    /// <summary>Gets the top-level members, in order.</summary>
    public IReadOnlyList<SeedMember> Members { get; }

    /// <summary>Gets the ids of the document, by kind, for mutations that swap references.</summary>
    public IdPools Ids { get; }

    /// <summary>Splits a document into its top-level members.</summary>
    /// <param name="name">The seed's name.</param>
    /// <param name="kind">What the document is.</param>
    /// <param name="json">The document, which must be a JSON object.</param>
    /// <returns>The seed.</returns>
    public static Seed Create(string name, InputKind kind, string json)
    {
        var root = JsonNode.Parse(json, NodeOptions, DocumentOptions)?.AsObject() ?? throw new ArgumentException("A seed is a JSON object.", nameof(json));
        var members = new List<SeedMember>();
        foreach (var (member, value) in root)
        {
            if (kind == InputKind.Snapshot && value is JsonArray array)
            {
                var elements = array.Select(e => new SeedElement(Encoding.UTF8.GetBytes(e!.ToJsonString()), e!)).ToList();
                members.Add(new SeedMember(member, null, elements));
            }
            else
            {
                members.Add(new SeedMember(member, value, null));
            }
        }

        return new Seed(name, kind, Encoding.UTF8.GetBytes(json), members);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Kind}, {Text.Length:N0} bytes)";
}

/// <summary>A top-level member of a seed: a value, or (for a snapshot's collections) a list of elements.</summary>
/// <param name="Name">The member's name.</param>
/// <param name="Value">The value, when the member is not a collection; never changed.</param>
/// <param name="Elements">The elements, when it is.</param>
public sealed record SeedMember(string Name, JsonNode? Value, IReadOnlyList<SeedElement>? Elements);

/// <summary>One element of a top-level collection.</summary>
/// <param name="Json">Its compact JSON.</param>
/// <param name="Node">Its parsed tree; never changed (mutations work on a clone).</param>
public sealed record SeedElement(byte[] Json, JsonNode Node);

/// <summary>The ids of a document, by kind (employees, org units, cycles…).</summary>
public sealed class IdPools
{
    private static readonly Dictionary<string, string> KindOfCollection = new(StringComparer.Ordinal)
    {
        ["employees"] = "employee",
        ["orgUnits"] = "orgUnit",
        ["cycles"] = "cycle",
        ["objectives"] = "objective",
        ["checkIns"] = "checkIn",
        ["feedbackNotes"] = "feedbackNote",
        ["reviews"] = "review",
        ["developmentPlans"] = "developmentPlan",
        ["recognitions"] = "recognition",
        ["improvementPlans"] = "improvementPlan",
    };

    private readonly Dictionary<string, List<string>> _byKind = new(StringComparer.Ordinal);

    /// <summary>Gets every id of every kind.</summary>
    public IReadOnlyList<string> All { get; private set; } = [];

    /// <summary>Gets the ids of a kind (empty when there are none).</summary>
    /// <param name="kind">The kind, such as <c>employee</c>.</param>
    /// <returns>The ids.</returns>
    public IReadOnlyList<string> Of(string kind) => _byKind.TryGetValue(kind, out var ids) ? ids : [];

    /// <summary>The kind of id a member holds, from its name, or null when it holds none.</summary>
    /// <param name="member">The member's name.</param>
    /// <param name="collection">The top-level collection it is in.</param>
    /// <returns>The kind, or <see langword="null"/>.</returns>
    public static string? KindOf(string member, string collection) => member switch
    {
        "id" => KindOfCollection.GetValueOrDefault(collection),
        "employeeId" or "managerId" or "fromId" or "aboutId" or "reviewerId" or "calibratedBy" or "grantedBy" or "decidedBy" or "participants" => "employee",
        "orgUnitId" or "parentId" when collection == "orgUnits" => "orgUnit",
        "orgUnitId" => "orgUnit",
        "cycleId" => "cycle",
        "parentId" or "objectiveId" => "objective",
        "keyResultId" => "keyResult",
        "ownerId" => "employee",
        _ => null,
    };

    internal static IdPools Collect(IReadOnlyList<SeedMember> members)
    {
        var pools = new IdPools();
        foreach (var member in members)
        {
            if (member.Elements is null || !KindOfCollection.TryGetValue(member.Name, out var kind))
            {
                continue;
            }

            foreach (var element in member.Elements)
            {
                if (element.Node is JsonObject obj && obj["id"] is JsonValue id && id.TryGetValue<string>(out var text))
                {
                    pools.Add(kind, text);
                }

                if (member.Name == "objectives" && element.Node["keyResults"] is JsonArray keyResults)
                {
                    foreach (var keyResult in keyResults)
                    {
                        if (keyResult?["id"] is JsonValue krId && krId.TryGetValue<string>(out var krText))
                        {
                            pools.Add("keyResult", krText);
                        }
                    }
                }
            }
        }

        pools.All = [.. pools._byKind.Values.SelectMany(v => v)];
        return pools;
    }

    private void Add(string kind, string id)
    {
        if (!_byKind.TryGetValue(kind, out var list))
        {
            _byKind[kind] = list = [];
        }

        list.Add(id);
    }
}
