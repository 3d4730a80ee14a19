using System.Text;
using PerfDomain.Snapshots;

namespace PerfDomain.Tests.Snapshots;

// Hostile input fails early, at its path, after reading little and allocating little.
public sealed partial class SnapshotReaderTests
{
    private const string Header = "{\"schemaVersion\":1,\"organization\":{\"name\":\"Hostile\"},\"orgUnits\":[{\"id\":\"u\",\"name\":\"U\"}],";
    private const string ValidEmployee = "{\"id\":\"e\",\"name\":\"E\",\"hireDate\":\"2020-01-01\",\"statusHistory\":[{\"status\":\"active\",\"effectiveOn\":\"2020-01-01\"}],\"roleHistory\":[{\"role\":\"R\",\"level\":1,\"effectiveOn\":\"2020-01-01\"}],\"reportingLines\":[{\"effectiveOn\":\"2020-01-01\"}],\"orgUnitHistory\":[{\"orgUnitId\":\"u\",\"effectiveOn\":\"2020-01-01\"}]}";
    private const long OneMegabyte = 1 << 20;
    private const long AllocationBound = 16 * OneMegabyte;

    [Fact]
    public void Read_200MegabytesOfEmptyEmployees_FailsAtTheFirstAfterReadingLittle()
    {
        var stream = new RepeatingStream(Header + "\"employees\":[", "{},", 70_000_000, "{}]}");

        var (error, allocated) = ReadExpectingError(stream, SnapshotReaderOptions.Default);

        Assert.Equal("$.employees[0].id", error.Path);
        Assert.Equal("required field is missing (or null).", error.Reason);
        Assert.True(stream.BytesRead < OneMegabyte, $"read {stream.BytesRead:N0} of {stream.Length:N0} bytes");
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Read_EmptyEmployeesBeforeAnyVersion_ReadsOnForTheVersionInBoundedMemory()
    {
        // Without a schemaVersion first, the reader reads to the end looking for it, keeping nothing.
        var stream = new RepeatingStream("{\"employees\":[", "{},", 7_000_000, "{}]}");

        var (error, allocated) = ReadExpectingError(stream, SnapshotReaderOptions.Default);

        Assert.Equal("$.employees[0].id", error.Path);
        Assert.Equal(stream.Length, stream.BytesRead);
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Read_100MegabyteString_FailsAtMaxStringLengthWithoutHoldingIt()
    {
        var stream = new RepeatingStream("{\"schemaVersion\":1,\"organization\":{\"name\":\"", "aaaaaaaaaa", 10_000_000, "\"}}");

        var (error, allocated) = ReadExpectingError(stream, SnapshotReaderOptions.Default);

        Assert.Equal("$.organization.name", error.Path);
        Assert.Equal("the string is longer than 10,000 characters, the most this reader accepts (its MaxStringLength limit).", error.Reason);
        Assert.True(stream.BytesRead < OneMegabyte, $"read {stream.BytesRead:N0} bytes");
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData(10_010)]
    [InlineData(70_000)]
    public void Read_LongEscapedStringThatIsNotUtf8_IsRefusedAtItsPath(int length)
    {
        // Found by the fuzzer (seed 2026, case 818935): measuring such a string threw InvalidOperationException.
        var json = new List<byte>(Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"organization\":{\"name\":\"\\n"));
        json.Add(0xFF);
        json.AddRange(Enumerable.Repeat((byte)'x', length));
        json.AddRange(Encoding.UTF8.GetBytes("\"}}"));

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(new MemoryStream([.. json])));

        Assert.Equal("$.organization.name", error.Path);
        Assert.Contains(length > 60_000 ? "the string is longer than 10,000 characters" : "not valid UTF-8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_100MegabyteStringInAnElement_FailsAtItsPath()
    {
        var stream = new RepeatingStream(Header + "\"employees\":[" + ValidEmployee + ",{\"id\":\"x\",\"name\":\"", "bbbbbbbbbb", 10_000_000, "\"}]}");

        var (error, _) = ReadExpectingError(stream, SnapshotReaderOptions.Default);

        Assert.Equal("$.employees[1].name", error.Path);
        Assert.Contains("its MaxStringLength limit", error.Reason, StringComparison.Ordinal);
        Assert.True(stream.BytesRead < OneMegabyte, $"read {stream.BytesRead:N0} bytes");
    }

    [Theory]
    [InlineData("x", 101, false)]
    [InlineData("x", 100, true)]
    [InlineData("\\u0078", 101, false)]
    [InlineData("\\u0078", 100, true)]
    [InlineData("😀", 51, false)]
    [InlineData("😀", 50, true)]
    public void Read_StringAroundMaxStringLength_CountsCharactersNotBytes(string character, int count, bool accepted)
    {
        var name = string.Concat(Enumerable.Repeat(character, count));
        var json = ValidSnapshotJson.Text.Replace("\"text\": \"Clear design notes.\"", $"\"text\": \"{name}\"", StringComparison.Ordinal);
        var options = new SnapshotReaderOptions { MaxStringLength = 100 };

        if (accepted)
        {
            Assert.Equal(100, SnapshotReader.Read(json, options).FeedbackNotes[0].Text.Length);
        }
        else
        {
            var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json, options));
            Assert.Equal("$.feedbackNotes[0].text", error.Path);
            Assert.Equal("the string is longer than 100 characters, the most this reader accepts (its MaxStringLength limit).", error.Reason);
        }
    }

    [Fact]
    public void Read_LongMemberName_FailsAtTheObject()
    {
        var json = ValidSnapshotJson.Text.Replace("\"id\": \"ceo\",", $"\"{new string('n', 200)}\": 1, \"id\": \"ceo\",", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(json, new SnapshotReaderOptions { MaxStringLength = 100 }));

        Assert.Equal("$.employees[0]", error.Path);
        Assert.StartsWith("a member name is longer than 100 characters", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeeplyNestedArrays_FailsAtTheDepthLimit()
    {
        var stream = new RepeatingStream("{\"schemaVersion\":1,\"employees\":[", "[[[[[[[[[[", 10_000_000, string.Empty);

        var (error, allocated) = ReadExpectingError(stream, SnapshotReaderOptions.Default);

        // The nesting is not part of the format: the path stops at the deepest place the format has.
        Assert.Equal("$.employees[0]", error.Path);
        Assert.StartsWith("the JSON nests more than 32 levels deep", error.Reason, StringComparison.Ordinal);
        Assert.True(stream.BytesRead < OneMegabyte, $"read {stream.BytesRead:N0} bytes");
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Read_MoreEmployeesThanMaxEmployees_FailsAfterReadingAboutThatMany()
    {
        var stream = new RepeatingStream(Header + "\"employees\":[", ValidEmployee + ",", 1_000_000, ValidEmployee + "]}");

        var (error, allocated) = ReadExpectingError(stream, new SnapshotReaderOptions { MaxEmployees = 1000 });

        Assert.Equal("$.employees[1000]", error.Path);
        Assert.Equal("the snapshot has more than 1,000 employees, the most this reader accepts (its MaxEmployees limit).", error.Reason);
        Assert.True(stream.BytesRead < (1001 * (ValidEmployee.Length + 1)) + (128 * 1024), $"read {stream.BytesRead:N0} bytes");
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Read_MoreBytesThanMaxBytes_FailsHavingReadOneByteMore()
    {
        var stream = new RepeatingStream(Header + "\"employees\":[", ValidEmployee + ",", 1_000_000, ValidEmployee + "]}");

        var (error, allocated) = ReadExpectingError(stream, new SnapshotReaderOptions { MaxBytes = 200_000 });

        Assert.Matches(@"^\$\.employees\[\d+\]$", error.Path);
        Assert.Equal("the snapshot is larger than 200,000 bytes, the most this reader accepts (its MaxBytes limit).", error.Reason);
        Assert.Equal(200_001, stream.BytesRead);
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Read_SnapshotOfExactlyMaxBytes_IsAccepted()
    {
        var length = Encoding.UTF8.GetByteCount(ValidSnapshotJson.Text);

        Assert.Equal(3, SnapshotReader.Read(ValidSnapshotJson.Text, new SnapshotReaderOptions { MaxBytes = length }).Employees.Count);
        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(ValidSnapshotJson.Text, new SnapshotReaderOptions { MaxBytes = length - 1 }));
        Assert.Contains("its MaxBytes limit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LongHistoryInsideAnElement_FailsAtMaxArrayLength()
    {
        var entry = "{\"status\":\"active\",\"effectiveOn\":\"2020-01-01\"},";
        var stream = new RepeatingStream(Header + "\"employees\":[{\"id\":\"e\",\"statusHistory\":[", entry, 1_000_000, "{}]}]}");

        var (error, _) = ReadExpectingError(stream, new SnapshotReaderOptions { MaxArrayLength = 100 });

        Assert.Equal("$.employees[0].statusHistory[100]", error.Path);
        Assert.Equal("the array has more than 100 items, the most this reader accepts (its MaxArrayLength limit).", error.Reason);
        Assert.True(stream.BytesRead < OneMegabyte, $"read {stream.BytesRead:N0} bytes");
    }

    [Fact]
    public void Read_LongCollection_FailsAtMaxArrayLength()
    {
        var stream = new RepeatingStream("{\"schemaVersion\":1,\"orgUnits\":[", "{\"id\":\"u\",\"name\":\"U\"},", 1_000_000, "{}]}");

        var (error, _) = ReadExpectingError(stream, new SnapshotReaderOptions { MaxArrayLength = 10 });

        Assert.Equal("$.orgUnits[10]", error.Path);
        Assert.Contains("its MaxArrayLength limit", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,", "          ", "$")]
    [InlineData("{\"schemaVersion\":", "1111111111", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\":1,\"employees\":[{\"id\":", "          ", "$.employees[0].id")]
    public void Read_EndlessWhitespaceOrNumber_FailsBeforeTheBufferGrows(string prefix, string unit, string path)
    {
        var stream = new RepeatingStream(prefix, unit, 10_000_000, "}");

        var (error, allocated) = ReadExpectingError(stream, SnapshotReaderOptions.Default);

        Assert.Equal(path, error.Path);
        Assert.Contains("longer than 60,064 bytes", error.Reason, StringComparison.Ordinal);
        Assert.True(stream.BytesRead < OneMegabyte, $"read {stream.BytesRead:N0} bytes");
        Assert.True(allocated < AllocationBound, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Options_Defaults_SetNoLimitButOnStrings()
    {
        var options = SnapshotReaderOptions.Default;

        Assert.Equal(long.MaxValue, options.MaxBytes);
        Assert.Equal(int.MaxValue, options.MaxEmployees);
        Assert.Equal(int.MaxValue, options.MaxArrayLength);
        Assert.Equal(10_000, options.MaxStringLength);
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentException>(() => new SnapshotReaderOptions { MaxBytes = 0 });
        Assert.Throws<ArgumentException>(() => new SnapshotReaderOptions { MaxEmployees = -1 });
        Assert.Throws<ArgumentException>(() => new SnapshotReaderOptions { MaxArrayLength = -1 });
        Assert.Throws<ArgumentException>(() => new SnapshotReaderOptions { MaxStringLength = 0 });
    }

    [Fact]
    public void Options_ZeroEmployees_RefusesTheFirst()
    {
        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(ValidSnapshotJson.Text, new SnapshotReaderOptions { MaxEmployees = 0 }));

        Assert.Equal("$.employees[0]", error.Path);
    }

    /// <summary>Reads, expecting an error; returns it with the bytes allocated on this thread by the read.</summary>
    private static (InvalidSnapshotException Error, long Allocated) ReadExpectingError(Stream stream, SnapshotReaderOptions options)
    {
        // Warm up (type metadata, converters, pools) so that only the read itself is measured.
        SnapshotReader.Read(ValidSnapshotJson.Text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(stream, options));
        return (error, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
