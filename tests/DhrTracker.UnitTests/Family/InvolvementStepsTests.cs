using DhrTracker.Core.Family;

namespace DhrTracker.UnitTests.Family;

/// <summary>Each step of the family's involvement is done, not yet or declined, with its date (ADR 0391).</summary>
public sealed class InvolvementStepsTests
{
    private static readonly FamilyMember Sister = new() { Id = Guid.NewGuid(), Role = NetworkRole.Sibling, Pseudonym = "Sister S" };

    private static InvolvementEntry Entry(InvolvementStep step, int day, bool declined = false) =>
        new() { Step = step, On = new DateOnly(2026, 11, day), FamilyMemberId = Sister.Id, Declined = declined };

    private static InvolvementStepStatus Step(IReadOnlyList<InvolvementStepStatus> steps, string name) => steps.Single(s => s.Step == name);

    [Fact]
    public void With_nothing_recorded_every_step_is_not_yet_in_the_order_a_review_reaches_them()
    {
        var steps = InvolvementSteps.For([], [], null);

        Assert.Equal(["Family contacted", "Home Office leaflet given", "Specialist advocacy offered", "Comments on the terms of reference",
            "Met the panel", "Draft shared", "Comments on the draft returned", "Wishes on publication", "Wishes on the pseudonym",
            "Tribute or pen portrait", "Told before publication"], steps.Select(s => s.Step));
        Assert.All(steps, s => Assert.Equal((InvolvementState.NotYet, (DateOnly?)null), (s.State, s.On)));
    }

    [Fact]
    public void A_step_done_by_one_entry_is_done_on_its_latest_date_even_if_another_declined_it()
    {
        var steps = InvolvementSteps.For([Sister],
            [Entry(InvolvementStep.Contact, 2), Entry(InvolvementStep.Meeting, 9), Entry(InvolvementStep.MetPanel, 10, declined: true), Entry(InvolvementStep.MetPanel, 12)],
            null);

        Assert.Equal(new InvolvementStepStatus("Family contacted", InvolvementState.Done, new DateOnly(2026, 11, 9)), steps[0]);
        Assert.Equal(new InvolvementStepStatus("Met the panel", InvolvementState.Done, new DateOnly(2026, 11, 12)), Step(steps, "Met the panel"));
    }

    [Fact]
    public void Only_declined_entries_make_a_step_declined()
    {
        var steps = InvolvementSteps.For([Sister], [Entry(InvolvementStep.Tribute, 5, declined: true)], null);

        Assert.Equal(new InvolvementStepStatus("Tribute or pen portrait", InvolvementState.Declined, new DateOnly(2026, 11, 5)), Step(steps, "Tribute or pen portrait"));
    }

    [Fact]
    public void Advocacy_is_done_once_offered_and_declined_only_when_every_offer_was_declined()
    {
        var offered = new FamilyMember { AdvocacyOfferedOn = new DateOnly(2026, 11, 3), AdvocacyAnswer = AdvocacyAnswer.Declined, AdvocacyAnsweredOn = new DateOnly(2026, 11, 6) };
        var accepted = new FamilyMember { AdvocacyOfferedOn = new DateOnly(2026, 11, 4), AdvocacyAnswer = AdvocacyAnswer.Accepted };

        Assert.Equal(new InvolvementStepStatus("Specialist advocacy offered", InvolvementState.Declined, new DateOnly(2026, 11, 6)),
            Step(InvolvementSteps.For([offered], [], null), "Specialist advocacy offered"));
        Assert.Equal(new InvolvementStepStatus("Specialist advocacy offered", InvolvementState.Done, new DateOnly(2026, 11, 4)),
            Step(InvolvementSteps.For([offered, accepted], [], null), "Specialist advocacy offered"));
    }

    [Fact]
    public void The_reviews_own_date_the_family_was_told_marks_the_last_step_done()
    {
        var steps = InvolvementSteps.For([Sister], [], new DateOnly(2026, 11, 20));

        Assert.Equal(new InvolvementStepStatus("Told before publication", InvolvementState.Done, new DateOnly(2026, 11, 20)), steps[^1]);
    }

    [Fact]
    public void Contact_is_declined_when_everyone_declined_to_be_contacted()
    {
        var steps = InvolvementSteps.For([new FamilyMember { Consent = ContactConsent.Declined }], [], null);

        Assert.Equal(InvolvementState.Declined, steps[0].State);
    }
}
