using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Import;

/// <summary>A review the reviews file asks for, checked and ready to write.</summary>
internal sealed record PlannedReview(
    string Reference,
    DateOnly DateOfDeath,
    DateOnly DateNotified,
    ReviewDecision Decision,
    DateOnly? DecisionDate,
    ReviewStage Stage,
    DateOnly? PublishedOn,
    int ChildrenInHousehold,
    IReadOnlyList<ImportTheme> Themes,
    IReadOnlyList<PlannedVictim> Victims)
{
    public ImportedReview Summary => new(Reference, DateOfDeath, DateNotified, Decision, DecisionDate, Stage, PublishedOn,
        Victims.Count, ChildrenInHousehold, Themes.Select(t => t.Name).ToList());
}

internal sealed record PlannedVictim(string Pseudonym, int Age, Sex Sex, RelationshipKind Relationship);

/// <summary>A theme of the partnership's taxonomy as an import names it: the theme it counts under, and that theme's name.</summary>
internal sealed record ImportTheme(Guid Id, string Name);
