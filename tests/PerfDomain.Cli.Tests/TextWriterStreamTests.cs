using System.Text;
using PerfDomain.Cli.Output;

namespace PerfDomain.Cli.Tests;

/// <summary>UTF-8 written through a text writer: the same text whether it goes straight to the writer's stream or through text.</summary>
public sealed class TextWriterStreamTests
{
    private const string Sample = "{\"name\": \"Zoë – 日本 😀\"}";

    [Fact]
    public void Write_ToAUtf8StreamWriter_GoesToItsStreamAfterTheTextBeforeIt()
    {
        using var bytes = new MemoryStream();
        using (var writer = new StreamWriter(bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16))
        using (var stream = new TextWriterStream(writer))
        {
            writer.Write("before ");
            WriteSplit(stream, Encoding.UTF8.GetBytes(Sample));
            writer.Write(" after");
            stream.Flush();
        }

        Assert.Equal("before " + Sample + " after", Encoding.UTF8.GetString(bytes.ToArray()));
    }

    [Fact]
    public void Write_ToAWriterWithAByteOrderMark_GoesThroughTheText()
    {
        // A UTF-8 encoding with a preamble writes it before the first text: the bytes must not get in ahead of it.
        using var bytes = new MemoryStream();
        using (var writer = new StreamWriter(bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var stream = new TextWriterStream(writer))
        {
            WriteSplit(stream, Encoding.UTF8.GetBytes(Sample));
            stream.Flush();
        }

        Assert.Equal([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Sample)], bytes.ToArray());
    }

    [Fact]
    public void Write_ToAStringWriter_DecodesCharactersSplitAcrossWrites()
    {
        using var text = new StringWriter();
        using var stream = new TextWriterStream(text);

        WriteSplit(stream, Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(Sample, text.ToString());
    }

    // One byte at a time: every multi-byte character is split across writes.
    private static void WriteSplit(Stream stream, byte[] utf8)
    {
        foreach (var b in utf8)
        {
            stream.Write([b]);
        }
    }
}
