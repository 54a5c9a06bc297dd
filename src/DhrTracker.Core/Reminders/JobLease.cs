namespace DhrTracker.Core.Reminders;

/// <summary>
/// A named background job's lease, one row per job: whichever web instance holds it (until
/// <see cref="LeaseUntilUtc"/>) runs the job; the others skip. <see cref="LastRunKey"/> records the
/// period already done (e.g. the week), so a job runs once per period however many instances there are.
/// </summary>
public sealed class JobLease
{
    public string Name { get; set; } = "";
    public string? Holder { get; set; }
    public DateTime LeaseUntilUtc { get; set; }
    public string? LastRunKey { get; set; }

    /// <summary>Renewed on every write: two instances taking an expired lease at once conflict, and only one wins.</summary>
    public Guid Version { get; set; }
}
