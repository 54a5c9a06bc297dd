using DhrTracker.Core.Actions;
using DhrTracker.Core.Learning;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// The briefing's arithmetic, free of the database so each rule is unit-tested on a hand-built register:
/// which reviews count, victims, categories, children, themes, good practice, what has changed and next steps.
/// The national figures are added by the service (they come from other tables).
/// </summary>
public static class BriefingCalculator
{
    /// <summary>A review counts when it was decided to be held and notified within the period, both ends included.</summary>
    public static bool Counts(BriefingReviewFacts review, DateOnly? from, DateOnly? to) =>
        review.Decision == ReviewDecision.Hold && InPeriod(review.DateNotified, from, to);

    public static bool InPeriod(DateOnly date, DateOnly? from, DateOnly? to) => (from is null || date >= from) && (to is null || date <= to);

    /// <summary>
    /// The UK date an action was signed off; an action imported as complete was signed off before DhrTracker,
    /// on the day it was completed. Null when it is not signed off.
    /// </summary>
    public static DateOnly? SignedOffOn(ActionItem action) => action.SignedOffUtc switch
    {
        null => null,
        _ when action.SignedOffBeforeImport && action.CompletedOn is { } completed => completed,
        { } utc => UkDates.DateInUk(utc),
    };

    /// <param name="showGoodPracticeText">Whether the reader may read the reviews' findings (else only the count).</param>
    public static BriefingReport Calculate(BriefingRegister register, BriefingRequest request, DateOnly today, bool showGoodPracticeText)
    {
        var counted = register.Reviews.Where(r => Counts(r, request.From, request.To)).ToList();
        var ids = counted.Select(r => r.Id).ToHashSet();
        var categories = counted.Select(r => ReviewCategoryRules.Classify(r.Relationships, anyVictimDiedBySuicide: false).Category).ToList();
        var goodPractice = register.GoodPractice.Where(f => ids.Contains(f.ReviewId)).ToList();
        var namesOf = counted.ToDictionary(r => r.Id, r => r.Names);
        var actions = register.Actions.Where(a => ids.Contains(a.Action.ReviewId) && a.Action.Status != ActionStatus.Cancelled).ToList();
        var p = register.Partnership;
        var area = string.IsNullOrWhiteSpace(p.AreaName) ? p.Name : p.AreaName.Trim();
        var plural = p.ReviewTypeName + "s";

        return new BriefingReport(
            Partnership: p.Name,
            Area: area,
            ReviewTypeName: p.ReviewTypeName,
            ReviewTypePlural: plural,
            From: request.From,
            To: request.To,
            WrittenOn: today,
            Background: string.IsNullOrWhiteSpace(p.Background) ? BriefingBackground.Default(p.Name, area, p.ReviewTypeName, plural) : p.Background.Trim(),
            Reviews: counted.Count,
            Victims: counted.Sum(r => r.Victims),
            PartnerReviews: categories.Count(c => c == ReviewCategory.Partner),
            FamilialReviews: categories.Count(c => c == ReviewCategory.Familial),
            HouseholdReviews: categories.Count(c => c == ReviewCategory.Household),
            OtherReviews: categories.Count(c => c == ReviewCategory.Other),
            ReviewsWithChildrenInHousehold: counted.Count(r => r.ChildrenInHousehold > 0),
            Themes: Themes(register, ids),
            GoodPracticeFindings: goodPractice.Count,
            GoodPractice: showGoodPracticeText ? goodPractice.Select(f => GoodPracticeText.Shorten(f.Narrative, namesOf[f.ReviewId])).ToList() : [],
            WhatsChanged: ByAgency(register.Actions.Where(a => a.ReviewDecision == ReviewDecision.Hold && a.Action.Status != ActionStatus.Cancelled
                    && SignedOffOn(a.Action) is { } on && InPeriod(on, request.From, request.To)),
                a => new BriefingAction(a.Description, a.Outcome, SignedOffOn(a))),
            NextSteps: ByAgency(actions.Where(a => ActionRules.IsOpen(a.Action)), a => new BriefingAction(a.Description, null, a.TargetDate)),
            Actions: new BriefingActionCounts(actions.Count, actions.Count(a => a.Action.SignedOffUtc is not null),
                actions.Count(a => ActionRules.IsOverdue(a.Action, today))),
            National: null,
            Comparison: National.ComparisonTable.Empty,
            SmallNumberThreshold: p.SmallNumberThreshold);
    }

    /// <summary>Each theme (merged themes under their target) with the counted reviews it appears in, once per review.</summary>
    private static List<BriefingTheme> Themes(BriefingRegister register, IReadOnlySet<Guid> ids) =>
        ThemeCounter.Count(register.ThemeUses.Where(u => ids.Contains(u.ReviewId)), register.CanonicalThemes).Values
            .Where(t => t.Reviews > 0 && register.ThemeNames.ContainsKey(t.ThemeId))
            .Select(t => new BriefingTheme(register.ThemeNames[t.ThemeId], t.Reviews))
            .OrderByDescending(t => t.Reviews).ThenBy(t => t.Theme, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Theme, StringComparer.Ordinal)
            .ToList();

    private static List<BriefingAgencyActions> ByAgency(IEnumerable<BriefingActionFacts> actions, Func<ActionItem, BriefingAction> line) =>
        actions.GroupBy(a => a.Agency, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Select(g => new BriefingAgencyActions(g.First().Agency, g.Select(a => line(a.Action))
                .OrderBy(a => a.Date).ThenBy(a => a.Description, StringComparer.OrdinalIgnoreCase).ToList()))
            .ToList();
}
