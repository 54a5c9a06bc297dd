namespace DhrTracker.Core.National;

/// <summary>What a load wrote: the rows of each file now in the national tables, and the set's source.</summary>
public sealed record NationalLoadReport(int Incidents, int Victims, int Perpetrators, string Source, DateTime LoadedUtc)
{
    public override string ToString() =>
        $"{Incidents:N0} incidents, {Victims:N0} victims, {Perpetrators:N0} perpetrators ({Source})";
}
