using System.Text.Json;
using PerfDomain.Serialization;

namespace PerfDomain.Tests;

/// <summary>The JSON form: the bare string, with default options and with <see cref="PerfDomainJson.Options"/>, as a value and as a key.</summary>
public abstract partial class EntityIdTests<T>
{
    public static TheoryData<bool> BothOptions() => [false, true];

    [Theory]
    [MemberData(nameof(BothOptions))]
    public void Json_IsTheBareString_AndReadsBack(bool wireOptions)
    {
        var options = Options(wireOptions);
        var id = T.Create("e-018");

        var json = JsonSerializer.Serialize(id, options);

        Assert.Equal("\"e-018\"", json);
        Assert.Equal(id, JsonSerializer.Deserialize<T>(json, options));
    }

    [Theory]
    [MemberData(nameof(BothOptions))]
    public void Json_NullableAndInCollections_RoundTrip(bool wireOptions)
    {
        var options = Options(wireOptions);
        T? none = null;
        var list = new List<T?> { T.Create("a"), none, T.Create("Zoë \"quoted\" \\ ✓") };

        var json = JsonSerializer.Serialize(list, options);

        Assert.Equal(list, JsonSerializer.Deserialize<List<T?>>(json, options));
        Assert.Equal("null", JsonSerializer.Serialize(none, options));
    }

    [Theory]
    [MemberData(nameof(BothOptions))]
    public void Json_AsDictionaryKey_IsTheBareString(bool wireOptions)
    {
        var options = Options(wireOptions);
        var map = new Dictionary<T, int> { [T.Create("e-2")] = 2, [T.Create("e-1")] = 1 };

        var json = JsonSerializer.Serialize(map, options);

        Assert.Equal("{\"e-2\":2,\"e-1\":1}", json);
        Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<T, int>>(json, options));
    }

    [Theory]
    [InlineData("\" e-1\"", "' e-1' is not {0}: it starts or ends with white space.")]
    [InlineData("\"\"", "'' is not {0}: it is blank.")]
    [InlineData("42", "Expected {0} as a JSON string, found a number.")]
    [InlineData("null", "Expected {0} as a JSON string, found null.")]
    [InlineData("{\"Value\":\"e-1\"}", "Expected {0} as a JSON string, found an object.")]
    public void Json_NotAnIdentifier_ThrowsJsonExceptionInDomainWords(string json, string message)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<T>(json));

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, DomainWords[typeof(T)]), error.Message);
        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void Json_InvalidKey_ThrowsJsonExceptionAtTheKey()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<T, int>>("{\"ok\":1,\"bad \":2}"));

        Assert.Contains($"'bad ' is not {DomainWords[typeof(T)]}", error.Message, StringComparison.Ordinal);
        Assert.Equal("$['bad ']", error.Path);
    }

    [Fact]
    public void Json_Default_CannotBeWritten()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(T)));

        Assert.Contains($"default({typeof(T).Name})", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Dictionary<T, int> { [default] = 1 }));
    }

    private static JsonSerializerOptions? Options(bool wireOptions) => wireOptions ? PerfDomainJson.Options : null;
}
