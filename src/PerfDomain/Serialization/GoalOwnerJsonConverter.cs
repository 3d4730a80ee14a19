using System.Text.Json;
using System.Text.Json.Serialization;
using PerfDomain.Employees;
using PerfDomain.Goals;

namespace PerfDomain.Serialization;

/// <summary>
/// Reads and writes a <see cref="GoalOwner"/> as <c>{"level":"team","orgUnitId":"u-7","employeeId":null}</c>,
/// through its factories, so that a team owner always has a unit and an individual one an employee.
/// </summary>
internal sealed class GoalOwnerJsonConverter : JsonConverter<GoalOwner>
{
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText OrgUnit = JsonEncodedText.Encode("orgUnitId");
    private static readonly JsonEncodedText Employee = JsonEncodedText.Encode("employeeId");
    private static readonly EntityIdJsonConverter<OrgUnitId> OrgUnitIds = new();
    private static readonly EntityIdJsonConverter<EmployeeId> EmployeeIds = new();

    // Written as the options' camelCase enum converter writes them, without the reflection of JsonSerializer.
    private static readonly (GoalLevel Level, JsonEncodedText Name)[] Levels =
        [.. Enum.GetValues<GoalLevel>().Select(l => (l, JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(l.ToString()))))];

    public override GoalOwner Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a goal owner as an object, found {EntityIdText.Describe(reader.TokenType)}.");
        }

        GoalLevel? level = null;
        OrgUnitId? orgUnitId = null;
        EmployeeId? employeeId = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(Level.EncodedUtf8Bytes))
            {
                reader.Read();
                level = ReadLevel(ref reader);
            }
            else if (reader.ValueTextEquals(OrgUnit.EncodedUtf8Bytes))
            {
                reader.Read();
                orgUnitId = reader.TokenType == JsonTokenType.Null ? null : OrgUnitIds.Read(ref reader, typeof(OrgUnitId), options);
            }
            else if (reader.ValueTextEquals(Employee.EncodedUtf8Bytes))
            {
                reader.Read();
                employeeId = reader.TokenType == JsonTokenType.Null ? null : EmployeeIds.Read(ref reader, typeof(EmployeeId), options);
            }
            else
            {
                // Lenient as the rest of the format: a member a later version adds is skipped.
                reader.Read();
                reader.Skip();
            }
        }

        return (level, orgUnitId, employeeId) switch
        {
            (GoalLevel.Organization, null, null) => GoalOwner.Organization,
            (GoalLevel.Team, { } unit, null) => GoalOwner.Team(unit),
            (GoalLevel.Individual, null, { } employee) => GoalOwner.Individual(employee),
            (null, _, _) => throw new JsonException("A goal owner needs its \"level\"."),
            _ => throw new JsonException(
                $"A goal owner at level \"{JsonNamingPolicy.CamelCase.ConvertName(level.Value.ToString())}\" has "
                + (level == GoalLevel.Organization ? "neither \"orgUnitId\" nor \"employeeId\"."
                    : level == GoalLevel.Team ? "an \"orgUnitId\" and no \"employeeId\"." : "an \"employeeId\" and no \"orgUnitId\".")),
        };
    }

    public override void Write(Utf8JsonWriter writer, GoalOwner value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(Level, Array.Find(Levels, l => l.Level == value.Level).Name);
        if (value.OrgUnitId is { } unit)
        {
            writer.WriteString(OrgUnit, unit.Value);
        }
        else
        {
            writer.WriteNull(OrgUnit);
        }

        if (value.EmployeeId is { } employee)
        {
            writer.WriteString(Employee, employee.Value);
        }
        else
        {
            writer.WriteNull(Employee);
        }

        writer.WriteEndObject();
    }

    private static GoalLevel ReadLevel(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (level, name) in Levels)
            {
                if (reader.ValueTextEquals(name.EncodedUtf8Bytes))
                {
                    return level;
                }
            }
        }

        throw new JsonException($"Expected a goal owner's level, one of {string.Join(", ", Levels.Select(l => $"\"{l.Name}\""))}, found {(reader.TokenType == JsonTokenType.String ? $"\"{reader.GetString()}\"" : EntityIdText.Describe(reader.TokenType))}.");
    }
}
