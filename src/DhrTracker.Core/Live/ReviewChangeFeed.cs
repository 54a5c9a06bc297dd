namespace DhrTracker.Core.Live;

/// <summary>
/// Tells the pages open in this process that a review changed, so they update without a refresh (issue 16 item 13,
/// ADR 0390). It carries no content: a page that hears of a change reloads through its service, with the usual
/// access checks. One process only: a second web instance needs a shared backplane (issue 15).
/// </summary>
public sealed class ReviewChangeFeed
{
    public event Action<ReviewChange>? Changed;

    public void Publish(IEnumerable<ReviewChange> changes)
    {
        // Listeners only queue their page's reload (LiveSubscription), so a save that has committed never waits on them.
        foreach (var change in changes)
        {
            Changed?.Invoke(change);
        }
    }
}
