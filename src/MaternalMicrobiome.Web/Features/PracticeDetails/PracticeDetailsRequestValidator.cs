using FluentValidation;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.PracticeDetails;

public sealed class PracticeDetailsRequestValidator : AbstractValidator<PracticeDetailsRequest>
{
    /// <summary>As at registration.</summary>
    public const int MaxDisplayNameLength = 100;

    /// <summary>The columns' lengths (PractitionerProfileConfiguration).</summary>
    public const int MaxCredentialsLength = 100;

    public const int MaxPracticeNameLength = 150;

    public PracticeDetailsRequestValidator()
    {
        RuleFor(r => r.DisplayName)
            .Must(PlainText.HasVisible).WithMessage("Name is required.")
            .Must(text => text is null || text.Trim().Length <= MaxDisplayNameLength).WithMessage($"Name must be at most {MaxDisplayNameLength} characters.")
            .Must(SingleLine).WithMessage("Name must be on one line.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Name"));
        RuleFor(r => r.Credentials)
            .NotNull().WithMessage("Credentials must be text.")
            .Must(text => text is null || text.Trim().Length <= MaxCredentialsLength).WithMessage($"Credentials must be at most {MaxCredentialsLength} characters.")
            .Must(SingleLine).WithMessage("Credentials must be on one line.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Credentials"));
        RuleFor(r => r.PracticeName)
            .Must(text => text is null || text.Trim().Length <= MaxPracticeNameLength).WithMessage($"Practice name must be at most {MaxPracticeNameLength} characters.")
            .Must(SingleLine).WithMessage("Practice name must be on one line.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Practice name"));
    }

    /// <summary>They head a printed page: a tab or line break there is a paste mistake.</summary>
    private static bool SingleLine(string? text) => text is null || text.IndexOfAny(['\r', '\n', '\t']) < 0;
}
