using FluentValidation;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Web.Components.Common;

namespace MaternalMicrobiome.Web.Features.Comments;

public sealed class CommentRequestValidator : AbstractValidator<CommentRequest>
{
    public const int MaxTextLength = ColumnLengths.CommentText;

    public CommentRequestValidator()
    {
        RuleFor(r => r.Text)
            .Must(PlainText.HasVisible).WithMessage("Comment is required.")
            .Must(text => text is null || text.Trim().Length <= MaxTextLength).WithMessage("Comment must be at most 2,000 characters.")
            .Must(PlainText.IsClean).WithMessage(PlainText.Message("Comment"));
    }
}
