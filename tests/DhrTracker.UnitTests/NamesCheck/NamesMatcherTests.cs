using DhrTracker.Core.NamesCheck;
using DhrTracker.Tests.Shared;

namespace DhrTracker.UnitTests.NamesCheck;

/// <summary>ADR 0396: what counts as a real name or contact detail in a report's text, and where it is said to be.</summary>
public sealed class NamesMatcherTests
{
    private static readonly Guid Victim = Guid.NewGuid();
    private static readonly Guid Sister = Guid.NewGuid();

    private static NameTerm[] Held() =>
    [
        .. NameTerms.ForRealName(Victim, "Rowena Fairweather"),
        .. NameTerms.ForRealName(Sister, "Imelda O'Brien-Hale (synthetic)"),
        .. NameTerms.ForContactDetails(Sister, "12 Acacia Avenue, Northbridge NB1 2AB\n01632 960123, imelda@example.org"),
    ];

    private static IReadOnlyList<NameMatch> Find(params string[] paragraphs) =>
        NamesMatcher.Find(paragraphs.Select((p, i) => new DocumentPassage($"paragraph {i + 1}", p)).ToList(), Held());

    [Fact]
    public void Names_in_the_body_a_table_the_header_and_the_footer_of_a_word_document_are_each_found_with_their_place()
    {
        var bytes = SampleReports.Docx(["Introduction", "Rowena Fairweather died in June."], table: ["Sister: Imelda O'Brien-Hale"],
            header: "Review into the death of Rowena", footer: "Prepared for the family of Ms Fairweather");

        var hits = NamesMatcher.Find(DocumentTextReader.Read("r.docx", bytes).Passages, Held());

        Assert.Equal(
            [
                (Victim, "paragraph 2", "Rowena Fairweather"),
                (Sister, "paragraph 3 (in a table)", "Imelda O'Brien-Hale"),
                (Victim, "header", "Rowena"),
                (Victim, "footer", "Fairweather"),
            ],
            hits.Select(h => (h.PersonId, h.Location, string.Join("; ", h.Found))));
    }

    [Fact]
    public void Names_in_a_pdf_are_found_with_their_page()
    {
        var bytes = SampleReports.Pdf("Executive summary", "Adult A (not her real name, Rowena\nFairweather) lived with him.");

        var hit = Assert.Single(NamesMatcher.Find(DocumentTextReader.Read("r.pdf", bytes).Passages, Held()));

        Assert.Equal((Victim, HeldDetail.RealName, "page 2", "Rowena Fairweather"), (hit.PersonId, hit.Detail, hit.Location, hit.Found.Single()));
    }

    [Fact]
    public void Reports_without_the_names_find_nothing()
    {
        var docx = SampleReports.Docx(["Adult A lived with Adult B.", "A rose grew by the door; fairweather friends did not call."],
            table: ["Agency: Police"], header: "Overview report", footer: "Page 1");
        var pdf = SampleReports.Pdf("Adult A was known to the GP.", "Northbridge Community Safety Partnership");

        Assert.Empty(NamesMatcher.Find(DocumentTextReader.Read("r.docx", docx).Passages, Held()));
        Assert.Empty(NamesMatcher.Find(DocumentTextReader.Read("r.pdf", pdf).Passages, Held()));
    }

    [Fact]
    public void A_whole_name_is_found_in_any_case_across_line_breaks_extra_spaces_and_curly_apostrophes()
    {
        var hits = Find("ROWENA   FAIRWEATHER", "rowena\r\nfairweather", "Imelda O’Brien‑Hale", "Ms O\u2019Brien");

        Assert.Equal(["paragraph 1", "paragraph 2", "paragraph 3", "paragraph 4"], hits.Select(h => h.Location));
        Assert.Equal("Imelda O’Brien‑Hale", hits[2].Found.Single());
    }

    [Fact]
    public void A_part_of_a_name_counts_only_written_as_a_name_and_never_inside_another_word()
    {
        Assert.Empty(Find("fairweather", "Rowenas", "Fairweathers", "Hales", "synthetic", "Synthetic (a note in brackets is not the name)"));
        Assert.Equal(["paragraph 1", "paragraph 2", "paragraph 3"], Find("Mrs Fairweather's car", "Hale", "FAIRWEATHER").Select(h => h.Location));
    }

    [Fact]
    public void A_whole_name_found_is_listed_once_not_again_for_each_of_its_parts()
    {
        var hit = Assert.Single(Find("Rowena Fairweather, known as Rowena"));

        Assert.Equal(["Rowena Fairweather"], hit.Found);
    }

    [Fact]
    public void Contact_details_give_the_street_postcode_telephone_and_email_but_not_the_town()
    {
        var hits = Find("She lived at 12 Acacia Avenue.", "Postcode nb1 2ab.", "Call 01632-960-123.", "Email imelda@EXAMPLE.org.", "Northbridge is a town.");

        Assert.All(hits, h => Assert.Equal((Sister, HeldDetail.ContactDetails), (h.PersonId, h.Detail)));
        Assert.Equal(["paragraph 1", "paragraph 2", "paragraph 3", "paragraph 4"], hits.Select(h => h.Location));
    }
}
