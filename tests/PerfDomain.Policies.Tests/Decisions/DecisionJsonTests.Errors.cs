using System.Text;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Tests.Decisions;

/// <summary>Reading is strict: the first problem, with its path (and line), in plain words.</summary>
public sealed partial class DecisionJsonTests
{
    // Each case changes the sample's JSON document (first occurrence of the text) and names the path and reason expected.
    public static TheoryData<string, string, string, string> DocumentErrors() => new()
    {
        { "\"schemaVersion\": 1", "\"schemaVersion\": 2", "$.schemaVersion", "is 2; this reader reads version 1 of the decision format." },
        { "\"schemaVersion\": 1,", string.Empty, "$", "\"schemaVersion\" is missing." },
        { "\"document\": \"evaluation\"", "\"document\": \"explanation\"", "$.document", "is \"explanation\": an explanation of one employee, which this reader does not read; it reads evaluation documents (\"evaluation\")." },
        { "\"asOf\": \"2026-11-16\",\n  \"packs\"", "\"asOf\": \"2026-11-31\",\n  \"packs\"", "$.asOf", "\"2026-11-31\" is not a date: expected uuuu-MM-dd, such as \"2026-11-16\"." },
        { "\"organization\": \"Northwind Analytics\"", "\"organization\": null", "$.organization", "expected the organisation's name as a string, found null." },
        { "\"organization\": \"Northwind Analytics\",", "\"organization\": \"Northwind Analytics\", \"organization\": \"x\",", "$.organization", "appears twice." },
        { "\"name\": \"review-cadence\",", string.Empty, "$.packs[0]", "\"name\" is missing." },
        { "\"kind\": \"checkInDue\"", "\"kind\": \"Check In Due\"", "$.decisions[0].kind", "\"Check In Due\" is not a decision kind: expected a camelCase name such as \"checkInDue\", or a custom pack's such as \"acme.mentorAssigned\"." },
        { "\"employeeId\": \"e-002\"", "\"employeeId\": \" e-002\"", "$.decisions[0].employeeId", "' e-002' is not an employee id: it starts or ends with white space." },
        { "\"employeeId\": \"e-002\"", "\"employeeId\": null", "$.decisions[0].employeeId", "expected an id as a string, found null." },
        { "\"cycleId\": null", "\"cycleId\": 7", "$.decisions[0].cycleId", "expected an id or null as a string, found the number 7." },
        { "\"dueOn\": \"", "\"dueOn\": \"soon", "$.decisions[0].dueOn", "is not a date: expected uuuu-MM-dd, such as \"2026-11-16\"." },
        { "\"requiresApproval\": false", "\"requiresApproval\": 0", "$.decisions[0].requiresApproval", "expected true or false, found the number 0." },
        { "\"escalateTo\": null", "\"escalateTo\": \"ceo\"", "$.decisions[0].escalateTo", "\"ceo\" is not an escalation level; expected one of \"manager\", \"skipLevelManager\", \"humanResources\" or null." },
        { "\"subject\": null,", string.Empty, "$.decisions[0]", "\"subject\" is missing." },
        { "\"asOf\": \"2026-11-16\",\n        \"facts\"", "\"asOf\": 20261116,\n        \"facts\"", "$.decisions[0].explanation.asOf", "expected a date (uuuu-MM-dd), found the number 20261116." },
        { "\"type\": \"Employee\"", "\"type\": [\"Employee\"]", "$.decisions[0].explanation.facts[0].type", "expected the kind of fact as a string, found an array." },
        { "\"hireDate\": \"", "\"hireDate\": 1, \"x\": \"", "$.decisions[0].explanation.facts[0].values.hireDate", "expected a string, found the number 1." },
        { "\"parameters\": {", "\"parameters\": {\"a b\": true,", "$.decisions[0].explanation.parameters['a b']", "expected a string, found true." },
        { "\"reason\": ", "\"reason\": null, \"x\": ", "$.decisions[0].explanation.reason", "expected the reason as a string, found null." },
        { "\"decisions\": [", "\"decisions\": {", "$.decisions", "expected the decisions as an array, found an object." },
        { "\"kind\": \"checkInDue\",", "\"kind\": \"checkInDue\"", "$.decisions[0]", "is not well-formed JSON." },
    };

    [Theory]
    [MemberData(nameof(DocumentErrors))]
    public void Read_InvalidDocument_ThrowsAtThePath(string text, string replacement, string path, string reason)
    {
        var json = Encoding.UTF8.GetString(Write(SampleDocument.Value, lines: false));
        var at = json.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the sample has no '{text}'");
        var changed = string.Concat(json.AsSpan(0, at), replacement, json.AsSpan(at + text.Length));

        var error = Assert.Throws<DecisionFormatException>(() => DecisionJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(changed))));

        Assert.Equal(path, error.Path);
        Assert.EndsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal($"{path}: {error.Reason}", error.Message);
        Assert.Null(error.LineNumber);
    }

    [Theory]
    [InlineData("", "$", "the text is empty; expected a decision document.")]
    [InlineData("  \n ", "$", "the text is empty; expected a decision document.")]
    [InlineData("[]", "$", "expected the decision document as an object, found an array.")]
    [InlineData("{\"schemaVersion\":1}{}", "$", "is not well-formed JSON.")]
    [InlineData("{\"schemaVersion\":1,\"document\":\"evaluation\",\"organization\":\"o\",\"asOf\":\"2026-01-01\",\"packs\":[]", "$", "is not well-formed JSON.")]
    [InlineData("{\"schemaVersion\":1,\"document\":\"evaluation\",\"organization\":\"o\",\"asOf\":\"2026-01-01\",\"packs\":[]}", "$", "\"decisions\" is missing.")]
    public void Read_BrokenDocument_Throws(string text, string path, string reason)
    {
        var error = Assert.Throws<DecisionFormatException>(() => DecisionJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))));

        Assert.Equal(path, error.Path);
        Assert.Equal(reason, error.Reason);
    }

    [Theory]
    [InlineData(0, "\"schemaVersion\":1,", "", 1, "$", "\"schemaVersion\" is missing.")]
    [InlineData(0, "\"decisionCount\":", "\"decisionCount\":-", 1, "$.decisionCount", "expected the number of decision lines as a whole number of at least 0, found the number -")]
    [InlineData(3, "\"requiresApproval\":", "\"requiresApproval\":null,\"x\":", 4, "$.requiresApproval", "expected true or false, found null.")]
    [InlineData(2, "\"explanation\":{", "\"explanation\":{\"facts\":[{\"type\":\"Employee\",\"id\":\"e-1\",\"values\":{}}],", 3, "$.explanation.facts", "appears twice.")]
    [InlineData(2, "\"kind\":", "\"kind\" ", 3, "$", "is not well-formed JSON.")]
    [InlineData(2, "{", "", 3, "$", "expected a decision as an object, found the string \"id\".")]
    [InlineData(2, "}}", "}} {}", 3, "$.explanation.facts", "is not well-formed JSON.")]
    public void ReadLines_InvalidLine_ThrowsWithItsLineAndPath(int index, string text, string replacement, long line, string path, string reason)
    {
        var lines = Encoding.UTF8.GetString(Write(SampleDocument.Value, lines: true)).Split('\n');
        var at = lines[index].IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"line {index + 1} has no '{text}'");
        lines[index] = string.Concat(lines[index].AsSpan(0, at), replacement, lines[index].AsSpan(at + text.Length));

        var error = Assert.Throws<DecisionFormatException>(() => DecisionJson.ReadLines(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines)))));

        Assert.Equal(line, error.LineNumber);
        Assert.Equal(path, error.Path);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal($"line {line}: {path}: {error.Reason}", error.Message);
    }

    [Fact]
    public void ReadLines_MissingOrExtraDecisionLines_AreNamedAgainstTheHeader()
    {
        var lines = Encoding.UTF8.GetString(Write(SampleDocument.Value, lines: true)).Split('\n');
        var count = SampleDocument.Value.Decisions.Count;

        var missing = Assert.Throws<DecisionFormatException>(() => DecisionJson.ReadLines(Utf8(string.Join("\n", lines[..^2]) + "\n")));
        var extra = Assert.Throws<DecisionFormatException>(() => DecisionJson.ReadLines(Utf8(string.Join("\n", lines) + lines[1] + "\n")));

        Assert.Equal($"line 1: $.decisionCount: is {count}, but {count - 1} decision lines follow the header.", missing.Message);
        Assert.Equal($"is {count}, but {count + 1} decision lines follow the header.", extra.Reason);
    }

    [Fact]
    public void ReadLines_EmptyTextOrBlankLine_Throws()
    {
        var empty = Assert.Throws<DecisionFormatException>(() => DecisionJson.ReadLines(Utf8(string.Empty)));
        var lines = Encoding.UTF8.GetString(Write(SampleDocument.Value, lines: true)).Split('\n');
        var blank = Assert.Throws<DecisionFormatException>(() => DecisionJson.ReadLines(Utf8(string.Join("\n", lines[..3]) + "\n\n" + string.Join("\n", lines[3..]))));

        Assert.Equal("line 1: $: the text is empty; expected a header line, then one line per decision.", empty.Message);
        Assert.Equal("line 4: $: the line is empty; expected a decision as one JSON object.", blank.Message);
    }

    [Fact]
    public void Read_JsonLinesAsADocument_OrADocumentAsJsonLines_Throws()
    {
        var json = Write(SampleDocument.Value, lines: false);
        var lines = Write(SampleDocument.Value, lines: true);

        Assert.Equal("$", Assert.Throws<DecisionFormatException>(() => DecisionJson.Read(new MemoryStream(lines))).Path);
        Assert.Equal(1, Assert.Throws<DecisionFormatException>(() => DecisionJson.ReadLines(new MemoryStream(json))).LineNumber);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
