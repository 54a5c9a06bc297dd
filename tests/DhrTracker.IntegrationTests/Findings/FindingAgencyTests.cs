using DhrTracker.Core.Audit;
using DhrTracker.Core.Findings;
using DhrTracker.Core.Reviews;

namespace DhrTracker.IntegrationTests.Findings;

/// <summary>ADR 0388: a finding names an agency from its partnership's register, or Other with a note; old text that matched nothing is resolved by a coordinator.</summary>
public sealed class FindingAgencyTests
{
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task A_finding_names_a_register_agency_and_shows_its_register_name(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        world.Db.SignInAs(world.CoordinatorA);
        var input = LearningWorld.Input(await world.ThemeAsync("Alcohol"));
        input.AgencyId = await world.AgencyAsync("GP", world.ReviewA1);

        var id = CaseFile.Ok(await world.Findings.AddAsync(world.ReviewA1, input));

        var finding = (await world.Findings.GetForReviewAsync(world.ReviewA1))!.Findings.Single(f => f.Id == id);
        Assert.Equal(("GP", "GP", false), (finding.Agency.Label, finding.Agency.Heading, finding.Agency.NeedsResolving));
        await using var context = world.Db.NewContext();
        var saved = await context.Findings.SingleAsync(f => f.Id == id);
        Assert.Equal((input.AgencyId, false, (string?)null), (saved.AgencyId, saved.AgencyIsOther, saved.AgencyName));
        Assert.Equal("Finding added: missed opportunity",
            await context.ReviewEvents.Where(e => e.ReviewId == world.ReviewA1 && e.Kind == ReviewEventKind.Findings).Select(e => e.Note).SingleAsync());
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Other_without_a_note_is_refused_and_nothing_is_saved_and_with_a_note_it_is_kept(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        world.Db.SignInAs(world.CoordinatorA);
        var input = LearningWorld.Input(await world.ThemeAsync("Alcohol"));
        input.OtherAgency = true;
        input.AgencyNote = "  ";

        var refused = await world.Findings.AddAsync(world.ReviewA1, input);

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(FindingInput.AgencyNote), "Enter the agency note: which agency this is, as it is not on the register."), (error.Field, error.Message));
        await using (var context = world.Db.NewContext())
        {
            Assert.Equal(0, await context.Findings.CountAsync());
        }

        input.AgencyNote = " Tenants' association ";
        input.AgencyId = await world.AgencyAsync("GP", world.ReviewA1);
        var id = CaseFile.Ok(await world.Findings.AddAsync(world.ReviewA1, input));
        var finding = (await world.Findings.GetForReviewAsync(world.ReviewA1))!.Findings.Single(f => f.Id == id);
        // Other wins over a register agency left selected behind it: the form shows one choice.
        Assert.Equal(((int?)null, "Other: Tenants' association", FindingAgency.OtherHeading), (finding.Agency.AgencyId, finding.Agency.Label, finding.Agency.Heading));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Another_partnerships_agency_and_a_retired_one_are_refused_but_a_finding_keeps_a_retired_agency_it_names(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcohol = await world.ThemeAsync("Alcohol");
        var kept = await world.AddFindingAsync(world.CoordinatorA, world.ReviewA1, alcohol);
        var police = await world.AgencyAsync("Police", world.ReviewA1);
        var theirs = await world.AgencyAsync("Housing", world.ReviewB1);
        await using (var context = world.Db.NewContext())
        {
            // Retired as the register page would: kept, not deleted.
            (await context.Agencies.SingleAsync(a => a.Id == police)).IsActive = false;
            await context.SaveChangesAsync();
        }

        world.Db.SignInAs(world.CoordinatorA);
        var other = LearningWorld.Input(alcohol);
        other.AgencyId = theirs;
        var retired = LearningWorld.Input(alcohol);
        retired.AgencyId = police;
        var edit = LearningWorld.Input(alcohol);
        edit.AgencyId = police;
        edit.Narrative = "Reworded.";
        edit.Version = (await world.Findings.GetForReviewAsync(world.ReviewA1))!.Findings.Single().Version;

        foreach (var refused in new[] { await world.Findings.AddAsync(world.ReviewA1, other), await world.Findings.AddAsync(world.ReviewA1, retired) })
        {
            var error = Assert.Single(refused.Errors);
            Assert.Equal((nameof(FindingInput.AgencyId), "Choose an agency from the partnership's register, or Other with a note."), (error.Field, error.Message));
        }

        Assert.True((await world.Findings.UpdateAsync(kept, edit)).Succeeded);
        var finding = Assert.Single((await world.Findings.GetForReviewAsync(world.ReviewA1))!.Findings);
        Assert.Equal(("Police", "Reworded."), (finding.Agency.Label, finding.Narrative));
    }

    /// <summary>The complaint: "GP practice" beside the register's "GP" made two groups. Resolved, they are one.</summary>
    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Findings_about_the_GP_are_one_group_once_old_text_is_resolved_to_the_register(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var alcohol = await world.ThemeAsync("Alcohol");
        var gp = await world.AgencyAsync("GP", world.ReviewA1);
        var old = await UnmatchedAsync(world, world.ReviewA1, "GP practice");
        world.Db.SignInAs(world.CoordinatorA);
        var input = LearningWorld.Input(alcohol);
        input.AgencyId = gp;
        CaseFile.Ok(await world.Findings.AddAsync(world.ReviewA1, input));

        var before = FindingGrouping.Group((await world.Findings.GetForReviewAsync(world.ReviewA1))!.Findings, FindingGroupBy.Agency);
        var toResolve = Assert.Single(await world.Db.Get<FindingAgencyService>().ToResolveAsync());
        CaseFile.Ok(await world.Db.Get<FindingAgencyService>().ResolveAsync(old, new ResolveAgencyInput { AgencyId = gp, Version = toResolve.Version }));
        var after = FindingGrouping.Group((await world.Findings.GetForReviewAsync(world.ReviewA1))!.Findings, FindingGroupBy.Agency);

        Assert.Equal([FindingAgency.UnmatchedHeading, "GP"], before.Select(g => g.Heading));
        var group = Assert.Single(after);
        Assert.Equal(("GP", 2), (group.Heading, group.Findings.Count));
        Assert.All(group.Findings, f => Assert.Equal("GP", f.Agency.Label));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task The_coordinator_lists_their_partnerships_unresolved_findings_and_resolves_one_as_other(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var old = await UnmatchedAsync(world, world.ReviewA2, "Northbridge Police");
        await UnmatchedAsync(world, world.ReviewB1, "Council");
        var service = world.Db.Get<FindingAgencyService>();

        world.Db.SignInAs(world.ManagerA);
        Assert.Empty(await service.ToResolveAsync());
        var version = await VersionAsync(world, old);
        Assert.Equal("", Assert.Single((await service.ResolveAsync(old, new ResolveAgencyInput { AgencyId = await world.AgencyAsync("Police", world.ReviewA2), Version = version })).Errors).Field);

        world.Db.SignInAs(world.CoordinatorA);
        var row = Assert.Single(await service.ToResolveAsync());
        Assert.Equal((old, "A DHR2", "Northbridge Police"), (row.FindingId, row.ReviewReference, row.AgencyText));
        Assert.Equal(1, await service.CountToResolveAsync());
        var empty = await service.ResolveAsync(old, new ResolveAgencyInput { Version = row.Version });
        Assert.Equal(nameof(ResolveAgencyInput.AgencyId), Assert.Single(empty.Errors).Field);
        var resolved = await service.ResolveAsync(old, new ResolveAgencyInput { OtherAgency = true, AgencyNote = "Neighbourhood watch", Version = row.Version });

        Assert.True(resolved.Succeeded, string.Join("; ", resolved.Errors));
        Assert.Empty(await service.ToResolveAsync());
        Assert.Equal(0, await service.CountToResolveAsync());
        await using var context = world.Db.NewContext();
        var saved = await context.Findings.SingleAsync(f => f.Id == old);
        Assert.Equal((true, "Neighbourhood watch"), (saved.AgencyIsOther, saved.AgencyName));
        Assert.Equal("Finding changed: other learning", await context.ReviewEvents.Where(e => e.ReviewId == world.ReviewA2 && e.Kind == ReviewEventKind.Findings).Select(e => e.Note).SingleAsync());
        var audit = await context.AuditEntries.Where(a => a.EntityId == old.ToString()).OrderBy(a => a.Id).Select(a => new { a.UserId, a.Outcome }).ToListAsync();
        Assert.Equal([(world.ManagerA, AuditOutcome.Denied), (world.CoordinatorA, AuditOutcome.Succeeded)], audit.Select(a => (a.UserId, a.Outcome)));
    }

    [Theory, MemberData(nameof(Databases.All), MemberType = typeof(Databases))]
    public async Task Editing_an_unresolved_finding_without_choosing_an_agency_keeps_its_text_on_the_list(DatabaseProvider provider)
    {
        await using var world = await LearningWorld.CreateAsync(provider);
        var old = await UnmatchedAsync(world, world.ReviewA1, "GP practice");
        world.Db.SignInAs(world.CoordinatorA);
        var loaded = (await world.Findings.GetForReviewAsync(world.ReviewA1))!.Findings.Single();
        var edit = LearningWorld.Input(await world.ThemeAsync("Alcohol"));
        edit.Version = loaded.Version;

        Assert.True((await world.Findings.UpdateAsync(old, edit)).Succeeded);

        Assert.Equal("GP practice", Assert.Single(await world.Db.Get<FindingAgencyService>().ToResolveAsync()).AgencyText);
    }

    /// <summary>A finding as the upgrade leaves one whose text matched no register name (the services never write this state).</summary>
    private static async Task<Guid> UnmatchedAsync(LearningWorld world, Guid reviewId, string text)
    {
        await using var context = world.Db.NewContext();
        var finding = new Finding
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Type = FindingType.OtherLearning,
            AgencyName = text,
            Narrative = "Learning about risk.",
            CreatedByUserId = world.CoordinatorA,
        };
        context.Findings.Add(finding);
        await context.SaveChangesAsync();
        return finding.Id;
    }

    private static async Task<Guid> VersionAsync(LearningWorld world, Guid findingId)
    {
        await using var context = world.Db.NewContext();
        return await context.Findings.Where(f => f.Id == findingId).Select(f => f.Version).SingleAsync();
    }
}
