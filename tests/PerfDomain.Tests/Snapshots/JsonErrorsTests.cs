using System.Text;
using System.Text.Json;
using PerfDomain.Snapshots;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Tests.Snapshots;

/// <summary>
/// The snapshot reader's errors come from the value's own bytes, never from System.Text.Json's messages: an exception
/// whose message says nothing useful (or something wrong) is translated the same.
/// </summary>
public sealed class JsonErrorsTests
{
    private const string Misleading = "The JSON value could not be converted to System.Int32. Duplicate property 'x'.";

    [Theory]
    [InlineData("""{"id":"e-1","salary":3}""", "$.employees[4]", "unknown member 'salary'; an employee has the members ")]
    [InlineData("""{"id":"e-1","name":"A","name":"B"}""", "$.employees[4].name", "the member 'name' appears more than once")]
    [InlineData("""{"id":"e-1","roleHistory":{"role":"x"}}""", "$.employees[4].roleHistory", "expected an array of roles")]
    [InlineData("""{"id":"e-1","roleHistory":[{"role":"x"},"text"]}""", "$.employees[4].roleHistory[1]", "expected an object (a role)")]
    [InlineData("""{"id":"e-1","roleHistory":[{"role":"x","grade":1}]}""", "$.employees[4].roleHistory[0]", "unknown member 'grade'; a role has the members ")]
    public void Translate_FindsTheProblemInTheBytes_WhateverTheMessageSays(string element, string path, string reason)
    {
        var error = JsonErrors.Translate(new JsonException(Misleading), "$.employees[4]", default, Encoding.UTF8.GetBytes(element));

        Assert.Equal(path, error.Path);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_FirstProblemInDocumentOrder_Wins()
    {
        var error = JsonErrors.Translate(new JsonException(Misleading), "$.employees[0]", default, """{"name":"A","roleHistory":"x","name":"B","extra":1}"""u8.ToArray());

        Assert.Equal("$.employees[0].roleHistory", error.Path);
    }

    [Fact]
    public void Translate_MemberNameThatIsNotUtf8_IsReportedNotThrown()
    {
        // Found by the fuzz campaign (seed 1, case 183): the diagnosis read the name with GetString, which threw.
        byte[] element = [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'];

        var error = JsonErrors.Translate(new JsonException(Misleading), "$.employees[0]", default, element);

        Assert.Equal("$.employees[0]", error.Path);
        Assert.Equal("malformed JSON: a member name is not valid UTF-8 (or holds an unpaired surrogate escape).", error.Reason);
    }

    [Fact]
    public void Translate_InvalidValue_KeepsTheConvertersReason()
    {
        var error = JsonErrors.Translate(InvalidValueException.Expected("a whole number", "the string \"x\""), "$.employees[0]", default, "{}"u8.ToArray());

        Assert.Equal("expected a whole number, found the string \"x\".", error.Reason);
    }

    [Fact]
    public void Malformed_TextThatIsNotUtf8_IsNamedFromTheBytes()
    {
        byte[] data = [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'];

        Assert.True(JsonErrors.FailingStringIsInvalidUtf8(data, 1));
        var error = JsonErrors.Malformed(new JsonException("anything"), "$", JsonErrors.FailingToken(data, 1));
        Assert.StartsWith("malformed JSON: the text is not valid UTF-8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FailingString_OnlyTheTokenAfterWhatWasRead_Counts()
    {
        // A later invalid string, or a buffer ending inside "é" (C3 A9), is not the failing token.
        byte[] later = [(byte)'{', (byte)'x', (byte)',', (byte)'"', 0xC3, 0x28, (byte)'"'];
        byte[] cut = [(byte)'{', (byte)'"', (byte)'a', 0xC3];

        Assert.False(JsonErrors.FailingStringIsInvalidUtf8(later, 1));
        Assert.False(JsonErrors.FailingStringIsInvalidUtf8(cut, 1));
    }

    [Fact]
    public void InvalidUtf8Near_LooksAtTheReportedPlaceOnly()
    {
        byte[] data = [(byte)'{', (byte)'\n', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'\n', (byte)'}'];

        Assert.True(JsonErrors.InvalidUtf8Near(data, 1, 1));
        Assert.False(JsonErrors.InvalidUtf8Near("{\n\"ok\",\n\n\n1}"u8, 3, 0));
    }

    [Theory]
    [InlineData("[1, 2, ]", 5, "a comma after the last item of an array")]
    [InlineData("{\"a\": 1 ,\n }", 8, "a comma after the last member of an object")]
    [InlineData("{\"a\": 1 /* note */ }", 8, "a comment, which JSON does not allow")]
    [InlineData("{\"a\": 1 x }", 8, null)]
    public void FailingToken_NamesWhatTheBytesShow(string json, long consumed, string? reason)
    {
        Assert.Equal(reason, JsonErrors.FailingToken(Encoding.UTF8.GetBytes(json), consumed));
    }

    [Fact]
    public void ConsumedBeforeFailure_IsWhereTheReaderStopped()
    {
        // Past the comma: the reader had read it when the bracket told it the comma was one too many.
        Assert.Equal(7, JsonErrors.ConsumedBeforeFailure("[1, 2, ]"u8));
        Assert.Equal("a comma after the last item of an array", JsonErrors.FailingToken("[1, 2, ]"u8, 7));
        Assert.Equal(6, JsonErrors.ConsumedBeforeFailure("[1, 2]"u8));
    }

    [Fact]
    public void Malformed_OtherSyntaxErrors_ShowTheReadersDescriptionWithoutItsPosition()
    {
        var reader = new Utf8JsonReader("{\"a\" 1}"u8);
        JsonException? thrown = null;
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException ex)
        {
            thrown = ex;
        }

        var error = JsonErrors.Malformed(thrown!, "$", null);

        Assert.DoesNotContain("LineNumber", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith("(line 1, position 6).", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, }", "malformed JSON: a comma after the last member of an object")]
    [InlineData("{\"schemaVersion\": 1, \"orgUnits\": [{\"id\": \"u-1\", \"name\": \"A\"},]}", "malformed JSON: a comma after the last item of an array")]
    [InlineData("{\"schemaVersion\": 1, // note\n}", "malformed JSON: a comment, which JSON does not allow")]
    public void SnapshotReader_SyntaxErrorsTheBytesName_AreToldInTheFormatsWords(string json, string reason)
    {
        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json));

        Assert.StartsWith(reason + " (line ", error.Reason, StringComparison.Ordinal);
    }
}
