using System.Text;
using PerfDomain.Snapshots;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Tests.Snapshots;

// The encoding of the input: UTF-8 with or without a byte order mark, other encodings refused by name.
public sealed partial class SnapshotReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(64 * 1024)]
    public void Read_Utf8WithAByteOrderMark_IsTheSameSnapshot(int bufferSize)
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(ValidSnapshotJson.Text)];
        using var stream = new MemoryStream(bytes);

        var read = SnapshotJsonParser.Read(stream, SnapshotReaderOptions.Default, bufferSize);

        Assert.Equal(SnapshotReader.Read(ValidSnapshotJson.Text), read);
        Assert.Equal(SnapshotReader.Read(ValidSnapshotJson.Text), SnapshotReader.Read("\uFEFF" + ValidSnapshotJson.Text));
    }

    [Fact]
    public void Read_ErrorAfterAByteOrderMark_CountsPositionsAfterIt()
    {
        var withMark = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(new MemoryStream([0xEF, 0xBB, 0xBF, .. "{,"u8])));
        var without = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read("{,"));

        Assert.Equal(without.Message, withMark.Message);
    }

    [Theory]
    [InlineData("utf-16", "UTF-16 (little-endian)")]
    [InlineData("utf-16BE", "UTF-16 (big-endian)")]
    [InlineData("utf-32", "UTF-32 (little-endian)")]
    [InlineData("utf-32BE", "UTF-32 (big-endian)")]
    public void Read_OtherEncoding_IsRefusedNamingIt(string encodingName, string named)
    {
        Encoding encoding = encodingName switch
        {
            "utf-16" => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
            "utf-16BE" => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
            "utf-32" => new UTF32Encoding(bigEndian: false, byteOrderMark: false),
            _ => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
        };
        var text = encoding.GetBytes(ValidSnapshotJson.Text);
        byte[] marked = [.. encoding.GetPreamble(), .. text];
        var expected = $"$: the text is {named}; a snapshot must be UTF-8 (with or without a byte order mark): save the file as UTF-8.";

        foreach (var bytes in new[] { text, marked })
        {
            var error = Assert.Throws<InvalidSnapshotException>(() => SnapshotReader.Read(new MemoryStream(bytes)));
            Assert.Equal(expected, error.Message);
            Assert.Equal("$", error.Path);
        }
    }
}
