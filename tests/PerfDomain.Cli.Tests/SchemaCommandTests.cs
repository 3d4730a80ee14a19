using System.Text.Json;
using System.Text.Json.Nodes;

namespace PerfDomain.Cli.Tests;

/// <summary><c>perfdomain schema</c>: the JSON Schemas of the snapshot format and of parameter files.</summary>
public sealed class SchemaCommandTests
{
    [Fact]
    public void Snapshot_IsAJsonSchemaOfDraft202012()
    {
        var result = Cli.Run("schema");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        using var schema = result.Json();
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("object", schema.RootElement.GetProperty("type").GetString());
        Assert.True(schema.RootElement.GetProperty("properties").TryGetProperty("employees", out _));
    }

    [Fact]
    public void Parameters_IsAJsonSchemaOfDraft202012()
    {
        var result = Cli.Run("schema", "--parameters");

        Assert.Equal(0, result.ExitCode);
        using var schema = result.Json();
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.True(schema.RootElement.GetProperty("properties").TryGetProperty("reviewCadence", out _));
    }

    [Fact]
    public void Output_IsTheSameEveryTime()
    {
        Assert.Equal(Cli.Run("schema").Stdout, Cli.Run("schema").Stdout);
        Assert.Equal(Cli.Run("schema", "--parameters").Stdout, Cli.Run("schema", "--parameters").Stdout);
    }

    [Fact]
    public void SampleOrganisation_Validates()
    {
        Assert.Empty(SchemaValidator.SnapshotErrors(File.ReadAllText(Cli.SamplePath)));
    }

    [Fact]
    public void EverySample_Validates()
    {
        var samples = Directory.GetFiles(Path.GetDirectoryName(Cli.SamplePath)!, "*.json");

        Assert.NotEmpty(samples);
        Assert.All(samples, sample => Assert.Empty(SchemaValidator.SnapshotErrors(File.ReadAllText(sample))));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(250, 7)]
    [InlineData(1200, 3)]
    public void GeneratedSnapshot_Validates(int employees, int seed)
    {
        var generated = Cli.Run("generate", "--employees", employees.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--cycles", "4");

        Assert.Equal(0, generated.ExitCode);
        Assert.Empty(SchemaValidator.SnapshotErrors(generated.Stdout));
    }

    [Fact]
    public void UnknownField_DoesNotValidate()
    {
        var errors = SchemaValidator.SnapshotErrors(SampleWith(root => root["employees"]![0]!["nickname"] = "Al"));

        Assert.Contains(errors, e => e.StartsWith("/employees/0", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownTopLevelField_DoesNotValidate()
    {
        Assert.NotEmpty(SchemaValidator.SnapshotErrors(SampleWith(root => root["extensions"] = new JsonObject())));
    }

    [Fact]
    public void WrongEnumValue_DoesNotValidate()
    {
        var errors = SchemaValidator.SnapshotErrors(SampleWith(root => root["employees"]![0]!["statusHistory"]![0]!["status"] = "retired"));

        Assert.Contains(errors, e => e.StartsWith("/employees/0/statusHistory/0/status", StringComparison.Ordinal));
    }

    [Fact]
    public void EnumInPascalCase_DoesNotValidate()
    {
        Assert.NotEmpty(SchemaValidator.SnapshotErrors(SampleWith(root => root["employees"]![0]!["statusHistory"]![0]!["status"] = "OnLeave")));
    }

    [Theory]
    [InlineData("16/11/2026")]
    [InlineData("2026-02-30")]
    [InlineData("2026-11-16T00:00:00Z")]
    public void BadDate_DoesNotValidate(string date)
    {
        Assert.NotEmpty(SchemaValidator.SnapshotErrors(SampleWith(root => root["employees"]![0]!["hireDate"] = date)));
    }

    [Fact]
    public void NumberWhereAStringBelongs_DoesNotValidate()
    {
        Assert.NotEmpty(SchemaValidator.SnapshotErrors(SampleWith(root => root["employees"]![0]!["name"] = 42)));
    }

    [Fact]
    public void NullArrayItem_DoesNotValidate()
    {
        Assert.NotEmpty(SchemaValidator.SnapshotErrors(SampleWith(root => root["employees"]!.AsArray().Add(null))));
    }

    [Theory]
    [InlineData("P60D", true)]
    [InlineData("P8W", true)]
    [InlineData("P1Y2M", true)]
    [InlineData("PT60H", false)]
    [InlineData("P-60D", false)]
    [InlineData("P", false)]
    [InlineData("60 days", false)]
    public void ImprovementPlanDuration_IsAnIsoPeriodOfDays(string duration, bool valid)
    {
        var json = SampleWith(root =>
        {
            var plans = root["improvementPlans"]!.AsArray();
            Assert.NotEmpty(plans);
            plans[0]!["duration"] = duration;
        });

        Assert.Equal(valid, SchemaValidator.SnapshotErrors(json).Count == 0);
    }

    [Fact]
    public void DefaultParameters_Validate()
    {
        Assert.Empty(SchemaValidator.ParameterErrors(Policies.Parameters.PolicyParameters.Default.ToJson()));
        Assert.Empty(SchemaValidator.ParameterErrors("""{"reviewCadence":{"checkInIntervalDays":14,"orgUnitCheckInIntervalDays":{"u-eng":21}}}"""));
        Assert.Empty(SchemaValidator.ParameterErrors("{}"));
    }

    [Theory]
    [InlineData("""{"reviewCadence":{"checkInEveryDays":14}}""")]
    [InlineData("""{"cadence":{}}""")]
    [InlineData("""{"reviewCadence":{"checkInIntervalDays":"14"}}""")]
    [InlineData("""{"reviewCadence":{"checkInIntervalDays":14.5}}""")]
    [InlineData("""{"reviewCadence":{"orgUnitCheckInIntervalDays":{"u-eng":"often"}}}""")]
    [InlineData("""{"reviewCadence":null}""")]
    public void BadParameters_DoNotValidate(string json)
    {
        Assert.NotEmpty(SchemaValidator.ParameterErrors(json));
    }

    [Fact]
    public void UnknownOption_IsAUsageError()
    {
        var result = Cli.Run("schema", "--snapshot");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("perfdomain schema: Unrecognized command or option '--snapshot'. See 'perfdomain schema --help'.", result.ErrorLine);
    }

    private static string SampleWith(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(Cli.SamplePath))!.AsObject();
        change(root);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
