namespace DhrTracker.Core.People;

/// <summary>Home Office age bands. Victims are always 16 or over; <see cref="Under16"/> exists for perpetrators.</summary>
public enum AgeBand
{
    Under16,
    From16To19,
    From20To24,
    From25To34,
    From35To44,
    From45To54,
    From55To64,
    From65,
}
