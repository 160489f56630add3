namespace MaternalMicrobiome.Web.Features.Reports;

/// <summary>The recommendations a nutritionist writes on a client's weekly report; empty text removes them.</summary>
public sealed class RecommendationRequest
{
    public string Text { get; set; } = string.Empty;
}
