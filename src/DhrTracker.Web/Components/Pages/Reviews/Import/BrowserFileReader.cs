using Microsoft.AspNetCore.Components.Forms;

namespace DhrTracker.Web.Components.Pages.Reviews.Import;

/// <summary>
/// Reads a chosen file into memory in chunks, reporting the bytes read so far. The import checks the
/// same bytes twice (preview, then import), so the file is read once and kept for the page's lifetime.
/// </summary>
public static class BrowserFileReader
{
    public static async Task<byte[]> ReadAllAsync(IBrowserFile file, long maxBytes, IProgress<long> progress, CancellationToken ct)
    {
        var content = new byte[file.Size];
        await using var stream = file.OpenReadStream(maxBytes, ct);
        var read = 0;
        while (read < content.Length)
        {
            var n = await stream.ReadAsync(content.AsMemory(read), ct);
            if (n == 0)
            {
                break;
            }

            read += n;
            progress.Report(read);
        }

        return read == content.Length ? content : content[..read];
    }
}
