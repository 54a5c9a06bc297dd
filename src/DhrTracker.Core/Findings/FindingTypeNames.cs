namespace DhrTracker.Core.Findings;

public static class FindingTypeNames
{
    public static string Display(this FindingType type) => type switch
    {
        FindingType.MissedOpportunity => "Missed opportunity",
        FindingType.AreaForImprovement => "Area for improvement",
        FindingType.GoodPractice => "Good practice",
        FindingType.OtherLearning => "Other learning",
        _ => type.ToString(),
    };

    /// <summary>Failings are what went wrong; good practice and other learning are not.</summary>
    public static bool IsFailing(this FindingType type) => type is FindingType.MissedOpportunity or FindingType.AreaForImprovement;
}
