using DhrTracker.Core.Access;
using DhrTracker.Core.Audit;
using DhrTracker.Core.Data;
using DhrTracker.Core.Identity;
using FluentValidation;

namespace DhrTracker.Core.Themes;

/// <summary>
/// The administrator's view of the partnership's theme taxonomy: add, rename, retire, reinstate, merge.
/// Themes are never deleted, so findings keep their history.
/// </summary>
public sealed class ThemeTaxonomyService(
    IDbContextFactory<AppDbContext> dbFactory,
    CurrentUserLoader currentUser,
    IValidator<NewThemeInput> newValidator,
    IValidator<UpdateThemeInput> updateValidator,
    IValidator<MergeThemesInput> mergeValidator,
    TimeProvider time)
{
    private const string Entity = nameof(Theme);
    private const string Conflict = "Someone else changed this theme since you opened it. Reload to see their change; your input is kept.";

    public async Task<IReadOnlyList<ThemeAdminItem>> ListAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!LearningAccess.CanManageThemes(user))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var themes = await db.Themes.AsNoTracking().Where(t => t.PartnershipId == user.PartnershipId)
            .OrderBy(t => t.Category!.SortOrder).ThenBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, Category = t.Category!.Name, t.Name, t.Keywords, t.IsRetired, t.MergedIntoThemeId, t.Version })
            .ToListAsync(ct);
        var names = themes.ToDictionary(t => t.Id, t => t.Name);
        return themes.Select(t => new ThemeAdminItem(t.Id, t.Category, t.Name, t.Keywords, t.IsRetired,
            t.MergedIntoThemeId is { } m ? names.GetValueOrDefault(m) : null, t.Version)).ToList();
    }

    /// <summary>Category names of the taxonomy, in screen order.</summary>
    public async Task<IReadOnlyList<string>> CategoriesAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!LearningAccess.CanManageThemes(user))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ThemeCategories.Where(c => c.PartnershipId == user.PartnershipId)
            .OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync(ct);
    }

    public async Task<Result<Guid>> AddAsync(NewThemeInput input, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (!LearningAccess.CanManageThemes(user))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.Create, Entity, "", AuditOutcome.Denied, ct: ct);
            return Result<Guid>.Refused("", "You do not have permission to change the theme taxonomy.");
        }

        var validation = await newValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return Result<Guid>.Refused(validation);
        }

        var partnershipId = user.PartnershipId!.Value;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = input.Name.Trim();
        if (await ThemeLookup.FindThemeAsync(db, partnershipId, name, ct) is { } existing)
        {
            return Result<Guid>.Refused(nameof(NewThemeInput.Name), $"The taxonomy already has a theme called '{existing.Name}'.");
        }

        var category = await ThemeLookup.FindCategoryAsync(db, partnershipId, input.CategoryName, ct);
        if (category is null)
        {
            var order = await db.ThemeCategories.Where(c => c.PartnershipId == partnershipId).MaxAsync(c => (int?)c.SortOrder, ct) ?? 0;
            category = new ThemeCategory { Id = Guid.NewGuid(), PartnershipId = partnershipId, Name = input.CategoryName.Trim(), SortOrder = order + 1 };
            db.ThemeCategories.Add(category);
        }

        var themeOrder = await db.Themes.Where(t => t.CategoryId == category.Id).MaxAsync(t => (int?)t.SortOrder, ct) ?? 0;
        var theme = new Theme
        {
            Id = Guid.NewGuid(),
            PartnershipId = partnershipId,
            CategoryId = category.Id,
            Name = name,
            Keywords = ThemeKeywords.Normalise(input.Keywords),
            SortOrder = themeOrder + 1,
        };
        db.Themes.Add(theme);
        db.Record(time, user, AuditActions.Create, Entity, theme.Id.ToString(), detail: "Name, Category, Keywords");
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(theme.Id);
    }

    public async Task<Result<Guid>> UpdateAsync(Guid themeId, UpdateThemeInput input, CancellationToken ct = default)
    {
        var validation = await updateValidator.ValidateAsync(input, ct);
        return await ChangeAsync(themeId, input.Version, validation.IsValid ? null : Result<Guid>.Refused(validation),
            async (db, theme, user) =>
            {
                var name = input.Name.Trim();
                if (await ThemeLookup.FindThemeAsync(db, theme.PartnershipId, name, ct) is { } other && other.Id != theme.Id)
                {
                    return new FieldError(nameof(UpdateThemeInput.Name), $"The taxonomy already has a theme called '{other.Name}'.");
                }

                var changed = new List<string>();
                if (theme.Name != name)
                {
                    changed.Add(nameof(Theme.Name));
                }

                var keywords = ThemeKeywords.Normalise(input.Keywords);
                if (theme.Keywords != keywords)
                {
                    changed.Add(nameof(Theme.Keywords));
                }

                theme.Name = name;
                theme.Keywords = keywords;
                db.Record(time, user, AuditActions.Update, Entity, theme.Id.ToString(), detail: string.Join(", ", changed));
                return null;
            }, ct);
    }

    /// <summary>Retires a theme (no new findings may use it) or reinstates it; its findings keep it either way.</summary>
    public Task<Result<Guid>> SetRetiredAsync(Guid themeId, bool retired, Guid version, CancellationToken ct = default) =>
        ChangeAsync(themeId, version, null, (db, theme, user) =>
        {
            if (theme.MergedIntoThemeId is not null)
            {
                return Task.FromResult<FieldError?>(new FieldError("", $"'{theme.Name}' has been merged into another theme and cannot be retired or reinstated."));
            }

            theme.IsRetired = retired;
            db.Record(time, user, AuditActions.Update, Entity, theme.Id.ToString(), detail: retired ? "IsRetired: retired" : "IsRetired: reinstated");
            return Task.FromResult<FieldError?>(null);
        }, ct);

    /// <summary>Merges a theme into another: its findings and key themes then count under the target.</summary>
    public async Task<Result<Guid>> MergeAsync(Guid themeId, MergeThemesInput input, CancellationToken ct = default)
    {
        var validation = await mergeValidator.ValidateAsync(input, ct);
        return await ChangeAsync(themeId, input.Version, validation.IsValid ? null : Result<Guid>.Refused(validation),
            async (db, theme, user) =>
            {
                const string field = nameof(MergeThemesInput.TargetThemeId);
                var target = await db.Themes.SingleOrDefaultAsync(t => t.Id == input.TargetThemeId && t.PartnershipId == theme.PartnershipId, ct);
                if (target is null)
                {
                    return new FieldError(field, "Choose a theme of this partnership's taxonomy to merge into.");
                }

                if (target.Id == theme.Id)
                {
                    return new FieldError(field, "A theme cannot be merged into itself. Choose a different theme.");
                }

                if (theme.MergedIntoThemeId is not null)
                {
                    return new FieldError(field, $"'{theme.Name}' has already been merged into another theme.");
                }

                var merges = await db.Themes.Where(t => t.PartnershipId == theme.PartnershipId)
                    .ToDictionaryAsync(t => t.Id, t => t.MergedIntoThemeId, ct);
                if (ThemeResolver.WouldCycle(merges, theme.Id, target.Id))
                {
                    return new FieldError(field, $"Merging '{theme.Name}' into '{target.Name}' would make a theme count under itself. Choose a different theme.");
                }

                if (!target.IsActive)
                {
                    return new FieldError(field, $"'{target.Name}' is retired or merged. Choose an active theme to merge into.");
                }

                theme.MergedIntoThemeId = target.Id;
                db.Record(time, user, AuditActions.Update, Entity, theme.Id.ToString(), detail: $"MergedIntoThemeId: {target.Id}");
                return null;
            }, ct);
    }

    /// <summary>Loads a theme of the administrator's partnership, applies a change, saves with the version the administrator loaded.</summary>
    private async Task<Result<Guid>> ChangeAsync(Guid themeId, Guid version, Result<Guid>? invalid,
        Func<AppDbContext, Theme, CurrentUser, Task<FieldError?>> change, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        if (!LearningAccess.CanManageThemes(user))
        {
            await dbFactory.RecordAsync(time, user, AuditActions.Update, Entity, themeId.ToString(), AuditOutcome.Denied, ct: ct);
            return Result<Guid>.Refused("", "You do not have permission to change the theme taxonomy.");
        }

        if (invalid is not null)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var theme = await db.Themes.SingleOrDefaultAsync(t => t.Id == themeId && t.PartnershipId == user.PartnershipId, ct);
        if (theme is null)
        {
            await db.RecordDeniedAsync(time, user, AuditActions.Update, Entity, themeId.ToString(), ct);
            throw new NotFoundException("Theme");
        }

        if (theme.Version != version)
        {
            return Result<Guid>.Refused("", Conflict);
        }

        db.Entry(theme).Property(t => t.Version).OriginalValue = version;
        if (await change(db, theme, user) is { } refusal)
        {
            return Result<Guid>.Refused([refusal]);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Refused("", Conflict);
        }

        return Result<Guid>.Ok(theme.Version);
    }
}
