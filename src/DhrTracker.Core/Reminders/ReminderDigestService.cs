using System.Globalization;
using System.Text;
using DhrTracker.Core.Actions;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;

namespace DhrTracker.Core.Reminders;

/// <summary>
/// The weekly digest to each lead officer of actions due within 14 days or overdue. Runs once a
/// week (ISO week, UK date) across all instances, guarded by a <see cref="JobLease"/>. The mail
/// names only the review reference and the action: no case content goes by email.
/// </summary>
public sealed class ReminderDigestService(IDbContextFactory<AppDbContext> dbFactory, JobLeases leases, IMailSink mail, TimeProvider time)
{
    public const string Job = "ActionReminders";
    public const int DueWithinDays = 14;

    private static readonly CurrentUser System = new("system", "Reminder job", new HashSet<string>(), null);

    /// <summary>Sends this week's digests unless another instance has (or is). Returns the number of digests sent.</summary>
    public async Task<int> RunAsync(string instance, CancellationToken ct = default)
    {
        var today = UkDates.TodayInUk(time);
        var week = $"{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)):00}";
        if (!await leases.TryAcquireAsync(Job, instance, week, TimeSpan.FromMinutes(30), ct))
        {
            return 0;
        }

        var until = today.AddDays(DueWithinDays);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var due = await db.Actions.AsNoTracking()
            .Where(a => a.LeadOfficerEmail != null && a.Status != ActionStatus.Complete && a.Status != ActionStatus.Cancelled
                && a.SignedOffUtc == null && a.TargetDate <= until)
            .Select(a => new
            {
                Email = a.LeadOfficerEmail!,
                a.Review!.Reference,
                Rec = a.Recommendation!.Number,
                a.Number,
                a.Description,
                a.TargetDate,
                TypeName = a.Review.Partnership!.ReviewTypeName,
                TypeShort = a.Review.Partnership.ReviewTypeAbbreviation,
            })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var group in due.GroupBy(a => a.Email.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // The partnership's own names for its reviews ("DHR", or "DARDR"): ADR 0358. A lead of two partnerships' actions sees both.
            var typeName = string.Join(" and ", group.Select(a => a.TypeName.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal));
            var typeShort = string.Join("/", group.Select(a => a.TypeShort).Distinct().Order(StringComparer.Ordinal));
            var body = new StringBuilder($"These {typeName} actions you lead are overdue or due within {DueWithinDays} days.\n\n");
            foreach (var a in group.OrderBy(a => a.TargetDate))
            {
                var when = a.TargetDate < today ? $"OVERDUE since {UkDates.Format(a.TargetDate)}" : $"due {UkDates.Format(a.TargetDate)}";
                body.Append(CultureInfo.InvariantCulture, $"- {a.Reference}, action {a.Rec}.{a.Number} ({when}): {a.Description}\n");
            }

            body.Append("\nPlease post progress and evidence in DhrTracker (My actions).\n");
            await mail.SendAsync(new OutgoingMail(group.First().Email, $"{typeShort} actions: {group.Count()} overdue or due soon", body.ToString()), ct);
            sent++;
        }

        db.Record(time, System, "Remind", Job, week, detail: $"{sent} digests, {due.Count} actions");
        await db.SaveChangesAsync(ct);
        await leases.CompleteAsync(Job, instance, week, ct);
        return sent;
    }
}
