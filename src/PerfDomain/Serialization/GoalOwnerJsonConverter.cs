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
                level = JsonSerializer.Deserialize<GoalLevel>(ref reader, options);
            }
            else if (reader.ValueTextEquals(OrgUnit.EncodedUtf8Bytes))
            {
                reader.Read();
                orgUnitId = JsonSerializer.Deserialize<OrgUnitId?>(ref reader, options);
            }
            else if (reader.ValueTextEquals(Employee.EncodedUtf8Bytes))
            {
                reader.Read();
                employeeId = JsonSerializer.Deserialize<EmployeeId?>(ref reader, options);
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
        writer.WritePropertyName(Level);
        JsonSerializer.Serialize(writer, value.Level, options);
        writer.WritePropertyName(OrgUnit);
        JsonSerializer.Serialize(writer, value.OrgUnitId, options);
        writer.WritePropertyName(Employee);
        JsonSerializer.Serialize(writer, value.EmployeeId, options);
        writer.WriteEndObject();
    }
}
