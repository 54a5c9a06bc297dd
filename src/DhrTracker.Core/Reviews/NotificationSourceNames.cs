namespace DhrTracker.Core.Reviews;

/// <summary>Plain-English names of how a death came to the partnership and of the two regimes.</summary>
public static class NotificationSourceNames
{
    public static string Display(this NotificationSource source) => source switch
    {
        NotificationSource.Agency => "Notified by an agency",
        NotificationSource.Family => "Raised by the family",
        NotificationSource.SecretaryOfStateDirection => "Directed by the Secretary of State",
        _ => "Other",
    };

    public static string Display(this ReviewRegime regime) => regime switch
    {
        ReviewRegime.Dardr => "DARDR: Victims and Prisoners Act 2024 s.19, Domestic Abuse Act 2021 test",
        _ => "DHR: Domestic Violence, Crime and Victims Act 2004 s.9",
    };
}
