using DhrTracker.Core.Partnerships;
using DhrTracker.Core.Reviews;

namespace DhrTracker.UnitTests.Reviews;

public sealed class ReviewRegimesTests
{
    private static readonly DateOnly Commencement = new(2027, 4, 6);

    [Fact]
    public void A_death_the_day_before_commencement_is_a_DHR() =>
        Assert.Equal(ReviewRegime.Dhr, ReviewRegimes.For(new DateOnly(2027, 4, 5), Commencement));

    [Fact]
    public void A_death_on_the_day_of_commencement_is_a_DARDR() =>
        Assert.Equal(ReviewRegime.Dardr, ReviewRegimes.For(new DateOnly(2027, 4, 6), Commencement));

    [Fact]
    public void A_death_after_commencement_is_a_DARDR() =>
        Assert.Equal(ReviewRegime.Dardr, ReviewRegimes.For(new DateOnly(2028, 1, 1), Commencement));

    [Fact]
    public void Until_a_commencement_date_is_set_every_death_is_a_DHR() =>
        Assert.Equal(ReviewRegime.Dhr, ReviewRegimes.For(new DateOnly(2099, 1, 1), null));

    [Fact]
    public void The_date_of_death_decides_not_the_date_notified()
    {
        var review = new Review
        {
            DateOfDeath = new DateOnly(2027, 4, 5),
            DateNotified = new DateOnly(2027, 4, 20),
            Partnership = new Partnership { Section19CommencementDate = Commencement },
        };
        Assert.Equal(ReviewRegime.Dhr, ReviewRegimes.For(review));
    }

    [Fact]
    public void A_DARDR_carries_the_statutory_name_whatever_the_partnership_calls_its_reviews()
    {
        var partnership = new Partnership { ReviewTypeName = "Domestic Homicide Review", ReviewTypeAbbreviation = "DHR", Section19CommencementDate = Commencement };

        Assert.Equal(new ReviewTypeName("Domestic Abuse Related Death Review", "DARDR"), ReviewTypeNames.For(partnership, Commencement));
        Assert.Equal(new ReviewTypeName("Domestic Homicide Review", "DHR"), ReviewTypeNames.For(partnership, Commencement.AddDays(-1)));
    }

    [Fact]
    public void A_DHR_carries_the_partnership_own_name()
    {
        var partnership = new Partnership { ReviewTypeName = "Domestic Abuse Related Death Review", ReviewTypeAbbreviation = "DARDR" };
        Assert.Equal(new ReviewTypeName("Domestic Abuse Related Death Review", "DARDR"), ReviewTypeNames.For(partnership, new DateOnly(2026, 1, 1)));
    }
}
