using DhrTracker.Core.Actions;
using DhrTracker.Core.Reviews;

namespace DhrTracker.Core.Briefing;

/// <summary>
/// An action the briefing may mention, with its owner agency's name and its review's decision. <see cref="Action"/>
/// holds only the fields the status rules (<see cref="ActionRules"/>) and the briefing read.
/// </summary>
public sealed record BriefingActionFacts(ActionItem Action, string Agency, ReviewDecision ReviewDecision);
