using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.Letters;

/// <summary>
/// The partnership's letter templates, kept by its Administrators (ADR 0392): the shipped text until they save their
/// own; a saved template is checked first (valid Liquid, known placeholders only), and can be reset to the shipped text.
/// </summary>
public sealed class LetterTemplateService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<LetterTemplateInput> validator,
    TimeProvider time)
{
    public const string Entity = nameof(LetterTemplate);

    /// <summary>Every kind of letter with the text in use. Null when the user keeps no partnership's templates.</summary>
    public async Task<IReadOnlyList<LetterTemplateItem>?> ListAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (user.PartnershipId is not { } partnershipId || !ReviewAccess.CanManageLetterTemplates(user, partnershipId))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.List, Entity, "", AuditOutcome.Denied, ct: ct);
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var saved = await db.LetterTemplates.AsNoTracking().Where(t => t.PartnershipId == partnershipId).ToListAsync(ct);
        return Enum.GetValues<LetterKind>()
            .Select(kind => saved.FirstOrDefault(t => t.Kind == kind) is { } own
                ? new LetterTemplateItem(kind, own.Text, false, own.Version, [.. LetterPlaceholders.For(kind)])
                : new LetterTemplateItem(kind, ShippedLetters.For(kind), true, null, [.. LetterPlaceholders.For(kind)]))
            .ToList();
    }

    /// <summary>Saves the partnership's own text for one kind of letter; returns its new version.</summary>
    public async Task<Result<Guid>> SaveAsync(LetterTemplateInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (user.PartnershipId is not { } partnershipId || !ReviewAccess.CanManageLetterTemplates(user, partnershipId))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.Update, Entity, input.Kind.ToString(), AuditOutcome.Denied, ct: ct);
            return Result<Guid>.Refused("", Refusals.NotPermitted);
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var template = await db.LetterTemplates.SingleOrDefaultAsync(t => t.PartnershipId == partnershipId && t.Kind == input.Kind, ct);
        var text = input.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (template is null)
        {
            template = new LetterTemplate { PartnershipId = partnershipId, Kind = input.Kind, Text = text };
            db.LetterTemplates.Add(template);
            db.Record(time, user, AuditActions.Create, Entity, input.Kind.ToString(),
                changes: ChangedFields.Field(nameof(LetterTemplate.Text), null, text));
        }
        else
        {
            db.ExpectVersion(template, input.Version ?? Guid.Empty);
            db.Record(time, user, AuditActions.Update, Entity, input.Kind.ToString(),
                changes: ChangedFields.Field(nameof(LetterTemplate.Text), template.Text, text));
            template.Text = text;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A stale version, or another Administrator saving the first version of the same letter at once.
            return Result<Guid>.Refused("", Refusals.Conflict);
        }

        return Result<Guid>.Ok(template.Version);
    }

    /// <summary>Goes back to the shipped text by removing the partnership's own; nothing to do when it has none.</summary>
    public async Task<Result<bool>> ResetAsync(LetterKind kind, Guid version, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (user.PartnershipId is not { } partnershipId || !ReviewAccess.CanManageLetterTemplates(user, partnershipId))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.Delete, Entity, kind.ToString(), AuditOutcome.Denied, ct: ct);
            return Result<bool>.Refused("", Refusals.NotPermitted);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var template = await db.LetterTemplates.SingleOrDefaultAsync(t => t.PartnershipId == partnershipId && t.Kind == kind, ct);
        if (template is null)
        {
            return Result<bool>.Ok(false);
        }

        db.RequireVersion(template, version);
        db.LetterTemplates.Remove(template);
        db.Record(time, user, AuditActions.Delete, Entity, kind.ToString(),
            changes: ChangedFields.Field(nameof(LetterTemplate.Text), template.Text, null));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<bool>.Refused("", Refusals.Conflict);
        }

        return Result<bool>.Ok(true);
    }
}
