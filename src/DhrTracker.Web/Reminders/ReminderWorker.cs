using DhrTracker.Core.Reminders;

namespace DhrTracker.Web.Reminders;

/// <summary>
/// Checks hourly whether this week's reminder digest is due. Every instance runs this loop; the
/// database lease inside <see cref="ReminderDigestService"/> lets exactly one of them send.
/// </summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, MailSettings settings, ILogger<ReminderWorker> log) : BackgroundService
{
    private readonly string instance = $"{Environment.MachineName}-{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.CanSend)
        {
            log.LogInformation("Action reminders are off: no Mail:Host or Mail:PickupDirectory is configured.");
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<ReminderDigestService>().RunAsync(instance, stoppingToken);
                // Logged on every pass, 0 included: with several instances, the operator (and the two-process test) can see
                // that each one checked and only one sent.
                log.LogInformation("Action reminder check done: this instance sent {Count} digests.", sent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed run keeps the lease until it expires, then the next hour tries again.
                log.LogError(e, "Action reminder run failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
