using System.Text;
using System.Text.Json;
using Ardalis.GuardClauses;
using PerfDomain.Employees;

namespace PerfDomain.Policies.Fairness;

/// <summary>
/// The groups employees belong to, by attribute — such as <c>gender</c> or <c>ageBand</c> — as the host supplies them
/// beside the snapshot, for a <see cref="FairnessAnalysis"/> only. They are never part of an
/// <see cref="PerfDomain.Snapshots.OrganizationSnapshot"/> or of the facts that rules see: no engine API takes them, so
/// no rule can read them.
/// </summary>
/// <remarks>
/// <para>
/// Two file forms are read. CSV: a header <c>employeeId,attribute,…</c>, then one line per employee, an empty cell
/// meaning "not labelled for this attribute"; fields may be quoted (<c>"…"</c>, a quote doubled inside). JSON: an object
/// of employee ids, each an object of attribute to group, such as <c>{ "e-001": { "gender": "woman" } }</c>.
/// </para>
/// <para>Immutable and thread-safe. Attributes are ordered ordinally.</para>
/// </remarks>
public sealed class GroupLabels
{
    private readonly Dictionary<EmployeeId, IReadOnlyDictionary<string, string>> _labels;

    /// <summary>Initialises a new instance.</summary>
    /// <param name="labels">Each employee's group by attribute.</param>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> or one of its maps is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An attribute or a group is empty or blank.</exception>
    public GroupLabels(IReadOnlyDictionary<EmployeeId, IReadOnlyDictionary<string, string>> labels)
    {
        Guard.Against.Null(labels);
        _labels = [];
        var attributes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (employee, groups) in labels)
        {
            Guard.Against.Null(groups, nameof(labels), $"The labels of {employee} are null.");
            foreach (var (attribute, group) in groups)
            {
                if (string.IsNullOrWhiteSpace(attribute) || string.IsNullOrWhiteSpace(group))
                {
                    throw new ArgumentException($"{employee} has an empty attribute or group ('{attribute}': '{group}').", nameof(labels));
                }

                attributes.Add(attribute);
            }

            _labels[employee] = new Dictionary<string, string>(groups, StringComparer.Ordinal);
        }

        Attributes = [.. attributes];
    }

    /// <summary>Gets the attributes any employee is labelled with, ordered ordinally.</summary>
    public IReadOnlyList<string> Attributes { get; }

    /// <summary>Gets the employees that have labels.</summary>
    public IEnumerable<EmployeeId> Employees => _labels.Keys;

    /// <summary>Reads the CSV form.</summary>
    /// <param name="csv">The text.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="InvalidGroupLabelsException">The text is not the CSV form; the exception names the line and column.</exception>
    public static GroupLabels FromCsv(string csv)
    {
        Guard.Against.Null(csv);
        var lines = csv.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            throw new InvalidGroupLabelsException("line 1", "expected a header such as 'employeeId,gender,ageBand'.");
        }

        var header = Fields(lines[0], 1);
        if (header.Count < 2 || header[0] != "employeeId")
        {
            throw new InvalidGroupLabelsException("line 1", $"expected a header 'employeeId' then one column per attribute, found '{lines[0]}'.");
        }

        for (var column = 1; column < header.Count; column++)
        {
            if (string.IsNullOrWhiteSpace(header[column]) || header.IndexOf(header[column]) != column)
            {
                throw new InvalidGroupLabelsException($"line 1, column {column + 1}", string.IsNullOrWhiteSpace(header[column]) ? "the attribute's name is empty." : $"the attribute '{header[column]}' appears twice.");
            }
        }

        var labels = new Dictionary<EmployeeId, IReadOnlyDictionary<string, string>>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Fields(lines[i], i + 1);
            if (fields.Count != header.Count)
            {
                throw new InvalidGroupLabelsException($"line {i + 1}", $"has {fields.Count} fields; the header has {header.Count}.");
            }

            var employee = Employee(fields[0], $"line {i + 1}, column 1");
            var groups = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var column = 1; column < header.Count; column++)
            {
                if (fields[column].Trim() is { Length: > 0 } group)
                {
                    groups[header[column]] = group;
                }
            }

            if (!labels.TryAdd(employee, groups))
            {
                throw new InvalidGroupLabelsException($"line {i + 1}, column 1", $"the employee '{employee}' appears twice.");
            }
        }

        return new GroupLabels(labels);
    }

    /// <summary>Reads the JSON form.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="InvalidGroupLabelsException">The text is not the JSON form; the exception names the JSON path.</exception>
    public static GroupLabels FromJson(string json)
    {
        Guard.Against.Null(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidGroupLabelsException("$", $"is not well-formed JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidGroupLabelsException("$", $"expected an object of employee ids, found {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
            }

            var labels = new Dictionary<EmployeeId, IReadOnlyDictionary<string, string>>();
            foreach (var member in document.RootElement.EnumerateObject())
            {
                var path = $"$['{member.Name}']";
                var employee = Employee(member.Name, path);
                if (member.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidGroupLabelsException(path, $"expected an object of attribute to group, found {member.Value.ValueKind.ToString().ToLowerInvariant()}.");
                }

                var groups = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var attribute in member.Value.EnumerateObject())
                {
                    var at = $"{path}['{attribute.Name}']";
                    if (attribute.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(attribute.Value.GetString()) || string.IsNullOrWhiteSpace(attribute.Name))
                    {
                        throw new InvalidGroupLabelsException(at, $"expected a group's name as a non-empty string, found {attribute.Value.GetRawText()}.");
                    }

                    if (!groups.TryAdd(attribute.Name, attribute.Value.GetString()!))
                    {
                        throw new InvalidGroupLabelsException(at, "appears twice.");
                    }
                }

                if (!labels.TryAdd(employee, groups))
                {
                    throw new InvalidGroupLabelsException(path, "appears twice.");
                }
            }

            return new GroupLabels(labels);
        }
    }

    /// <summary>Gets an employee's group for an attribute.</summary>
    /// <param name="employee">The employee.</param>
    /// <param name="attribute">The attribute.</param>
    /// <returns>The group, or <see langword="null"/> when the employee is not labelled for it.</returns>
    public string? GroupOf(EmployeeId employee, string attribute) =>
        _labels.TryGetValue(employee, out var groups) && groups.TryGetValue(attribute, out var group) ? group : null;

    private static EmployeeId Employee(string text, string location) =>
        EmployeeId.TryParse(text.Trim(), out var id)
            ? id
            : throw new InvalidGroupLabelsException(location, $"'{text}' is not an employee id.");

    private static List<string> Fields(string line, int number)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new InvalidGroupLabelsException($"line {number}", "a quoted field is not closed.");
        }

        fields.Add(field.ToString());
        return fields;
    }
}
