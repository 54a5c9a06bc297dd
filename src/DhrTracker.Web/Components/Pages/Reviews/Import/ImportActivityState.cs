namespace DhrTracker.Web.Components.Pages.Reviews.Import;

/// <summary>What the progress bar shows: a step, how far it has got and of how much (0 while unknown), in bytes or rows.</summary>
public sealed record ImportActivityState(string Label, long Done, long Total, string Unit);
