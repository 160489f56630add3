using FluentValidation;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Reports;

public sealed class RecommendationRequestValidator : AbstractValidator<RecommendationRequest>
{
    /// <summary>The column's length (WeeklyRecommendationConfiguration.MaxTextLength): about two printed pages.</summary>
    public const int MaxTextLength = 4000;

    public RecommendationRequestValidator()
    {
        RuleFor(r => r.Text)
            .NotNull().WithMessage("Recommendations must be text.")
            .Must(text => text is null || text.Trim().Length <= MaxTextLength).WithMessage("Recommendations must be at most 4,000 characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Recommendations"));
    }
}
