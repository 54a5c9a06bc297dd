using DhrTracker.Core.Actions;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.Learning;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Briefing;

/// <summary>A hand-built register for the calculator's tests: reviews, theme uses, findings and actions added one by one. Synthetic names only.</summary>
internal sealed class BriefingRegisterBuilder
{
    private readonly List<BriefingReviewFacts> reviews = [];
    private readonly List<ThemeUse> uses = [];
    private readonly Dictionary<Guid, Guid> canonical = [];
    private readonly Dictionary<Guid, string> names = [];
    private readonly List<BriefingFindingFacts> goodPractice = [];
    private readonly List<BriefingActionFacts> actions = [];

    public BriefingPartnership Partnership { get; set; } = new(1, "Exampleshire Safer Partnership", null, "Domestic Homicide Review", null, null);

    public Guid Review(DateOnly notified, ReviewDecision decision = ReviewDecision.Hold, int victims = 1, int? children = 0,
        RelationshipKind[]? relationships = null, string[]? people = null)
    {
        var id = Guid.NewGuid();
        reviews.Add(new BriefingReviewFacts(id, decision, notified, victims, children, relationships ?? [RelationshipKind.Partner], people ?? []));
        return id;
    }

    public Guid Theme(string name, Guid? mergedInto = null)
    {
        var id = Guid.NewGuid();
        names[id] = name;
        canonical[id] = mergedInto ?? id;
        return id;
    }

    public void KeyTheme(Guid review, Guid theme) => uses.Add(new ThemeUse(review, theme, null));

    public void FindingTheme(Guid review, Guid theme) => uses.Add(new ThemeUse(review, theme, Guid.NewGuid()));

    public void GoodPractice(Guid review, string narrative) => goodPractice.Add(new BriefingFindingFacts(review, narrative));

    public ActionItem Action(Guid review, string agency, string description, DateOnly target, ActionStatus status = ActionStatus.OnTrack,
        DateTime? signedOffUtc = null, DateOnly? completedOn = null, bool imported = false, string? outcome = null)
    {
        var action = new ActionItem
        {
            Id = Guid.NewGuid(),
            ReviewId = review,
            Description = description,
            TargetDate = target,
            Status = status,
            SignedOffUtc = signedOffUtc,
            CompletedOn = completedOn,
            SignedOffBeforeImport = imported,
            Outcome = outcome,
        };
        actions.Add(new BriefingActionFacts(action, agency, reviews.Single(r => r.Id == review).Decision));
        return action;
    }

    public BriefingRegister Build() => new(Partnership, reviews, uses, canonical, names, goodPractice, actions);

    public BriefingReport Calculate(DateOnly? from = null, DateOnly? to = null, bool showText = true, DateOnly? today = null) =>
        BriefingCalculator.Calculate(Build(), new BriefingRequest(Partnership.Id, from, to), today ?? new DateOnly(2026, 11, 26), showText);
}
