using DhrTracker.Core.Actions;
using DhrTracker.Core.Briefing;
using DhrTracker.Core.People;
using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Briefing;

public sealed class BriefingCalculatorTests
{
    private static readonly DateOnly Jan10 = new(2024, 1, 10), Jun30 = new(2024, 6, 30);

    [Fact]
    public void Only_held_reviews_count_and_every_victim_of_a_counted_review_counts()
    {
        var b = new BriefingRegisterBuilder();
        b.Review(new DateOnly(2023, 3, 1), victims: 2);
        b.Review(new DateOnly(2023, 5, 1), victims: 1);
        b.Review(new DateOnly(2023, 6, 1), victims: 3);
        b.Review(new DateOnly(2023, 7, 1), ReviewDecision.NotHold, victims: 4);
        b.Review(new DateOnly(2023, 8, 1), ReviewDecision.Pending, victims: 5);

        var report = b.Calculate();

        Assert.Equal((3, 6), (report.Reviews, report.Victims));
        Assert.True(report.HasReviews);
    }

    [Fact]
    public void A_review_notified_on_either_end_of_the_period_counts_and_the_days_outside_do_not()
    {
        var b = new BriefingRegisterBuilder();
        b.Review(Jan10.AddDays(-1), victims: 1);
        b.Review(Jan10, victims: 2);
        b.Review(Jun30, victims: 4);
        b.Review(Jun30.AddDays(1), victims: 8);

        Assert.Equal((2, 6), (b.Calculate(Jan10, Jun30).Reviews, b.Calculate(Jan10, Jun30).Victims));
        Assert.Equal(14, b.Calculate(from: Jan10).Victims);
        Assert.Equal(7, b.Calculate(to: Jun30).Victims);
        Assert.Equal(15, b.Calculate().Victims);
    }

    [Fact]
    public void Each_review_has_one_category_from_its_relationships_and_none_without_them()
    {
        var b = new BriefingRegisterBuilder();
        var day = new DateOnly(2023, 1, 1);
        b.Review(day, relationships: [RelationshipKind.Child, RelationshipKind.ExPartner]);
        b.Review(day, relationships: [RelationshipKind.SpouseOrCivilPartner]);
        b.Review(day, relationships: [RelationshipKind.Parent, RelationshipKind.HouseholdMember]);
        b.Review(day, relationships: [RelationshipKind.HouseholdMember, RelationshipKind.OtherNonRelative]);
        b.Review(day, relationships: [RelationshipKind.OtherNonRelative]);
        b.Review(day, relationships: []);
        b.Review(day, ReviewDecision.NotHold, relationships: [RelationshipKind.Sibling]);

        var report = b.Calculate();

        // An other non-relative is not a household member (issue 13): only the lodger's review is household.
        Assert.Equal((2, 1, 1, 1), (report.PartnerReviews, report.FamilialReviews, report.HouseholdReviews, report.OtherReviews));
        Assert.Equal(6, report.Reviews);
    }

    [Fact]
    public void A_review_counts_for_children_when_any_child_under_18_lived_in_the_household()
    {
        var b = new BriefingRegisterBuilder();
        var day = new DateOnly(2023, 1, 1);
        b.Review(day, children: 2);
        b.Review(day, children: 1);
        b.Review(day, children: 0);
        b.Review(day, children: null);
        b.Review(day, ReviewDecision.Pending, children: 3);

        Assert.Equal(2, b.Calculate().ReviewsWithChildrenInHousehold);
    }

    [Fact]
    public void A_theme_counts_a_review_once_from_key_themes_or_findings_and_merged_themes_count_as_their_target()
    {
        var b = new BriefingRegisterBuilder();
        var day = new DateOnly(2023, 1, 1);
        var curiosity = b.Theme("Professional curiosity");
        var enquiry = b.Theme("Routine enquiry", mergedInto: curiosity);
        var marac = b.Theme("MARAC");
        var awareness = b.Theme("Public awareness");
        var unused = b.Theme("Stalking");
        var r1 = b.Review(day);
        var r2 = b.Review(day);
        var r3 = b.Review(day);
        var notHeld = b.Review(day, ReviewDecision.NotHold);
        b.KeyTheme(r1, curiosity);
        b.FindingTheme(r1, curiosity);
        b.FindingTheme(r1, enquiry);
        b.FindingTheme(r2, enquiry);
        b.KeyTheme(r2, marac);
        b.FindingTheme(r3, awareness);
        b.KeyTheme(notHeld, marac);
        b.KeyTheme(notHeld, unused);

        var themes = b.Calculate().Themes;

        Assert.Equal(
            [new BriefingTheme("Professional curiosity", 2), new BriefingTheme("MARAC", 1), new BriefingTheme("Public awareness", 1)],
            themes);
        Assert.DoesNotContain(themes, t => t.Theme is "Routine enquiry" or "Stalking");
    }

    [Fact]
    public void Good_practice_is_counted_and_quoted_only_for_readers_of_findings()
    {
        var b = new BriefingRegisterBuilder();
        var r1 = b.Review(new DateOnly(2023, 1, 1));
        var outside = b.Review(new DateOnly(2020, 1, 1));
        b.GoodPractice(r1, "The GP asked about abuse at every visit. She then referred to the IDVA.");
        b.GoodPractice(r1, "Housing moved the family within a week.");
        b.GoodPractice(outside, "Not in the period.");

        var report = b.Calculate(from: new DateOnly(2022, 1, 1));

        Assert.Equal(2, report.GoodPracticeFindings);
        Assert.Equal(["The GP asked about abuse at every visit.", "Housing moved the family within a week."], report.GoodPractice);
        var counted = b.Calculate(from: new DateOnly(2022, 1, 1), showText: false);
        Assert.Equal((2, 0), (counted.GoodPracticeFindings, counted.GoodPractice.Count));
    }

    [Fact]
    public void Quoted_good_practice_has_no_pseudonym_or_real_name_of_the_reviews_people()
    {
        var b = new BriefingRegisterBuilder();
        var r1 = b.Review(new DateOnly(2023, 1, 1), people: ["Adult Kestrel", "Orla Examplename", "Perpetrator", "Adult P"]);
        b.GoodPractice(r1, "Adult Kestrel's health visitor and KESTREL's GP spoke to Orla every week, and adult p was challenged.");
        b.GoodPractice(r1, "The perpetrator programme worked with Examplename; Adult A was unrelated.");

        var text = b.Calculate().GoodPractice;

        Assert.Equal("[name removed]'s health visitor and [name removed]'s GP spoke to [name removed] every week, and [name removed] was challenged.", text[0]);
        Assert.Equal("The perpetrator programme worked with [name removed]; Adult A was unrelated.", text[1]);
        Assert.All(text, t => Assert.DoesNotContain("Kestrel", t, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Quoted_good_practice_is_the_first_sentence_cut_to_200_characters_with_an_ellipsis()
    {
        var b = new BriefingRegisterBuilder();
        var r1 = b.Review(new DateOnly(2023, 1, 1));
        var long1 = string.Join(" ", Enumerable.Repeat("Agencies shared information", 12)) + ". Second sentence.";
        b.GoodPractice(r1, "  Short and\n clear!  Then more. ");
        b.GoodPractice(r1, long1);

        var text = b.Calculate().GoodPractice;

        Assert.Equal("Short and clear!", text[0]);
        Assert.True(text[1].Length <= GoodPracticeText.MaxLength, text[1]);
        Assert.EndsWith("…", text[1]);
        Assert.StartsWith("Agencies shared information Agencies", text[1]);
        Assert.DoesNotContain("Second", text[1]);
    }

    [Fact]
    public void Whats_changed_is_every_held_reviews_actions_signed_off_in_the_period_by_uk_date_grouped_by_agency()
    {
        var b = new BriefingRegisterBuilder();
        var counted = b.Review(Jan10);
        var older = b.Review(new DateOnly(2019, 1, 1));
        var notHeld = b.Review(Jan10, ReviewDecision.NotHold);
        b.Action(older, "Police", "Train call handlers", Jan10, ActionStatus.Complete, new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc), outcome: "All trained.");
        b.Action(counted, "Adult social care", "Add a prompt", Jan10, ActionStatus.Complete, new DateTime(2024, 6, 30, 22, 30, 0, DateTimeKind.Utc));
        b.Action(counted, "Adult social care", "Signed off after midnight in the UK", Jan10, ActionStatus.Complete, new DateTime(2024, 6, 30, 23, 30, 0, DateTimeKind.Utc));
        b.Action(counted, "police", "Review MARAC referrals", Jan10, ActionStatus.Complete, new DateTime(2024, 1, 10, 8, 0, 0, DateTimeKind.Utc));
        b.Action(counted, "Police", "Signed off the day before", Jan10, ActionStatus.Complete, new DateTime(2024, 1, 9, 23, 30, 0, DateTimeKind.Utc));
        b.Action(older, "Housing", "Imported and done", Jan10, ActionStatus.Complete, new DateTime(2024, 2, 1, 0, 0, 0, DateTimeKind.Utc),
            completedOn: new DateOnly(2024, 2, 1), imported: true, outcome: "Done before.");
        b.Action(notHeld, "Police", "Not a held review", Jan10, ActionStatus.Complete, new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc));
        b.Action(counted, "Police", "Cancelled", Jan10, ActionStatus.Cancelled);
        b.Action(counted, "Police", "Still open", Jan10);

        var changed = b.Calculate(Jan10, Jun30).WhatsChanged;

        Assert.Equal(["Adult social care", "Housing", "Police"], changed.Select(a => a.Agency));
        Assert.Equal([new BriefingAction("Add a prompt", null, Jun30)], changed[0].Actions);
        Assert.Equal([new BriefingAction("Imported and done", "Done before.", new DateOnly(2024, 2, 1))], changed[1].Actions);
        Assert.Equal(
            [new BriefingAction("Review MARAC referrals", null, Jan10), new BriefingAction("Train call handlers", "All trained.", new DateOnly(2024, 3, 1))],
            changed[2].Actions);
    }

    [Fact]
    public void Next_steps_are_the_counted_reviews_open_actions_and_the_counts_leave_out_cancelled_ones()
    {
        var b = new BriefingRegisterBuilder();
        var counted = b.Review(Jan10);
        var outside = b.Review(new DateOnly(2019, 1, 1));
        var today = new DateOnly(2024, 9, 1);
        b.Action(counted, "Police", "Overdue", new DateOnly(2024, 8, 31));
        b.Action(counted, "Police", "Due today", today, ActionStatus.NotStarted);
        b.Action(counted, "GP", "Awaiting sign-off", new DateOnly(2024, 1, 31), ActionStatus.Complete, completedOn: new DateOnly(2024, 1, 30));
        b.Action(counted, "GP", "Signed off", new DateOnly(2024, 1, 31), ActionStatus.Complete, new DateTime(2024, 2, 1, 9, 0, 0, DateTimeKind.Utc));
        b.Action(counted, "GP", "Cancelled", new DateOnly(2024, 1, 31), ActionStatus.Cancelled);
        b.Action(outside, "GP", "Another review", new DateOnly(2024, 1, 31));

        var report = b.Calculate(from: Jan10, today: today);

        Assert.Equal(["GP", "Police"], report.NextSteps.Select(a => a.Agency));
        Assert.Equal([new BriefingAction("Awaiting sign-off", null, new DateOnly(2024, 1, 31))], report.NextSteps[0].Actions);
        Assert.Equal([new BriefingAction("Overdue", null, new DateOnly(2024, 8, 31)), new BriefingAction("Due today", null, today)], report.NextSteps[1].Actions);
        Assert.Equal(new BriefingActionCounts(Total: 4, Complete: 1, Overdue: 1), report.Actions);
    }

    [Fact]
    public void With_a_threshold_counts_from_one_to_below_it_read_fewer_than_it()
    {
        var b = new BriefingRegisterBuilder { Partnership = new(1, "Exampleshire Safer Partnership", null, "Domestic Homicide Review", null, 5) };
        var report = b.Calculate();

        Assert.Equal(5, report.SmallNumberThreshold);
        Assert.Equal(["0", "fewer than 5", "fewer than 5", "5", "12"], new[] { 0, 1, 4, 5, 12 }.Select(report.Show));
        Assert.Equal("3", (report with { SmallNumberThreshold = null }).Show(3));
    }

    [Fact]
    public void The_default_background_names_the_review_type_and_area_and_a_partnerships_own_text_replaces_it()
    {
        var b = new BriefingRegisterBuilder { Partnership = new(1, "Exampleshire Safer Partnership", "Exampleshire", "Domestic Abuse Related Death Review", null, null) };

        var report = b.Calculate();

        Assert.Equal(("Exampleshire", "Domestic Abuse Related Death Reviews"), (report.Area, report.ReviewTypePlural));
        Assert.Contains("A Domestic Abuse Related Death Review is carried out when a person aged 16 or over", report.Background);
        Assert.Contains("section 9 of the Domestic Violence, Crime and Victims Act 2004", report.Background);
        Assert.Contains("statutory guidance (2016)", report.Background);
        Assert.Contains("Exampleshire Safer Partnership is responsible for Domestic Abuse Related Death Reviews in Exampleshire.", report.Background);
        Assert.Contains("good practice as well as missed opportunities", report.Background);
        Assert.False(report.HasReviews);

        b.Partnership = b.Partnership with { AreaName = " ", Background = "  Our own words.  " };
        var own = b.Calculate();
        Assert.Equal(("Exampleshire Safer Partnership", "Our own words."), (own.Area, own.Background));
    }
}
