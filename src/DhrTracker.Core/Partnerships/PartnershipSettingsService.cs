using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using DhrTracker.Core.Reviews;
using FluentValidation;

namespace DhrTracker.Core.Partnerships;

/// <summary>
/// A partnership's names, clock settings and retention period, edited by an Administrator. A change of statutory
/// timescale is a new version with an effective date (<see cref="TimescaleService"/>, ADR 0355). Audit rows record old and new values (settings are not case data).
/// </summary>
public sealed class PartnershipSettingsService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<PartnershipSettingsInput> validator,
    TimeProvider time)
{
    private const string Entity = nameof(Partnership);

    public async Task<IReadOnlyList<PartnershipSummary>> ManageableAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var all = await db.Partnerships.AsNoTracking().OrderBy(p => p.Name).Select(p => new PartnershipSummary(p.Id, p.Name)).ToListAsync(ct);
        return all.Where(p => PartnershipAccess.CanManageSettings(user, p.Id)).ToList();
    }

    /// <summary>The settings as stored, or null when the partnership does not exist or is not the user's to manage.</summary>
    public async Task<PartnershipSettingsInput?> GetAsync(int partnershipId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!PartnershipAccess.CanManageSettings(user, partnershipId))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.View, Entity, partnershipId.ToString(), AuditOutcome.Denied, ct: ct);
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partnership = await db.Partnerships.AsNoTracking().Include(p => p.Timescales).SingleOrDefaultAsync(p => p.Id == partnershipId, ct);
        return partnership is null ? null : PartnershipSettingsInput.From(partnership);
    }

    /// <summary>Saves the settings; returns the new version.</summary>
    public async Task<Result<Guid>> UpdateAsync(PartnershipSettingsInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var partnership = PartnershipAccess.CanManageSettings(user, input.PartnershipId)
            ? await db.Partnerships.Include(p => p.Timescales).SingleOrDefaultAsync(p => p.Id == input.PartnershipId, ct)
            : null;
        if (partnership is null)
        {
            db.Record(time, user, AuditActions.Update, Entity, input.PartnershipId.ToString(), AuditOutcome.Denied);
            await db.SaveChangesAsync(ct);
            throw new NotFoundException("Partnership");
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        if (partnership.Version != input.Version)
        {
            return Result<Guid>.Refused("", "Someone else changed these settings after you opened them. Your input is kept: reload to see their changes.");
        }

        var name = input.Name.Trim();
        if (await db.Partnerships.AnyAsync(p => p.Id != partnership.Id && p.Name.ToLower() == name.ToLower(), ct))
        {
            return Result<Guid>.Refused(nameof(input.Name), $"A partnership called '{name}' already exists.");
        }

        var changes = Changes(partnership, input);
        if (changes.Count == 0)
        {
            return Result<Guid>.Ok(partnership.Version);
        }

        partnership.Name = name;
        partnership.ReferencePrefix = input.ReferencePrefix.Trim();
        var ragRule = partnership.RagFollowsAgreedTimetable != input.RagFollowsAgreedTimetable;
        partnership.ReviewTypeName = input.ReviewTypeName.Trim();
        partnership.ReviewTypeAbbreviation = input.ReviewTypeAbbreviation.Trim();
        partnership.Section19CommencementDate = input.Section19CommencementDate;
        partnership.AmberWindowDays = input.AmberWindowDays;
        partnership.HomeOfficeNotificationDays = input.HomeOfficeNotificationDays;
        partnership.RagFollowsAgreedTimetable = input.RagFollowsAgreedTimetable;
        partnership.RetentionYears = input.RetentionYears;
        partnership.AreaName = OrNull(input.AreaName);
        partnership.BriefingBackground = OrNull(input.BriefingBackground);
        partnership.SmallNumberThreshold = input.SmallNumberThreshold;

        // Only the RAG rule changes a stored due date here: reviews with an agreed date now store it, or the statutory one again (ADR 0357).
        if (ragRule)
        {
            var timescales = PartnershipTimescales.Of(partnership);
            foreach (var review in await db.Reviews.Where(r => r.PartnershipId == partnership.Id && r.RevisedTargetDate != null).ToListAsync(ct))
            {
                ReviewClocks.RefreshDueDate(review, timescales.For(review.DateNotified));
            }
        }

        db.Record(time, user, AuditActions.Update, Entity, partnership.Id.ToString(), detail: string.Join("; ", changes));
        db.Entry(partnership).Property(p => p.Version).OriginalValue = input.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Refused("", "Someone else changed these settings, or a review, while you were saving. Nothing was saved: try again.");
        }

        return Result<Guid>.Ok(partnership.Version);
    }

    private static List<string> Changes(Partnership p, PartnershipSettingsInput i)
    {
        var changes = new List<string>();
        void Compare(string field, object before, object after)
        {
            if (!Equals(before, after))
            {
                changes.Add($"{field}: {before} -> {after}");
            }
        }

        Compare(nameof(p.Name), p.Name, i.Name.Trim());
        Compare(nameof(p.ReferencePrefix), p.ReferencePrefix, i.ReferencePrefix.Trim());
        Compare(nameof(p.ReviewTypeName), p.ReviewTypeName, i.ReviewTypeName.Trim());
        Compare(nameof(p.ReviewTypeAbbreviation), p.ReviewTypeAbbreviation, i.ReviewTypeAbbreviation.Trim());
        Compare(nameof(p.Section19CommencementDate), DateText(p.Section19CommencementDate), DateText(i.Section19CommencementDate));
        Compare(nameof(p.AmberWindowDays), p.AmberWindowDays, i.AmberWindowDays);
        Compare(nameof(p.HomeOfficeNotificationDays), p.HomeOfficeNotificationDays, i.HomeOfficeNotificationDays);
        Compare(nameof(p.RagFollowsAgreedTimetable), p.RagFollowsAgreedTimetable, i.RagFollowsAgreedTimetable);
        Compare(nameof(p.RetentionYears), p.RetentionYears, i.RetentionYears);
        Compare(nameof(p.AreaName), p.AreaName ?? "(none)", OrNull(i.AreaName) ?? "(none)");
        // The background can be 4,000 characters: the row says it changed and how long it is, so other changes still fit the detail.
        if (p.BriefingBackground != OrNull(i.BriefingBackground))
        {
            changes.Add($"{nameof(p.BriefingBackground)}: {Describe(p.BriefingBackground)} -> {Describe(OrNull(i.BriefingBackground))}");
        }

        Compare(nameof(p.SmallNumberThreshold), p.SmallNumberThreshold?.ToString() ?? "(none)", i.SmallNumberThreshold?.ToString() ?? "(none)");
        return changes;
    }

    private static string DateText(DateOnly? date) => date is { } d ? UkDates.Format(d) : "(none)";

    private static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Describe(string? background) => background is null ? "(statutory text)" : $"own text of {background.Length} characters";
}
