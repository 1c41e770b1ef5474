namespace Kompass.Ingest.Corpus.Pdf;

/// <summary>
/// The RC4 stream cipher of the PDF standard security handler (revision 2 and 3). Only for
/// re-encrypting the one object <see cref="EncryptedPdf"/> must make reproducible; never for secrets.
/// </summary>
public static class Rc4
{
    /// <summary>Encrypts or decrypts (the same operation) <paramref name="data"/> with <paramref name="key"/>.</summary>
    public static byte[] Transform(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        Span<byte> state = stackalloc byte[256];
        for (var i = 0; i < 256; i++)
        {
            state[i] = (byte)i;
        }

        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + state[i] + key[i % key.Length]) & 0xFF;
            (state[i], state[j]) = (state[j], state[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + state[i]) & 0xFF;
            (state[i], state[j]) = (state[j], state[i]);
            output[n] = (byte)(data[n] ^ state[(state[i] + state[j]) & 0xFF]);
        }

        return output;
    }
}
