using DhrTracker.Core.Common;
using DhrTracker.Core.Import;
using Microsoft.AspNetCore.Components.Forms;

namespace DhrTracker.Web.Components.Pages.Reviews.Import;

/// <summary>
/// One person's import on the page: the file chosen (read once, kept so it can be checked again with
/// other options), the options, the last report and the running step with its Cancel. Every check and
/// every rule is the Core service's; this only sequences the calls and reports progress.
/// </summary>
public sealed class ImportSession(ImportService imports, Func<Task> repaint) : IDisposable
{
    private CancellationTokenSource? running;
    private long lastPaint;

    public ImportKind Kind { get; private set; } = ImportKind.Reviews;
    public bool SkipExisting { get; private set; }
    public string? FileName { get; private set; }
    public byte[]? Content { get; private set; }
    public ImportReport? Report { get; private set; }
    public IReadOnlyList<FieldError> Refusal { get; private set; } = [];
    public string? Notice { get; private set; }
    public ImportActivityState? Activity { get; private set; }
    public bool Busy => running is not null;

    public async Task ChooseAsync(IBrowserFile file)
    {
        Clear();
        if (file.Size > ImportLimits.MaxBytes)
        {
            // Refused by its size alone: nothing of the file is read.
            Refusal = [new FieldError("File", ImportLimits.TooLarge(file.Size, file.Name))];
            return;
        }

        await RunAsync(async ct =>
        {
            var read = new Progress<long>(n => Show(new("Reading the file", n, file.Size, "bytes")));
            Content = await BrowserFileReader.ReadAllAsync(file, ImportLimits.MaxBytes, read, ct);
            FileName = file.Name;
            await CheckAsync(write: false, ct);
        });
    }

    public Task ChangeKindAsync(ImportKind kind)
    {
        Kind = kind;
        return RecheckAsync();
    }

    public Task ChangeSkipExistingAsync(bool skip)
    {
        SkipExisting = skip;
        return RecheckAsync();
    }

    public async Task RecheckAsync()
    {
        (Report, Refusal, Notice) = (null, [], null);
        if (Content is not null)
        {
            await RunAsync(ct => CheckAsync(write: false, ct));
        }
    }

    /// <summary>The same bytes and options as the preview; the service checks them all again before writing.</summary>
    public Task ImportAsync() => RunAsync(ct => CheckAsync(write: true, ct));

    public void Cancel() => running?.Cancel();

    public void Clear() => (FileName, Content, Report, Refusal, Notice) = (null, null, null, [], null);

    public void Dispose() => running?.Cancel();

    private async Task CheckAsync(bool write, CancellationToken ct)
    {
        var request = new ImportRequest(Kind, FileName!, Content!) { SkipExisting = Kind == ImportKind.Reviews && SkipExisting };
        var progress = new Progress<ImportProgress>(p => Show(ImportNames.Describe(p)));
        // Off the circuit's thread, so the bar moves and Cancel can be pressed while a large file is checked.
        var result = await Task.Run(() => write ? imports.ImportAsync(request, progress, ct) : imports.PreviewAsync(request, progress, ct), ct);
        Report = result.Value;
        Refusal = result.Errors;
        if (Report is { Written: true })
        {
            // Done with: importing it again could only be refused, and a new choice of kind must not re-check it.
            (FileName, Content) = (null, null);
        }
    }

    private async Task RunAsync(Func<CancellationToken, Task> work)
    {
        using var cts = new CancellationTokenSource();
        (running, Activity) = (cts, new("Starting", 0, 0, "rows"));
        try
        {
            await work(cts.Token);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            Report = null;
            Notice = "Cancelled. Nothing was imported.";
        }
        finally
        {
            (running, Activity) = (null, null);
        }
    }

    private void Show(ImportActivityState state)
    {
        // A report can arrive after its step has ended; the bar has gone by then.
        if (running is null)
        {
            return;
        }

        Activity = state;
        // At most ten paints a second: each is a round trip to the browser.
        if (Environment.TickCount64 - lastPaint >= 100)
        {
            lastPaint = Environment.TickCount64;
            _ = repaint();
        }
    }
}
