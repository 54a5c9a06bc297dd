using System.Net;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;
using DhrTracker.Web.Documents;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DhrTracker.Web.Tests.Reviews;

/// <summary>Issue 13 item 13: a meeting's .ics invitation, through the real host (Production, two-factor sign-in), read back with Ical.Net.</summary>
public sealed class MeetingInvitationEndpointTests : IAsyncLifetime
{
    private readonly AppFactory factory = new();
    private Guid sat;
    private Guid other;
    private Guid meeting;
    private Guid otherMeeting;
    private string panelEmail = "";

    public async ValueTask InitializeAsync()
    {
        panelEmail = await factory.CreateUserAsync(Roles.PanelMember);
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var panelUser = await db.Users.SingleAsync(u => u.Email == panelEmail);
        var satReview = NewReview(panelUser.PartnershipId!.Value, "WT DHR7");
        var otherReview = NewReview(panelUser.PartnershipId!.Value, "WT DHR8");
        (sat, other) = (satReview.Id, otherReview.Id);
        db.Reviews.AddRange(satReview, otherReview);
        db.PanelMemberships.Add(new PanelMembership { Id = Guid.NewGuid(), ReviewId = sat, UserId = panelUser.Id });
        meeting = AddMeeting(db, sat, new DateTime(2027, 7, 2, 9, 0, 0, DateTimeKind.Utc));
        otherMeeting = AddMeeting(db, other, new DateTime(2027, 7, 9, 9, 0, 0, DateTimeKind.Utc));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_panel_member_downloads_the_invitation_in_London_time_with_a_stable_uid()
    {
        var client = await factory.SignedInClientAsync(panelEmail);

        var first = await client.GetAsync(MeetingInvitationEndpoints.For(sat, meeting), TestContext.Current.CancellationToken);
        var again = await client.GetAsync(MeetingInvitationEndpoints.For(sat, meeting), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("attachment", first.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("text/calendar", first.Content.Headers.ContentType!.MediaType);
        var text = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("DTSTART;TZID=Europe/London:20270702T100000", text);
        Assert.Contains("BEGIN:VTIMEZONE", text);
        var evt = Assert.Single(Calendar.Load(text)!.Events);
        var evtAgain = Assert.Single(Calendar.Load(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.Events);
        Assert.Equal(evt.Uid, evtAgain.Uid);
        Assert.Equal("WT DHR7 panel meeting", evt.Summary);
        Assert.Equal("Committee Room 2", evt.Location);
        Assert.Equal("Europe/London", evt.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 7, 2, 10, 0, 0), evt.DtStart.Value);
    }

    [Fact]
    public async Task Another_reviews_meeting_a_mismatched_review_and_an_unknown_id_are_not_found()
    {
        var client = await factory.SignedInClientAsync(panelEmail);

        var otherReview = await client.GetAsync(MeetingInvitationEndpoints.For(other, otherMeeting), TestContext.Current.CancellationToken);
        var mismatched = await client.GetAsync(MeetingInvitationEndpoints.For(sat, otherMeeting), TestContext.Current.CancellationToken);
        var unknown = await client.GetAsync(MeetingInvitationEndpoints.For(sat, Guid.NewGuid()), TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound],
            new[] { otherReview.StatusCode, mismatched.StatusCode, unknown.StatusCode });
        Assert.DoesNotContain("BEGIN:VCALENDAR", await otherReview.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Anonymous_and_agency_leads_get_no_invitation()
    {
        var anonymous = await factory.NewClient().GetAsync(MeetingInvitationEndpoints.For(sat, meeting), TestContext.Current.CancellationToken);
        var agencyLead = await (await factory.SignedInClientAsync(await factory.CreateUserAsync(Roles.AgencyLead)))
            .GetAsync(MeetingInvitationEndpoints.For(sat, meeting), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString());
        Assert.NotEqual(HttpStatusCode.OK, agencyLead.StatusCode);
        Assert.DoesNotContain("BEGIN:VCALENDAR", await agencyLead.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static Guid AddMeeting(AppDbContext db, Guid reviewId, DateTime startsUtc)
    {
        var m = new PanelMeeting { Id = Guid.NewGuid(), ReviewId = reviewId, StartsUtc = startsUtc, DurationMinutes = 90, Location = "Committee Room 2" };
        db.Add(m);
        return m.Id;
    }

    private static Review NewReview(int partnershipId, string reference) => new()
    {
        Id = Guid.NewGuid(),
        PartnershipId = partnershipId,
        Reference = reference,
        DateOfDeath = new DateOnly(2026, 9, 1),
        DateNotified = new DateOnly(2026, 9, 3),
        CreatedByUserId = "test",
    };
}
