using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PerfDomain.Fuzz.Fuzzing;

/// <summary>
/// Structure-aware mutations on the parsed tree of a seed: members deleted, repeated or unknown,
/// values of the wrong type, numbers and dates at the edges, long strings, nulls, empty
/// containers, references to unknown ids, manager, alignment and unit cycles, deep nesting.
/// </summary>
internal static partial class TreeMutator
{
    /// <summary>Applies one to three mutations to the draft; returns what was done, one line each.</summary>
    public static List<string> Mutate(Draft draft, Random rng)
    {
        var done = new List<string>();
        var count = rng.Next(4) == 0 ? 2 + rng.Next(2) : 1;
        for (var i = 0; i < count; i++)
        {
            var roll = rng.Next(100);
            var what = draft.Seed.Kind == InputKind.Parameters
                ? (roll < 85 ? ValueMutation(draft, rng) : TopLevelMutation(draft, rng))
                : roll switch
                {
                    < 66 => ValueMutation(draft, rng),
                    < 78 => ElementMutation(draft, rng),
                    < 88 => ReferenceMutation(draft, rng),
                    _ => TopLevelMutation(draft, rng),
                };
            if (what is not null)
            {
                done.Add(what);
            }
        }

        return done;
    }

    // ---- One value somewhere inside an element (or a top-level value) ----
    private static string? ValueMutation(Draft draft, Random rng)
    {
        var unit = PickUnit(draft, rng);
        if (unit is null)
        {
            return null;
        }

        var locations = new List<Location>();
        Collect(unit.Root, null, null, -1, unit.Path, unit.Collection, unit.Collection, locations);
        var at = locations[rng.Next(locations.Count)];
        var replacement = MutateValue(draft, at, rng, out var description);
        if (replacement is Removal)
        {
            return Remove(at, unit) ? $"{at.Path}: deleted" : null;
        }

        if (replacement is Duplication duplication)
        {
            if (at.Parent is JsonObject owner && at.Name is { } name)
            {
                draft.Duplicate(owner, name, duplication.Value);
                return $"{at.Path}: given twice ({description})";
            }

            return null;
        }

        Replace(at, unit, replacement.Value);
        return $"{at.Path} := {description}";
    }

    private static Change MutateValue(Draft draft, Location at, Random rng, out string description)
    {
        var member = at.Member;
        var value = at.Value;

        // One mutation in five is generic, whatever the value is.
        if (rng.Next(5) == 0)
        {
            return Generic(draft, at, rng, out description);
        }

        switch (value)
        {
            case JsonValue v when v.TryGetValue<string>(out var text):
                if (IsoDate().IsMatch(text) || member.EndsWith("On", StringComparison.Ordinal) || member is "hireDate" or "start" or "end" or "date" or "referenceDate")
                {
                    return Date(text, rng, out description);
                }

                if (member == "duration")
                {
                    var period = Pick(Values.Periods, rng);
                    description = Quote(period);
                    return new Change(JsonValue.Create(period));
                }

                if (Values.Enums.TryGetValue(member, out var names) && names.Contains(text))
                {
                    var roll = rng.Next(4);
                    var other = roll switch
                    {
                        0 => text.ToUpperInvariant(),
                        1 => char.ToUpperInvariant(text[0]) + text[1..],
                        2 => "unknownValue",
                        _ => Pick(Values.Enums.Values.SelectMany(n => n).ToArray(), rng),
                    };
                    description = Quote(other);
                    return new Change(JsonValue.Create(other));
                }

                if (IdPools.KindOf(member, at.Collection) is { } kind)
                {
                    return Id(draft, kind, at, rng, out description);
                }

                return Text(draft, rng, out description);
            case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                return Number(draft, v, rng, out description);
            case JsonObject obj:
                return ObjectChange(draft, obj, at, rng, out description);
            case JsonArray array:
                return ArrayChange(draft, array, at, rng, out description);
            default:
                return Generic(draft, at, rng, out description);
        }
    }

    private static Change Generic(Draft draft, Location at, Random rng, out string description)
    {
        switch (rng.Next(12))
        {
            case 0 or 1 when at.Parent is JsonObject:
                description = "deleted";
                return Removal.Instance;
            case 2 when at.Parent is JsonObject:
                description = "same value";
                return new Duplication(at.Value?.DeepClone());
            case 3 when at.Parent is JsonObject:
                description = "null second";
                return new Duplication(null);
            case 4:
                var depth = Pick(Values.Depths, rng);
                var nested = rng.Next(2) == 0
                    ? new string('[', depth) + new string(']', depth)
                    : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
                description = $"nested {depth} deep";
                return new Change(draft.Raw(nested));
            case 5:
                description = "{}";
                return new Change(new JsonObject());
            case 6:
                description = "[]";
                return new Change(new JsonArray());
            case 7:
                description = "true";
                return new Change(JsonValue.Create(rng.Next(2) == 0));
            case 8:
                var number = Pick(Values.Numbers, rng);
                description = number;
                return new Change(draft.Raw(number));
            case 9:
                var odd = Pick(Values.OddStrings, rng);
                description = Quote(odd);
                return new Change(JsonValue.Create(odd));
            default:
                description = "null";
                return new Change(null);
        }
    }

    private static Change Date(string text, Random rng, out string description)
    {
        string date;
        if (rng.Next(2) == 0 || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = Pick(Values.Dates, rng);
        }
        else
        {
            // A valid date moved a little or a lot: the rules of date order, not the parser, decide.
            int[] shifts = [-36500, -3650, -365, -30, -7, -1, 1, 7, 30, 365, 3650, 36500, 1_000_000];
            var shift = Pick(shifts, rng);
            var day = parsed.DayNumber + (long)shift;
            day = Math.Clamp(day, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber);
            date = DateOnly.FromDayNumber((int)day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        description = Quote(date);
        return new Change(JsonValue.Create(date));
    }

    private static Change Id(Draft draft, string kind, Location at, Random rng, out string description)
    {
        string id;
        switch (rng.Next(6))
        {
            case 0:
                id = "ghost-" + rng.Next(100).ToString(CultureInfo.InvariantCulture);
                break;
            case 1 when draft.Seed.Ids.All.Count > 0:
                id = Pick(draft.Seed.Ids.All, rng);
                break;
            case 2:
                id = new string('i', Pick(Values.Lengths, rng));
                break;
            case 3:
                id = Pick(Values.OddStrings, rng);
                break;
            default:
                var same = draft.Seed.Ids.Of(kind);
                id = same.Count > 0 ? Pick(same, rng) : "ghost";
                break;
        }

        description = Quote(id) + (at.Member == "id" ? " (id)" : $" ({kind} reference)");
        return new Change(JsonValue.Create(id));
    }

    private static Change Text(Draft draft, Random rng, out string description)
    {
        switch (rng.Next(3))
        {
            case 0:
                var length = Pick(Values.Lengths, rng);
                var text = new StringBuilder(length);
                var filler = rng.Next(3) switch { 0 => "x", 1 => "é", _ => "ab " };
                while (text.Length < length)
                {
                    text.Append(filler);
                }

                description = $"a string of {length:N0} characters";
                return new Change(JsonValue.Create(text.ToString(0, length)));
            case 1:
                var raw = Pick(Values.RawStrings, rng);
                description = raw;
                return new Change(draft.Raw(raw));
            default:
                var odd = Pick(Values.OddStrings, rng);
                description = Quote(odd);
                return new Change(JsonValue.Create(odd));
        }
    }

    private static Change Number(Draft draft, JsonValue value, Random rng, out string description)
    {
        string number;
        if (rng.Next(3) == 0 && value.TryGetValue<decimal>(out var current))
        {
            var changed = rng.Next(4) switch
            {
                0 => current + 1,
                1 => current - 1,
                2 => -current,
                _ => current * 1000,
            };
            number = changed.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            number = Pick(Values.Numbers, rng);
        }

        description = number;
        return new Change(draft.Raw(number));
    }

    private static Change ObjectChange(Draft draft, JsonObject obj, Location at, Random rng, out string description)
    {
        var names = obj.Select(p => p.Key).ToList();
        switch (rng.Next(4))
        {
            case 0 when names.Count > 0:
                // A member of the object deleted: most often a required one.
                var copy = (JsonObject)obj.DeepClone();
                var name = Pick(names, rng);
                copy.Remove(name);
                description = $"without '{name}'";
                return new Change(copy);
            case 1:
                var added = (JsonObject)obj.DeepClone();
                var unknown = Pick(Values.UnknownMembers, rng);
                if (added.ContainsKey(unknown))
                {
                    goto default;
                }

                added[unknown] = rng.Next(2) == 0 ? JsonValue.Create(1) : JsonValue.Create("x");
                description = $"with unknown member '{unknown}'";
                return new Change(added);
            case 2 when names.Count > 0:
                var twice = (JsonObject)obj.DeepClone();
                var repeated = Pick(names, rng);
                draft.Duplicate(twice, repeated, twice[repeated]?.DeepClone());
                description = $"with '{repeated}' twice";
                return new Change(twice);
            default:
                return Generic(draft, at, rng, out description);
        }
    }

    private static Change ArrayChange(Draft draft, JsonArray array, Location at, Random rng, out string description)
    {
        var copy = (JsonArray)array.DeepClone();
        switch (rng.Next(6))
        {
            case 0 when copy.Count > 0:
                var index = rng.Next(copy.Count);
                copy.RemoveAt(index);
                description = $"item {index} deleted";
                return new Change(copy);
            case 1 when copy.Count > 0:
                var source = rng.Next(copy.Count);
                copy.Insert(rng.Next(copy.Count + 1), copy[source]?.DeepClone());
                description = $"item {source} duplicated";
                return new Change(copy);
            case 2:
                copy.Insert(rng.Next(copy.Count + 1), null);
                description = "a null item inserted";
                return new Change(copy);
            case 3:
                description = "emptied";
                return new Change(new JsonArray());
            case 4 when copy.Count > 1:
                var items = copy.Select(i => i?.DeepClone()).Reverse().ToList();
                copy.Clear();
                foreach (var item in items)
                {
                    copy.Add(item);
                }

                description = "reversed";
                return new Change(copy);
            default:
                return Generic(draft, at, rng, out description);
        }
    }

    // ---- Whole elements of the collections ----
    private static string? ElementMutation(Draft draft, Random rng)
    {
        var collections = draft.Members.Where(m => m.Elements is not null).ToList();
        if (collections.Count == 0)
        {
            return null;
        }

        var member = Pick(collections, rng);
        var elements = member.Elements!;
        var count = elements.Count;
        switch (rng.Next(6))
        {
            case 0 when count > 0:
                var removed = rng.Next(count);
                elements.RemoveAt(removed);
                return $"$.{member.Name}[{removed}]: deleted";
            case 1 when count > 0:
                var copied = rng.Next(count);
                elements.Insert(rng.Next(count + 1), Copy(elements[copied]));
                return $"$.{member.Name}[{copied}]: duplicated";
            case 2:
                elements.Insert(rng.Next(count + 1), new DraftElement(rng.Next(2) == 0 ? null : new JsonObject()));
                return $"$.{member.Name}: a null or empty element inserted";
            case 3 when count > 1:
                var a = rng.Next(count);
                var b = rng.Next(count);
                (elements[a], elements[b]) = (elements[b], elements[a]);
                return $"$.{member.Name}[{a}] and [{b}]: swapped";
            case 4:
                // An element of another collection: the wrong shape altogether.
                var other = Pick(collections, rng);
                if (other.Elements!.Count == 0)
                {
                    return null;
                }

                var stranger = other.Elements[rng.Next(other.Elements.Count)];
                elements.Insert(rng.Next(count + 1), Copy(stranger));
                return $"$.{member.Name}: an element of {other.Name} inserted";
            default:
                if (count == 0)
                {
                    return null;
                }

                // Every element of the collection gone but the first few.
                var kept = rng.Next(Math.Min(count, 3) + 1);
                elements.RemoveRange(kept, count - kept);
                return $"$.{member.Name}: cut to {kept} elements";
        }
    }

    // ---- References: unknown ids and cycles ----
    private static string? ReferenceMutation(Draft draft, Random rng)
    {
        switch (rng.Next(4))
        {
            case 0:
                // A manager cycle: someone's manager now reports to them.
                var employees = Collection(draft, "employees");
                var withManager = employees?.Where(e => LastManager(Node(e)) is not null && Str(Get(Node(e), "id")) is not null).ToList();
                if (withManager is null || withManager.Count == 0)
                {
                    return null;
                }

                var report = Pick(withManager, rng);
                var reportId = Str(Get(Node(report), "id"))!;
                var managerId = LastManager(Node(report))!;
                var manager = employees!.FirstOrDefault(e => Str(Get(Node(e), "id")) == managerId);
                if (manager is null)
                {
                    return null;
                }

                var lines = Get(Draft.EditableElement(manager), "reportingLines") as JsonArray;
                if (lines is null || lines.Count == 0)
                {
                    return null;
                }

                if (rng.Next(2) == 0 && lines[^1] is JsonObject lastLine)
                {
                    lastLine["managerId"] = reportId;
                    return $"employee '{managerId}' now reports to '{reportId}', who reports to them (last reporting line changed)";
                }

                var lastDay = Str(Get(lines[^1], "effectiveOn")) ?? "2026-01-01";
                var next = DateOnly.TryParseExact(lastDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? day.AddDays(1 + rng.Next(60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : "2026-01-01";
                lines.Add(new JsonObject { ["managerId"] = reportId, ["effectiveOn"] = next });
                return $"employee '{managerId}' now reports to '{reportId}' from {next} (reporting line added)";
            case 1:
                return ParentCycle(draft, "objectives", rng, "objective");
            case 2:
                return ParentCycle(draft, "orgUnits", rng, "org unit");
            default:
                // Someone refers to themselves.
                var all = Collection(draft, "employees");
                if (all is null || all.Count == 0)
                {
                    return null;
                }

                var self = Pick(all, rng);
                var node = Draft.EditableElement(self);
                var id = Str(Get(node, "id"));
                if (Get(node, "reportingLines") is not JsonArray own || own.Count == 0 || id is null)
                {
                    return null;
                }

                var index = rng.Next(own.Count);
                if (own[index] is not JsonObject line)
                {
                    return null;
                }

                line["managerId"] = id;
                return $"employee '{id}' manages themselves (reportingLines[{index}])";
        }
    }

    private static string? ParentCycle(Draft draft, string collection, Random rng, string what)
    {
        var elements = Collection(draft, collection);
        var children = elements?.Where(e => Str(Get(Node(e), "parentId")) is not null && Str(Get(Node(e), "id")) is not null).ToList();
        if (children is null || children.Count == 0)
        {
            return null;
        }

        var child = Pick(children, rng);
        var childId = Str(Get(Node(child), "id"))!;
        if (rng.Next(3) == 0)
        {
            ((JsonObject)Draft.EditableElement(child)!)["parentId"] = childId;
            return $"{what} '{childId}' is its own parent";
        }

        var parentId = Str(Get(Node(child), "parentId"))!;
        var parent = elements!.FirstOrDefault(e => Str(Get(Node(e), "id")) == parentId);
        if (parent is null || Draft.EditableElement(parent) is not JsonObject parentNode)
        {
            return null;
        }

        parentNode["parentId"] = childId;
        return $"{what} '{parentId}' now has its child '{childId}' as parent";
    }

    // ---- Top-level members ----
    private static string? TopLevelMutation(Draft draft, Random rng)
    {
        var members = draft.Members;
        if (members.Count == 0)
        {
            return null;
        }

        var index = rng.Next(members.Count);
        var member = members[index];
        switch (rng.Next(8))
        {
            case 0:
                members.RemoveAt(index);
                return $"$.{member.Name}: deleted";
            case 1:
                members.Insert(rng.Next(members.Count + 1), new DraftMember(member.Name, member.Elements is null ? member.Value?.DeepClone() : null, member.Elements?.ToList()) { Owned = true });
                return $"$.{member.Name}: given twice";
            case 2:
                var unknown = Pick(Values.UnknownMembers, rng);
                members.Insert(rng.Next(members.Count + 1), new DraftMember(unknown, JsonValue.Create(1), null) { Owned = true });
                return $"unknown top-level member '{unknown}'";
            case 3:
                members.RemoveAt(index);
                members.Insert(rng.Next(2) == 0 ? 0 : members.Count, member);
                return $"$.{member.Name}: moved";
            case 4 when draft.Seed.Kind == InputKind.Snapshot:
                var version = Pick(["0", "2", "-1", "1.0", "1e0", "\"1\"", "null", "2147483648", "1e400", "true", "[1]", "{}"], rng);
                var at = members.FindIndex(m => m.Name == "schemaVersion");
                if (at < 0)
                {
                    return null;
                }

                members[at] = new DraftMember("schemaVersion", draft.Raw(version), null) { Owned = true };
                return $"$.schemaVersion := {version}";
            default:
                var raw = Pick(["null", "1", "\"x\"", "true", "{}", "[]", "[null]", "[1]", "[[]]", "{\"a\":1}"], rng);
                members[index] = new DraftMember(member.Name, draft.Raw(raw), null) { Owned = true };
                return $"$.{member.Name} := {raw}";
        }
    }

    // ---- Helpers ----
    private static Unit? PickUnit(Draft draft, Random rng)
    {
        var values = draft.Members.Where(m => m.Elements is null && m.Value is not null).ToList();
        var collections = draft.Members.Where(m => m.Elements is { Count: > 0 }).ToList();
        if (collections.Count > 0 && (values.Count == 0 || rng.Next(100) < 85))
        {
            var member = Pick(collections, rng);
            var index = rng.Next(member.Elements!.Count);
            var element = member.Elements[index];
            var root = Draft.EditableElement(element);
            return new Unit(root, $"$.{member.Name}[{index}]", member.Name, r => element.Node = r);
        }

        if (values.Count == 0)
        {
            return null;
        }

        var value = Pick(values, rng);
        return new Unit(draft.EditableValue(value), $"$.{value.Name}", value.Name, r => value.Value = r);
    }

    private static void Collect(JsonNode? node, JsonNode? parent, string? name, int index, string path, string member, string collection, List<Location> into)
    {
        into.Add(new Location(parent, name, index, node, path, member, collection));
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Collect(value, obj, key, -1, $"{path}.{key}", key, collection, into);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], array, null, i, $"{path}[{i}]", member, collection, into);
                }

                break;
        }
    }

    private static void Replace(Location at, Unit unit, JsonNode? value)
    {
        switch (at.Parent)
        {
            case JsonObject obj:
                obj[at.Name!] = value;
                break;
            case JsonArray array:
                array[at.Index] = value;
                break;
            default:
                unit.SetRoot(value);
                break;
        }
    }

    private static bool Remove(Location at, Unit unit)
    {
        _ = unit;
        return at.Parent is JsonObject obj && obj.Remove(at.Name!);
    }

    private static List<DraftElement>? Collection(Draft draft, string name) => draft.Members.FirstOrDefault(m => m.Name == name)?.Elements;

    private static JsonNode? Node(DraftElement element) => element.Source?.Node ?? element.Node;

    private static DraftElement Copy(DraftElement element) =>
        element.Source is { } source ? new DraftElement(source) : new DraftElement(element.Node?.DeepClone());

    private static string? LastManager(JsonNode? employee) =>
        Get(employee, "reportingLines") is JsonArray { Count: > 0 } lines ? Str(Get(lines[^1], "managerId")) : null;

    private static JsonNode? Get(JsonNode? node, string name) => node is JsonObject obj ? obj[name] : null;

    private static string? Str(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static T Pick<T>(IReadOnlyList<T> items, Random rng) => items[rng.Next(items.Count)];

    private static string Quote(string text) =>
        text.Length > 40 ? $"\"{text[..20]}…\" ({text.Length:N0} characters)" : "\"" + text.Replace("\u0000", "\\u0000", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex IsoDate();

    private sealed record Location(JsonNode? Parent, string? Name, int Index, JsonNode? Value, string Path, string Member, string Collection);

    private sealed record Unit(JsonNode? Root, string Path, string Collection, Action<JsonNode?> SetRoot);

    private record Change(JsonNode? Value);

    private sealed record Removal() : Change((JsonNode?)null)
    {
        public static Removal Instance { get; } = new();
    }

    private sealed record Duplication(JsonNode? Value) : Change(Value);
}
