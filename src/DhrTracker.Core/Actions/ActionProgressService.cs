using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Files;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Actions;

/// <summary>
/// Progress on actions, as lead officers and managers report it: the lead's own list, one action's
/// detail, dated updates with evidence, and marking complete for sign-off. An action outside the
/// user's reach is "not found".
/// </summary>
public sealed class ActionProgressService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<ProgressUpdateInput> updateValidator,
    IValidator<CompleteActionInput> completeValidator,
    FileStore files,
    TimeProvider time)
{
    private const string Entity = nameof(ActionItem);

    /// <summary>An AgencyLead's actions: those their agency owns, soonest due first. Empty for everyone else.</summary>
    public async Task<IReadOnlyList<ActionRow>> MyActionsAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!user.IsIn(Roles.AgencyLead) || user.AgencyId is not { } agencyId)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Actions.AsNoTracking().VisibleActions(db.Reviews, user)
            .Where(a => a.OwnerAgencyId == agencyId).ToRowsAsync(UkDates.TodayInUk(time), ct);
        db.Record(time, user, AuditActions.List, Entity, "", detail: $"agency={agencyId}; {rows.Count} found");
        await db.SaveChangesAsync(ct);
        return rows.OrderBy(r => r.SignedOff || r.Status == ActionStatus.Cancelled).ThenBy(r => r.TargetDate).ThenBy(r => r.ReviewReference).ToList();
    }

    /// <summary>Null when the action does not exist or the user may not see it.</summary>
    public async Task<ActionDetail?> GetAsync(Guid actionId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = db.Actions.AsNoTracking().VisibleActions(db.Reviews, user).Where(a => a.Id == actionId);
        var row = (await visible.ToRowsAsync(UkDates.TodayInUk(time), ct)).SingleOrDefault();
        db.Record(time, user, AuditActions.View, Entity, actionId.ToString(), row is null ? AuditOutcome.Denied : AuditOutcome.Succeeded,
            reviewId: row?.ReviewId);
        await db.SaveChangesAsync(ct);
        if (row is null)
        {
            return null;
        }

        var extra = await visible.Select(a => new
        {
            a.Outcome,
            a.CancelReason,
            a.Review!.PartnershipId,
            a.OwnerAgencyId,
            a.LeadOfficerEmail,
            a.SignedOffBeforeImport,
            LastSet = new StatusRagSetting(db.Users.Where(u => u.Id == a.StatusSetByUserId).Select(u => u.DisplayName).FirstOrDefault(), a.StatusSetUtc,
                db.Users.Where(u => u.Id == a.RagSetByUserId).Select(u => u.DisplayName).FirstOrDefault(), a.RagSetUtc),
        }).SingleAsync(ct);
        var updates = await db.ActionUpdates.AsNoTracking().Where(u => u.ActionId == actionId)
            .OrderByDescending(u => u.Date).ThenByDescending(u => u.CreatedUtc)
            .Select(u => new ActionUpdateItem(u.Date, u.Text, db.Users.Where(x => x.Id == u.ByUserId).Select(x => x.DisplayName).FirstOrDefault() ?? ""))
            .ToListAsync(ct);
        var evidence = await db.ActionEvidence.AsNoTracking().Where(e => e.ActionId == actionId).OrderBy(e => e.CreatedUtc)
            .Select(e => new EvidenceItem(e.Id, e.Description, e.File!.FileName, e.File.Length, e.CreatedUtc)).ToListAsync(ct);
        var revisions = await db.ActionTargetRevisions.AsNoTracking().Where(r => r.ActionId == actionId).OrderBy(r => r.ChangedUtc)
            .Select(r => new TargetRevisionItem(r.FromDate, r.ToDate, r.Reason, r.ChangedUtc)).ToListAsync(ct);
        var shape = new ActionItem { OwnerAgencyId = extra.OwnerAgencyId };
        return new ActionDetail(row, extra.Outcome, extra.CancelReason, updates, evidence, revisions,
            ReviewAccess.CanReportOn(user, shape, extra.PartnershipId) && !row.SignedOff && !row.AwaitingSignOff && row.Status != ActionStatus.Cancelled,
            ReviewAccess.CanSignOff(user, extra.PartnershipId) && row.AwaitingSignOff,
            ReviewAccess.CanManagePlan(user, extra.PartnershipId) && !row.SignedOff && row.Status is not (ActionStatus.Cancelled or ActionStatus.Complete)
                ? new ActionInput
                {
                    Version = row.Version,
                    Description = row.Description,
                    OwnerAgencyId = row.OwnerAgencyId,
                    LeadOfficer = row.LeadOfficer,
                    LeadOfficerEmail = extra.LeadOfficerEmail,
                    TargetDate = row.TargetDate,
                    Status = row.Status,
                    Rag = row.RagSet,
                }
                : null,
            extra.SignedOffBeforeImport,
            ReviewAccess.CanManagePlan(user, extra.PartnershipId) ? extra.LastSet : null);
    }

    /// <summary>Adds a dated progress update, with one evidence file if given; the two are saved together or not at all.</summary>
    public async Task<Result<Guid>> PostUpdateAsync(Guid actionId, ProgressUpdateInput input, FileUpload? evidence = null,
        CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (action, partnershipId) = await ActionLoader.LoadAsync(db, time, user, actionId, ActionAuditActions.ProgressUpdate, ct);
        if (!ReviewAccess.CanReportOn(user, action, partnershipId))
        {
            await ActionLoader.DenyAsync(db, time, user, ActionAuditActions.ProgressUpdate, actionId, ct, action.ReviewId);
            return Result<Guid>.Refused("", Refusals.NotPermitted);
        }

        var validation = await updateValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        if (ActionRules.IsFinished(action))
        {
            return Result<Guid>.Refused("", ActionRules.Closed);
        }

        // Marked complete, the work is reported: it waits for a manager's sign-off (ADR 0381).
        if (ActionRules.AwaitingSignOff(action))
        {
            return Result<Guid>.Refused("", ActionRules.AwaitingSignOffNoProgress);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var status = ActionRules.StatusAfterProgress(action.Status, input.Status);
        var before = (action.Status, action.Rag);
        if (StatusAndRag.Set(action, status, input.Rag ?? action.Rag, user.UserId, now))
        {
            db.ActionHistory.Add(ActionHistoryEntry.Of(action, now));
        }

        var update = new ActionUpdate { Id = Guid.NewGuid(), ActionId = actionId, Date = input.Date!.Value, Text = input.Text.Trim(), ByUserId = user.UserId, CreatedUtc = now };
        db.ActionUpdates.Add(update);
        var detail = $"Update {update.Date:yyyy-MM-dd}";
        var values = ChangedFields.Merge(ChangedFields.Values(db.Entry(update)),
            before.Status != action.Status ? ChangedFields.Field(nameof(ActionItem.Status), before.Status.ToString(), action.Status.ToString()) : null,
            before.Rag != action.Rag ? ChangedFields.Field(nameof(ActionItem.Rag), before.Rag.ToString(), action.Rag.ToString()) : null);
        if (evidence is not null)
        {
            var stored = await files.AddAsync(db, evidence, user.UserId, "Evidence", ct);
            if (!stored.Succeeded)
            {
                return Result<Guid>.Refused(stored.Errors);
            }

            var description = string.IsNullOrWhiteSpace(input.EvidenceDescription) ? stored.Value!.FileName : input.EvidenceDescription.Trim();
            var added = new ActionEvidence { Id = Guid.NewGuid(), ActionId = actionId, FileId = stored.Value!.Id, Description = description, CreatedUtc = now };
            db.ActionEvidence.Add(added);
            values = ChangedFields.Merge(values, ChangedFields.Field("Evidence", null, description), ChangedFields.Field("FileName", null, stored.Value.FileName));
            detail += $"; evidence {stored.Value.Length} bytes, sha256 {stored.Value.Sha256}";
        }

        // Touching the action renews its version: a manager holding the old one must reload before signing off.
        // (Marked modified explicitly: the same clock reading would otherwise count as no change.)
        db.Entry(action).Property(a => a.UpdatedUtc).IsModified = true;
        db.Record(time, user, ActionAuditActions.ProgressUpdate, Entity, actionId.ToString(), detail: detail, reviewId: action.ReviewId, changes: values);
        return await ActionLoader.SaveAsync(db, update.Id, ct);
    }

    /// <summary>Marks the action complete for sign-off: needs an outcome and at least one piece of evidence already attached.</summary>
    public async Task<Result<Guid>> MarkCompleteAsync(Guid actionId, CompleteActionInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (action, partnershipId) = await ActionLoader.LoadAsync(db, time, user, actionId, ActionAuditActions.Complete, ct);
        if (!ReviewAccess.CanReportOn(user, action, partnershipId))
        {
            await ActionLoader.DenyAsync(db, time, user, ActionAuditActions.Complete, actionId, ct, action.ReviewId);
            return Result<Guid>.Refused("", Refusals.NotPermitted);
        }

        var validation = await completeValidator.ValidateAsync(input, ct);
        var evidenceCount = await db.ActionEvidence.CountAsync(e => e.ActionId == actionId, ct);
        var errors = validation.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage))
            .Concat(ActionRules.CheckComplete(action, input.Outcome, evidenceCount))
            .DistinctBy(e => (e.Field, e.Message)).ToList();
        if (action.Status == ActionStatus.Complete && errors.Count == 0)
        {
            errors.Add(new("", "This action is already marked complete and awaits sign-off."));
        }

        if (errors.Count > 0)
        {
            return Result<Guid>.Refused(errors);
        }

        db.ExpectVersion(action, input.Version);
        var now = time.GetUtcNow().UtcDateTime;
        StatusAndRag.Set(action, ActionStatus.Complete, action.Rag, user.UserId, now);
        action.Outcome = input.Outcome.Trim();
        action.CompletedOn = UkDates.TodayInUk(time);
        action.CompletedByUserId = user.UserId;
        db.ActionHistory.Add(ActionHistoryEntry.Of(action, now));
        db.Record(time, user, ActionAuditActions.Complete, Entity, actionId.ToString(), detail: "Status, Outcome",
            reviewId: action.ReviewId, changes: ChangedFields.Values(db.Entry(action)));
        db.AddTimelineLine(time, user, action.ReviewId, ReviewEventKind.Plan, $"{await PlanLines.ActionAsync(db, action, ct)} marked complete");
        return await ActionLoader.SaveAsync(db, actionId, ct);
    }

    /// <summary>An evidence file, for the download endpoint; null (not found) unless the user may see its action. Audited either way.</summary>
    public async Task<FileContent?> DownloadEvidenceAsync(Guid evidenceId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var visible = db.Actions.VisibleActions(db.Reviews, user);
        var found = await db.ActionEvidence.AsNoTracking().Where(e => e.Id == evidenceId)
            .Join(visible, e => e.ActionId, a => a.Id, (e, a) => new { e.FileId, a.ReviewId }).SingleOrDefaultAsync(ct);
        var content = found is not null ? await FileStore.ReadAsync(db, found.FileId, ct) : null;
        db.Record(time, user, AuditActions.Download, nameof(ActionEvidence), evidenceId.ToString(),
            content is null ? AuditOutcome.Denied : AuditOutcome.Succeeded, reviewId: found?.ReviewId);
        await db.SaveChangesAsync(ct);
        return content;
    }
}
