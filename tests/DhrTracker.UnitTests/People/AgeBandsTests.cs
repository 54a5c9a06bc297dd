using DhrTracker.Core.People;

namespace DhrTracker.UnitTests.People;

public sealed class AgeBandsTests
{
    [Theory]
    [InlineData(15, "Under 16")]
    [InlineData(16, "16-19")]
    [InlineData(19, "16-19")]
    [InlineData(20, "20-24")]
    [InlineData(24, "20-24")]
    [InlineData(25, "25-34")]
    [InlineData(34, "25-34")]
    [InlineData(35, "35-44")]
    [InlineData(44, "35-44")]
    [InlineData(45, "45-54")]
    [InlineData(54, "45-54")]
    [InlineData(55, "55-64")]
    [InlineData(64, "55-64")]
    [InlineData(65, "65+")]
    [InlineData(97, "65+")]
    public void Ages_fall_in_the_Home_Office_bands(int age, string band) => Assert.Equal(band, AgeBands.For(age).Display());
}
