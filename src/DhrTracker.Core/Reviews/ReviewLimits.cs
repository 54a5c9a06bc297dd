namespace DhrTracker.Core.Reviews;

/// <summary>Column lengths, shared by the configurations and the validators so both refuse the same input.</summary>
public static class ReviewLimits
{
    public const int ShortText = 100;
    public const int Name = 200;
    public const int Note = 2000;
    public const int LongText = 4000;
    public const int Url = 500;
}
