using System.Collections.Concurrent;
using DhrTracker.Core.Reminders;
using DhrTracker.IntegrationTests.Actions;

namespace DhrTracker.IntegrationTests.Reminders;

public sealed class ReminderDigestServiceTests
{
    private sealed class MailSink : IMailSink
    {
        public ConcurrentBag<OutgoingMail> Sent { get; } = [];

        public Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
        {
            Sent.Add(mail);
            return Task.CompletedTask;
        }
    }

    private static ReminderDigestService Instance(TestDatabase db, IMailSink sink) =>
        new(db.DbFactory, new JobLeases(db.DbFactory, db.Time), sink, db.Time);

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Each_lead_officer_gets_one_digest_of_overdue_and_soon_due_actions_and_no_case_content(DatabaseProvider provider)
    {
        // Test clock: 26 Nov 2026. Housing's action was due 20 Nov (overdue); Police's is due 31 Jan 2027 (not within 14 days).
        await using var s = await PlanSetup.CreateAsync(provider);
        var soon = CaseFile.NewAction(s.Police, new DateOnly(2026, 12, 10));
        soon.LeadOfficerEmail = "police.lead@example.org";
        CaseFile.Ok(await s.Plan.AddActionAsync(s.RecommendationId, soon));
        var sink = new MailSink();

        var sent = await Instance(s.Db, sink).RunAsync("web-1");

        Assert.Equal(2, sent);
        var mails = sink.Sent.OrderBy(m => m.To, StringComparer.Ordinal).ToList();
        Assert.Equal(["lead@example.org", "police.lead@example.org"], mails.Select(m => m.To));
        Assert.Contains("A DHR1, action 1.2 (OVERDUE since 20 Nov 2026)", mails[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("action 1.1", mails[0].Body, StringComparison.Ordinal);
        Assert.Contains("action 1.3 (due 10 Dec 2026)", mails[1].Body, StringComparison.Ordinal);
        Assert.All(mails, m => Assert.DoesNotContain(PlanSetup.VictimPseudonym, m.Body, StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Two_instances_send_one_digest_a_week_and_the_next_week_sends_again(DatabaseProvider provider)
    {
        await using var s = await PlanSetup.CreateAsync(provider);
        var sink = new MailSink();

        var together = await Task.WhenAll(Instance(s.Db, sink).RunAsync("web-1"), Instance(s.Db, sink).RunAsync("web-2"));
        var laterSameWeek = await Instance(s.Db, sink).RunAsync("web-2");
        s.Db.Time.Advance(TimeSpan.FromDays(7));
        var nextWeek = await Instance(s.Db, sink).RunAsync("web-2");

        Assert.Equal([0, 1], together.Order());
        Assert.Equal((0, 1), (laterSameWeek, nextWeek));
        Assert.Equal(2, sink.Sent.Count);
    }
}
