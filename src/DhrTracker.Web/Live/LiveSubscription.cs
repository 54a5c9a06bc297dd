using DhrTracker.Core.Live;

namespace DhrTracker.Web.Live;

/// <summary>
/// Keeps a component current (ADR 0390): when a review change it cares about is saved anywhere in this process, the
/// component reloads on its own circuit's thread. Dispose with the component so a closed page stops listening.
/// </summary>
public sealed class LiveSubscription : IDisposable
{
    private readonly ReviewChangeFeed feed;
    private readonly Func<ReviewChange, bool> relevant;
    private readonly Func<ReviewChange, Task> reload;
    private readonly Func<Func<Task>, Task> invoke;

    /// <param name="invoke">The component's InvokeAsync, so the reload runs where the component renders.</param>
    public LiveSubscription(ReviewChangeFeed feed, Func<ReviewChange, bool> relevant, Func<ReviewChange, Task> reload, Func<Func<Task>, Task> invoke)
    {
        (this.feed, this.relevant, this.reload, this.invoke) = (feed, relevant, reload, invoke);
        feed.Changed += OnChanged;
    }

    public void Dispose() => feed.Changed -= OnChanged;

    private void OnChanged(ReviewChange change)
    {
        if (relevant(change))
        {
            // Queued on the thread pool, never run inline: the saver (perhaps this very circuit, mid-handler) must not
            // wait for, or interleave with, the pages that listen.
            _ = Task.Run(async () =>
            {
                try
                {
                    await invoke(() => reload(change));
                }
                catch (ObjectDisposedException)
                {
                    // The page closed while the change was on its way: nothing to update.
                }
            });
        }
    }
}
