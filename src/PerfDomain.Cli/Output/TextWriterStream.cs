using System.Text;

namespace PerfDomain.Cli.Output;

/// <summary>
/// A write-only stream that decodes UTF-8 bytes into a <see cref="TextWriter"/>, so that a large
/// JSON document can go to standard output as it is written, never held whole as one string.
/// </summary>
/// <remarks>
/// When the writer is a <see cref="StreamWriter"/> that writes UTF-8 without a byte order mark (redirected
/// standard output, see <c>Program</c>), the bytes go straight to its stream after whatever text it holds:
/// decoding them to text only for the writer to encode them back cost a second at 100,000 employees.
/// </remarks>
internal sealed class TextWriterStream : Stream
{
    private readonly TextWriter _writer;
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] _chars = new char[4096];

    private readonly Stream? _utf8;

    public TextWriterStream(TextWriter writer)
    {
        _writer = writer;
        _utf8 = writer is StreamWriter { Encoding: UTF8Encoding utf8 } stream && utf8.Preamble.Length == 0 ? stream.BaseStream : null;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_utf8 is not null)
        {
            _writer.Flush();
            _utf8.Write(buffer);
            return;
        }

        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        var written = _decoder.GetChars(buffer, _chars, flush: false);
        _writer.Write(_chars, 0, written);
    }

    public override void Flush()
    {
        _writer.Flush();
        _utf8?.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
