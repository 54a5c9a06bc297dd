namespace DhrTracker.Web.Components.Pages.Reviews.Requests;

/// <summary>What the coordinator is recording against one request.</summary>
public enum RequestAction
{
    Request,
    Chase,
    Receive,
}
