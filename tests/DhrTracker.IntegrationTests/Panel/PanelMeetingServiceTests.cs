using DhrTracker.Core.Common;
using DhrTracker.Core.Documents;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Panel;
using DhrTracker.Core.Reviews;
using Ical.Net;

namespace DhrTracker.IntegrationTests.Panel;

/// <summary>Issue 13 item 13: panel meetings in UK time, attendance per seat, cancellation and the .ics invitation.</summary>
public sealed class PanelMeetingServiceTests
{
    // The test clock's now is 26 Nov 2026 10:00 UTC.
    private static PanelMeetingInput Meeting(DateOnly date, int hour, string? location = "Room 4, Civic Centre") => new()
    {
        Date = date,
        StartTime = new TimeOnly(hour, 0),
        DurationMinutes = 90,
        Location = location,
        Purpose = "Terms of reference",
    };

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Meetings_entered_in_UK_time_are_stored_as_UTC_and_the_next_one_is_found(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var meetings = c.Db.Get<PanelMeetingService>();

        var summer = CaseFile.Ok(await meetings.AddAsync(c.Sat, Meeting(new(2027, 7, 2), 10)));
        var winter = CaseFile.Ok(await meetings.AddAsync(c.Sat, Meeting(new(2026, 12, 3), 10)));
        CaseFile.Ok(await meetings.AddAsync(c.Sat, Meeting(new(2026, 11, 20), 14)));

        var view = (await meetings.ListAsync(c.Sat))!;
        Assert.Equal([new DateTime(2026, 11, 20, 14, 0, 0), new DateTime(2026, 12, 3, 10, 0, 0), new DateTime(2027, 7, 2, 9, 0, 0)],
            view.Meetings.Select(m => m.StartsUtc));
        Assert.Equal([true, false, false], view.Meetings.Select(m => m.HasStarted));
        Assert.True(view.CanManage);
        Assert.Equal(winter, (await meetings.NextAsync(c.Sat))!.Id);
        Assert.Null(await meetings.NextAsync(c.NotSat));

        CaseFile.Ok(await meetings.CancelAsync(c.Sat, winter, view.Meetings[1].Version));
        Assert.Equal(summer, (await meetings.NextAsync(c.Sat))!.Id);
        Assert.True((await meetings.ListAsync(c.Sat))!.Meetings.Single(m => m.Id == winter).Cancelled);

        await using var context = c.Db.NewContext();
        var lines = await context.ReviewEvents.Where(e => e.ReviewId == c.Sat && e.Kind == ReviewEventKind.PanelMeeting).OrderBy(e => e.Id)
            .Select(e => e.Note).ToListAsync();
        Assert.Equal("Panel meeting arranged for 2 Jul 2027 10:00.", lines[0]);
        Assert.Equal("Panel meeting of 3 Dec 2026 10:00 cancelled.", lines[^1]);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_skipped_hour_another_reviews_document_or_a_silly_duration_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var otherReviewsDocument = await UploadAsync(c.Db, c.NotSat);
        var meetings = c.Db.Get<PanelMeetingService>();
        var before = await AccessMatrixWorlds.FingerprintAsync(c.Db);

        var skipped = Meeting(new(2027, 3, 28), 1);
        skipped.StartTime = new TimeOnly(1, 30);
        var wrongDocument = Meeting(new(2026, 12, 3), 10);
        wrongDocument.AgendaDocumentId = otherReviewsDocument;
        var tooLong = Meeting(new(2026, 12, 3), 10);
        tooLong.DurationMinutes = 600;

        Assert.Equal("StartTime", Assert.Single((await meetings.AddAsync(c.Sat, skipped)).Errors).Field);
        Assert.Equal("AgendaDocumentId", Assert.Single((await meetings.AddAsync(c.Sat, wrongDocument)).Errors).Field);
        Assert.Equal("DurationMinutes", Assert.Single((await meetings.AddAsync(c.Sat, tooLong)).Errors).Field);
        Assert.Equal(["Date", "StartTime"], (await meetings.AddAsync(c.Sat, new PanelMeetingInput())).Errors.Select(e => e.Field));
        Assert.Equal(before, await AccessMatrixWorlds.FingerprintAsync(c.Db));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Attendance_keeps_the_name_agency_and_role_of_the_time_and_waits_for_the_meeting(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var police = await PanelAccessTests.AgencyIdAsync(c.Db, "Police");
        var panel = c.Db.Get<PanelService>();
        var seat = (await panel.ListAsync(c.Sat))!.Members.Single();
        CaseFile.Ok(await panel.UpdateAsync(c.Sat, seat.Id, new PanelMemberInput { RepresentsAgencyId = police, Role = PanelRole.Member, Version = seat.Version }));
        CaseFile.Ok(await panel.AddAsync(c.Sat, new PanelMemberInput { UserId = c.Manager, Role = PanelRole.Chair }));
        var meetings = c.Db.Get<PanelMeetingService>();
        var past = CaseFile.Ok(await meetings.AddAsync(c.Sat, Meeting(new(2026, 11, 20), 14)));
        var future = CaseFile.Ok(await meetings.AddAsync(c.Sat, Meeting(new(2026, 12, 3), 10)));
        var view = (await meetings.ListAsync(c.Sat))!;

        var early = await meetings.RecordAttendanceAsync(c.Sat, future, Attendance(c, view.Meetings[1].Version));
        Assert.Equal("Entries", Assert.Single(early.Errors).Field);
        CaseFile.Ok(await meetings.RecordAttendanceAsync(c.Sat, past, Attendance(c, view.Meetings[0].Version)));
        var shown = (await panel.ListAsync(c.Sat))!.Members.Single(m => m.UserId == c.PanelMember);
        CaseFile.Ok(await panel.RemoveAsync(c.Sat, shown.Id, shown.Version));

        var names = NamesOf(c.Db);
        var recorded = (await meetings.ListAsync(c.Sat))!.Meetings.Single(m => m.Id == past).Attendance;
        Assert.Equal([
            new AttendanceItem(c.Manager, names[c.Manager], null, PanelRole.Chair, Core.Panel.Attendance.Attended),
            new AttendanceItem(c.PanelMember, names[c.PanelMember], "Police", PanelRole.Member, Core.Panel.Attendance.Apologies),
        ], recorded);
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_chair_manages_meetings_a_panel_member_and_a_manager_only_read(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        var chair = await c.Db.CreateUserAsync(Roles.PanelMember, TwoReviews.Partnership);
        CaseFile.Ok(await c.Db.Get<PanelService>().AddAsync(c.Sat, new PanelMemberInput { UserId = chair, Role = PanelRole.Chair }));

        c.Db.SignInAs(chair);
        var id = CaseFile.Ok(await c.Db.Get<PanelMeetingService>().AddAsync(c.Sat, Meeting(new(2026, 12, 3), 10)));
        Assert.True((await c.Db.Get<PanelMeetingService>().ListAsync(c.Sat))!.CanManage);

        foreach (var reader in new[] { c.PanelMember, c.Manager })
        {
            c.Db.SignInAs(reader);
            var meetings = c.Db.Get<PanelMeetingService>();
            var view = (await meetings.ListAsync(c.Sat))!;
            Assert.False(view.CanManage);
            var refused = await meetings.CancelAsync(c.Sat, id, view.Meetings.Single().Version);
            Assert.Equal(Refusals.NotPermitted, Assert.Single(refused.Errors).Message);
        }

        await using var context = c.Db.NewContext();
        Assert.False(await context.Set<PanelMeeting>().Where(m => m.Id == id).Select(m => m.Cancelled).SingleAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_invitation_names_only_the_reference_in_London_time_with_a_stable_uid(DatabaseProvider provider)
    {
        var c = await TwoReviews.CreateAsync(provider);
        await using var _ = c.Db;
        CaseFile.Ok(await c.Db.Get<Core.People.VictimService>().AddAsync(c.Sat, new Core.People.VictimInput { Pseudonym = "Adult Kestrel", PseudonymChoice = Core.People.PseudonymChoice.ChosenByPanel, AgeAtDeath = 34 }));
        var meetings = c.Db.Get<PanelMeetingService>();
        var id = CaseFile.Ok(await meetings.AddAsync(c.Sat, Meeting(new(2027, 7, 2), 10)));

        var first = (await meetings.InvitationAsync(c.Sat, id))!;
        c.Db.Time.Advance(TimeSpan.FromDays(1));
        var again = (await meetings.InvitationAsync(c.Sat, id))!;

        var text = System.Text.Encoding.UTF8.GetString(first.Bytes);
        Assert.Equal("text/calendar", first.ContentType);
        Assert.Contains("DTSTART;TZID=Europe/London:20270702T100000", text);
        Assert.DoesNotContain("Kestrel", text);
        var evt = Assert.Single(Calendar.Load(text)!.Events);
        var evtAgain = Assert.Single(Calendar.Load(System.Text.Encoding.UTF8.GetString(again.Bytes))!.Events);
        Assert.Equal(evt.Uid, evtAgain.Uid);
        Assert.Equal("A DHR1 panel meeting", evt.Summary);
        Assert.Equal("Room 4, Civic Centre", evt.Location);
        Assert.Equal("Europe/London", evt.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 7, 2, 9, 0, 0, DateTimeKind.Utc), evt.DtStart.AsUtc);
        Assert.Equal(new DateTime(2027, 7, 2, 11, 30, 0), evt.DtEnd!.Value);
        Assert.Null(await meetings.InvitationAsync(c.NotSat, id));
    }

    private static AttendanceInput Attendance(TwoReviews c, Guid version) => new()
    {
        Version = version,
        Entries =
        [
            new AttendanceEntry { UserId = c.Manager, Attendance = Core.Panel.Attendance.Attended },
            new AttendanceEntry { UserId = c.PanelMember, Attendance = Core.Panel.Attendance.Apologies },
        ],
    };

    private static Dictionary<string, string> NamesOf(TestDatabase db)
    {
        using var context = db.NewContext();
        return context.Users.ToDictionary(u => u.Id, u => u.DisplayName);
    }

    private static async Task<Guid> UploadAsync(TestDatabase db, Guid reviewId)
    {
        var version = CaseFile.Ok(await db.Get<ReviewDocumentService>().UploadAsync(reviewId,
            new DocumentUploadInput { Kind = DocumentKind.Other, Title = "Agenda" }, CaseFile.Pdf()));
        await using var context = db.NewContext();
        return await context.DocumentVersions.Where(v => v.Id == version).Select(v => v.DocumentId).SingleAsync();
    }
}
