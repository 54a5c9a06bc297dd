namespace DhrTracker.Core.Family;

/// <summary>
/// The steps of the family's involvement (2016 guidance s.6; Home Office guidance for chairs, 2021), each read from the
/// members and the log as done, not yet or declined (ADR 0391). A step done and also declined by someone else counts as done.
/// </summary>
public static class InvolvementSteps
{
    /// <summary>The log's own steps, in the order a review reaches them; contacts and meetings are "Family contacted".</summary>
    private static readonly InvolvementStep[] LogSteps =
    [
        InvolvementStep.TermsOfReference, InvolvementStep.MetPanel, InvolvementStep.DraftShared, InvolvementStep.DraftComments,
        InvolvementStep.PublicationWishes, InvolvementStep.PseudonymWishes, InvolvementStep.Tribute,
    ];

    public static IReadOnlyList<InvolvementStepStatus> For(IReadOnlyCollection<FamilyMember> members, IReadOnlyCollection<InvolvementEntry> log,
        DateOnly? familyToldOfPublicationOn)
    {
        var contacts = log.Where(e => e.Step is InvolvementStep.Contact or InvolvementStep.Meeting).ToList();
        var contacted = FromLog("Family contacted", contacts);
        if (contacted.State == InvolvementState.NotYet && members.Count > 0 && members.All(m => m.Consent == ContactConsent.Declined))
        {
            contacted = contacted with { State = InvolvementState.Declined };
        }

        List<InvolvementStepStatus> steps =
        [
            contacted,
            Latest("Home Office leaflet given", members.Select(m => m.LeafletGivenOn)),
            Advocacy(members),
            .. LogSteps.Select(step => FromLog(step.Display(), log.Where(e => e.Step == step).ToList())),
        ];

        var told = FromLog(InvolvementStep.ToldBeforePublication.Display(), log.Where(e => e.Step == InvolvementStep.ToldBeforePublication).ToList());
        // The publication step's own date (recorded on the review when it is published) counts as much as a log entry.
        steps.Add(told.State != InvolvementState.Done && familyToldOfPublicationOn is { } on ? told with { State = InvolvementState.Done, On = on } : told);
        return steps;
    }

    private static InvolvementStepStatus FromLog(string label, IReadOnlyCollection<InvolvementEntry> entries)
    {
        var done = entries.Where(e => !e.Declined).Select(e => (DateOnly?)e.On).Max();
        if (done is not null)
        {
            return new(label, InvolvementState.Done, done);
        }

        var declined = entries.Select(e => (DateOnly?)e.On).Max();
        return declined is null ? new(label, InvolvementState.NotYet, null) : new(label, InvolvementState.Declined, declined);
    }

    private static InvolvementStepStatus Latest(string label, IEnumerable<DateOnly?> dates) =>
        dates.Max() is { } on ? new(label, InvolvementState.Done, on) : new(label, InvolvementState.NotYet, null);

    /// <summary>Done once advocacy is offered to someone; declined only when every offer was declined.</summary>
    private static InvolvementStepStatus Advocacy(IReadOnlyCollection<FamilyMember> members)
    {
        const string label = "Specialist advocacy offered";
        var offered = members.Where(m => m.AdvocacyOfferedOn is not null).ToList();
        if (offered.Count == 0)
        {
            return new(label, InvolvementState.NotYet, null);
        }

        return offered.All(m => m.AdvocacyAnswer == AdvocacyAnswer.Declined)
            ? new(label, InvolvementState.Declined, offered.Max(m => m.AdvocacyAnsweredOn ?? m.AdvocacyOfferedOn))
            : new(label, InvolvementState.Done, offered.Max(m => m.AdvocacyOfferedOn));
    }
}
