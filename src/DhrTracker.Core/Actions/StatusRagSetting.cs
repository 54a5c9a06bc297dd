namespace DhrTracker.Core.Actions;

/// <summary>
/// When the action's status and RAG were last set and by whom, for the plan's Coordinators and Managers
/// (ADR 0380). A null time: set before DhrTracker kept this.
/// </summary>
public sealed record StatusRagSetting(string? StatusSetBy, DateTime? StatusSetUtc, string? RagSetBy, DateTime? RagSetUtc);
