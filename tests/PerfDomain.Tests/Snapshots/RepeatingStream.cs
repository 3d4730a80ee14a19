using System.Text;

namespace PerfDomain.Tests.Snapshots;

/// <summary>
/// A read-only stream of <c>prefix + unit × count + suffix</c>, produced as it is read (200 MB of
/// <c>{},</c> costs nothing until read), that counts the bytes it handed out.
/// </summary>
internal sealed class RepeatingStream(string prefix, string unit, long count, string suffix) : Stream
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);
    private readonly byte[] _unit = Encoding.UTF8.GetBytes(unit);
    private readonly byte[] _suffix = Encoding.UTF8.GetBytes(suffix);

    public long BytesRead { get; private set; }

    public override long Length => _prefix.Length + (_unit.Length * count) + _suffix.Length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length && BytesRead < Length)
        {
            var (source, at) = Locate(BytesRead);
            var n = Math.Min(buffer.Length - written, source.Length - at);
            source.AsSpan(at, n).CopyTo(buffer[written..]);
            written += n;
            BytesRead += n;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private (byte[] Source, int At) Locate(long position)
    {
        if (position < _prefix.Length)
        {
            return (_prefix, (int)position);
        }

        var inUnits = position - _prefix.Length;
        return inUnits < _unit.Length * count
            ? (_unit, (int)(inUnits % _unit.Length))
            : (_suffix, (int)(inUnits - (_unit.Length * count)));
    }
}
