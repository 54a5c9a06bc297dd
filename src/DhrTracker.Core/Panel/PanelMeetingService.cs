using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Panel;

/// <summary>
/// A review's panel meetings (issue 13 item 13): scheduled and changed by its coordinators and its chair,
/// read by whoever reads the review (ADR 0363). A meeting is cancelled, never deleted.
/// </summary>
public sealed class PanelMeetingService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<PanelMeetingInput> validator,
    TimeProvider time)
{
    private const string Entity = nameof(PanelMeeting);

    /// <summary>Null when the review does not exist or the user may not see it.</summary>
    public async Task<PanelMeetingsView?> ListAsync(Guid reviewId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        db.Record(time, user, AuditActions.List, Entity, reviewId.ToString(), review is null ? AuditOutcome.Denied : AuditOutcome.Succeeded,
            reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        if (review is null)
        {
            return null;
        }

        var documents = await db.ReviewDocuments.AsNoTracking().Where(d => d.ReviewId == reviewId).OrderBy(d => d.Title)
            .Select(d => new MeetingDocument(d.Id, d.Title, d.Versions.OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefault()))
            .ToListAsync(ct);
        var byId = documents.ToDictionary(d => d.Id);
        var now = time.GetUtcNow().UtcDateTime;
        var meetings = (await db.Set<PanelMeeting>().AsNoTracking().Include(m => m.Attendance).Where(m => m.ReviewId == reviewId).ToListAsync(ct))
            .OrderBy(m => m.StartsUtc)
            .Select(m => new PanelMeetingItem(m.Id, m.StartsUtc, m.DurationMinutes, m.Location, m.Purpose,
                m.AgendaDocumentId is { } a ? byId.GetValueOrDefault(a) : null, m.MinutesDocumentId is { } n ? byId.GetValueOrDefault(n) : null,
                m.Cancelled, m.StartsUtc <= now,
                m.Attendance.OrderBy(x => x.Role == PanelRole.Chair ? 0 : 1).ThenBy(x => x.Name)
                    .Select(x => new AttendanceItem(x.UserId, x.Name, x.AgencyName, x.Role, x.Attendance)).ToList(),
                m.Version))
            .ToList();
        return new PanelMeetingsView(reviewId, review.Reference, meetings, await SeatsAsync(db, reviewId, ct), documents,
            ReviewAccess.CanManageMeetings(user, review));
    }

    /// <summary>
    /// The next meeting not cancelled and not yet started, for the review header; null when there is none or
    /// the user may not see the review (a denial is audited; a date and a place are not case content).
    /// </summary>
    public async Task<NextMeeting?> NextAsync(Guid reviewId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Reviews.Visible(user).AnyAsync(r => r.Id == reviewId, ct))
        {
            db.Record(time, user, AuditActions.View, Entity, reviewId.ToString(), AuditOutcome.Denied, reviewId: reviewId);
            await db.SaveChangesAsync(ct);
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        return await db.Set<PanelMeeting>().AsNoTracking().Where(m => m.ReviewId == reviewId && !m.Cancelled && m.StartsUtc > now)
            .OrderBy(m => m.StartsUtc).Select(m => new NextMeeting(m.Id, m.StartsUtc, m.Location)).FirstOrDefaultAsync(ct);
    }

    public async Task<Result<Guid>> AddAsync(Guid reviewId, PanelMeetingInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.Create, Entity, ReviewAccess.CanManageMeetings, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var errors = await CheckAsync(db, reviewId, input, ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        var meeting = new PanelMeeting { Id = Guid.NewGuid(), ReviewId = reviewId };
        Copy(input, meeting);
        db.Add(meeting);
        db.Record(time, user, AuditActions.Create, Entity, meeting.Id.ToString(), detail: $"Review {reviewId}",
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(meeting)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.PanelMeeting, ArrangedNote(meeting.StartsUtc), input.Date);
        return await SaveAsync(db, meeting.Id, ct);
    }

    public async Task<Result<Guid>> UpdateAsync(Guid reviewId, Guid meetingId, PanelMeetingInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.Update, Entity, ReviewAccess.CanManageMeetings, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var meeting = await LoadAsync(db, reviewId, meetingId, ct);
        var errors = await CheckAsync(db, reviewId, input, ct);
        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        var was = meeting.StartsUtc;
        db.ExpectVersion(meeting, input.Version);
        Copy(input, meeting);
        db.ChangeTracker.DetectChanges();
        db.Record(time, user, AuditActions.Update, Entity, meetingId.ToString(), detail: ChangedFields.Of(db.Entry(meeting)),
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(meeting)));
        var note = was == meeting.StartsUtc
            ? $"Panel meeting of {UkDates.FormatUtc(was)} updated."
            : $"Panel meeting moved from {UkDates.FormatUtc(was)} to {UkDates.FormatUtc(meeting.StartsUtc)}.";
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.PanelMeeting, note);
        return await SaveAsync(db, meetingId, ct);
    }

    /// <summary>
    /// Records who came, seat by seat, replacing what was recorded before. Each row copies the member's name,
    /// agency and role as they are now, so the record stays true after the panel changes.
    /// </summary>
    public async Task<Result<Guid>> RecordAttendanceAsync(Guid reviewId, Guid meetingId, AttendanceInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.Update, Entity, ReviewAccess.CanManageMeetings, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var meeting = await db.Set<PanelMeeting>().Include(m => m.Attendance).SingleOrDefaultAsync(m => m.Id == meetingId && m.ReviewId == reviewId, ct)
            ?? throw new NotFoundException("The meeting");
        if (meeting.Cancelled)
        {
            return Result<Guid>.Refused(nameof(AttendanceInput.Entries), "This meeting was cancelled: there is no attendance to record.");
        }

        if (meeting.StartsUtc > time.GetUtcNow().UtcDateTime)
        {
            return Result<Guid>.Refused(nameof(AttendanceInput.Entries), "Attendance can be recorded once the meeting has started.");
        }

        var seats = (await SeatsAsync(db, reviewId, ct)).ToDictionary(s => s.UserId);
        if (input.Entries.FirstOrDefault(e => !seats.ContainsKey(e.UserId)) is not null)
        {
            return Result<Guid>.Refused(nameof(AttendanceInput.Entries), "Record attendance only for people who sit on this review's panel.");
        }

        if (input.Entries.Any(e => e.Attendance is { } a && !Enum.IsDefined(a)))
        {
            return Result<Guid>.Refused(nameof(AttendanceInput.Entries), "Choose attended, apologies or absent for each member.");
        }

        db.ExpectVersion(meeting, input.Version);
        var values = new Dictionary<string, object?[]>();
        foreach (var old in meeting.Attendance.ToList())
        {
            values[$"{old.Name}: Attendance"] = [old.Attendance.ToString(), null];
            meeting.Attendance.Remove(old);
        }

        foreach (var entry in input.Entries.Where(e => e.Attendance is not null).DistinctBy(e => e.UserId))
        {
            var seat = seats[entry.UserId];
            var row = new PanelMeetingAttendance
            {
                Id = Guid.NewGuid(),
                MeetingId = meeting.Id,
                UserId = seat.UserId,
                Name = seat.DisplayName,
                AgencyName = seat.AgencyName,
                Role = seat.Role,
                Attendance = entry.Attendance!.Value,
            };
            meeting.Attendance.Add(row);
            values[$"{row.Name}: Attendance"] = [values.GetValueOrDefault($"{row.Name}: Attendance")?[0], row.Attendance.ToString()];
        }

        // The meeting's own version moves with its attendance, so two people recording at once conflict.
        db.Entry(meeting).Property(m => m.UpdatedUtc).IsModified = true;
        db.Record(time, user, AuditActions.Update, Entity, meetingId.ToString(), detail: "Attendance",
            reviewId: reviewId, changes: ChangedFields.Serialize(values));
        var came = meeting.Attendance.Count(a => a.Attendance == Attendance.Attended);
        var apologies = meeting.Attendance.Count(a => a.Attendance == Attendance.Apologies);
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.PanelMeeting,
            $"Attendance recorded for the panel meeting of {UkDates.FormatUtc(meeting.StartsUtc)}: {came} attended, {apologies} sent apologies.");
        return await SaveAsync(db, meetingId, ct);
    }

    public async Task<Result<Guid>> CancelAsync(Guid reviewId, Guid meetingId, Guid version, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReviewGuard.CheckAsync(db, time, user, reviewId, AuditActions.Update, Entity, ReviewAccess.CanManageMeetings, ct) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        var meeting = await LoadAsync(db, reviewId, meetingId, ct);
        if (meeting.Cancelled)
        {
            return Result<Guid>.Refused(nameof(PanelMeeting.Cancelled), "This meeting is already cancelled.");
        }

        db.RequireVersion(meeting, version);
        meeting.Cancelled = true;
        db.Record(time, user, AuditActions.Update, Entity, meetingId.ToString(), detail: nameof(PanelMeeting.Cancelled),
            reviewId: reviewId, changes: ChangedFields.Values(db.Entry(meeting)));
        db.AddTimelineLine(time, user, reviewId, ReviewEventKind.PanelMeeting, $"Panel meeting of {UkDates.FormatUtc(meeting.StartsUtc)} cancelled.");
        return await SaveAsync(db, meetingId, ct);
    }

    /// <summary>The meeting as an .ics invitation (ADR 0364); null when the review or meeting is not there for the user.</summary>
    public async Task<FileContent?> InvitationAsync(Guid reviewId, Guid meetingId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var review = await db.Reviews.AsNoTracking().FindVisibleAsync(user, reviewId, ct);
        var meeting = review is null ? null
            : await db.Set<PanelMeeting>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId && m.ReviewId == reviewId, ct);
        db.Record(time, user, AuditActions.Download, Entity, meetingId.ToString(), meeting is null ? AuditOutcome.Denied : AuditOutcome.Succeeded,
            detail: "Invitation (.ics)", reviewId: reviewId);
        await db.SaveChangesAsync(ct);
        if (review is null || meeting is null)
        {
            return null;
        }

        var ics = MeetingInvitation.Write(review.Reference, meeting, time.GetUtcNow().UtcDateTime);
        return new FileContent($"panel-meeting-{MeetingTimes.ToLocal(meeting.StartsUtc):yyyy-MM-dd}.ics", MeetingInvitation.ContentType,
            System.Text.Encoding.UTF8.GetBytes(ics));
    }

    private static async Task<PanelMeeting> LoadAsync(AppDbContext db, Guid reviewId, Guid meetingId, CancellationToken ct) =>
        await db.Set<PanelMeeting>().SingleOrDefaultAsync(m => m.Id == meetingId && m.ReviewId == reviewId, ct)
        ?? throw new NotFoundException("The meeting");

    private static async Task<List<PanelMemberItem>> SeatsAsync(AppDbContext db, Guid reviewId, CancellationToken ct)
    {
        var seats = await db.PanelMemberships.AsNoTracking().Where(p => p.ReviewId == reviewId)
            .Select(p => new PanelMemberItem(p.Id, p.UserId, db.Users.Where(u => u.Id == p.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                p.AgencyId, p.Agency!.Name, p.Role, p.Version))
            .ToListAsync(ct);
        return seats.OrderBy(s => s.Role == PanelRole.Chair ? 0 : 1).ThenBy(s => s.DisplayName).ToList();
    }

    private async Task<List<FieldError>> CheckAsync(AppDbContext db, Guid reviewId, PanelMeetingInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        var errors = validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList();
        foreach (var (field, id, what) in new[]
        {
            (nameof(PanelMeetingInput.AgendaDocumentId), input.AgendaDocumentId, "agenda"),
            (nameof(PanelMeetingInput.MinutesDocumentId), input.MinutesDocumentId, "minutes"),
        })
        {
            if (id is { } documentId && !await db.ReviewDocuments.AnyAsync(d => d.Id == documentId && d.ReviewId == reviewId, ct))
            {
                errors.Add(new(field, $"Choose the {what} from this review's documents."));
            }
        }

        return errors;
    }

    private static void Copy(PanelMeetingInput input, PanelMeeting meeting)
    {
        meeting.StartsUtc = MeetingTimes.ToUtc(input.Date!.Value, input.StartTime!.Value);
        meeting.DurationMinutes = input.DurationMinutes;
        meeting.Location = Clean(input.Location);
        meeting.Purpose = Clean(input.Purpose);
        meeting.AgendaDocumentId = input.AgendaDocumentId;
        meeting.MinutesDocumentId = input.MinutesDocumentId;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static async Task<Result<Guid>> SaveAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Ok(id);
        }
        catch (DbUpdateException)
        {
            return Result<Guid>.Refused("", Refusals.Conflict);
        }
    }

    public static string ArrangedNote(DateTime startsUtc) => $"Panel meeting arranged for {UkDates.FormatUtc(startsUtc)}.";
}
