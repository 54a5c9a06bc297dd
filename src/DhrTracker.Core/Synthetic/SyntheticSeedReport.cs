using System.Globalization;

namespace DhrTracker.Core.Synthetic;

/// <summary>What a seed wrote: the main records by kind, and every row (history, themes and links included).</summary>
public sealed record SyntheticSeedReport(int Partnerships, int Reviews, int Victims, int Findings, int Recommendations, int Actions, int Rows)
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Partnerships:N0} partnerships, {Reviews:N0} reviews, {Victims:N0} victims, {Findings:N0} findings, {Recommendations:N0} recommendations, {Actions:N0} actions ({Rows:N0} rows)");
}
